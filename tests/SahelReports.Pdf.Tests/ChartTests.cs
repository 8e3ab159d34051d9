using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SahelReports.Pdf.Internal;
using SahelReports.Reporting;
using SahelReports.Tests.Shared;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;
using static SahelReports.Pdf.Tests.PdfTestSupport;

namespace SahelReports.Pdf.Tests;

/// <summary>
/// Charts drawn by ScottPlot (geometry) with our labels, read back with PdfPig: labels and ticks inside the chart, ticks at the
/// heights of the bars that ScottPlot drew, no font or image of ScottPlot's own, identical bytes in any culture.
/// </summary>
public sealed class ChartTests
{
    private const string ChartTitle = "Chart under test";
    private const string ChartNote = "Note under the chart";

    // Hand-worked axis: the largest value 3,900 (3,920 stacked) gives a step of 1,000 (3,920 / 4 = 980 → 1,000) and a top of 4,000.
    private static readonly string[] s_weeks = ["W01", "W02", "W03", "W04", "W05", "W06"];
    private static readonly double[] s_events = [1000, 2000, 3900, 3000, 3700, 2500];
    private static readonly double[] s_deaths = [10, 30, 20, 40, 35, 25];

    public static TheoryData<string, ChartKind> KindsAndLanguages
    {
        get
        {
            var data = new TheoryData<string, ChartKind>();
            foreach (string code in new[] { "en", "fr" })
            {
                foreach (ChartKind kind in new[] { ChartKind.Line, ChartKind.Bar, ChartKind.StackedBar, ChartKind.HorizontalBar })
                {
                    data.Add(code, kind);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void Chart_TickValuesCategoriesAndLegend_AreReadBackInsideTheChartArea(string code, ChartKind kind)
    {
        ReportLanguage language = ReportLanguage.FromCode(code);
        byte[] pdf = Render(ChartReport(language, Chart(kind, language)));
        using PdfDocument document = PdfDocument.Open(pdf);
        Page page = document.GetPage(1);
        List<Run> runs = Runs(page);

        // The chart lies between its title (above) and its note (below), within the page margins (content width from the A4
        // width of 595.28 pt; Skia rounds the MediaBox to 595.2).
        Run title = runs.Single(r => r.Text == Squash(ChartTitle));
        Run note = runs.Single(r => r.Text == Squash(ChartNote));
        double margin = Options.Margin;
        List<Run> inside = runs.Where(r => r.Box.Top < title.Box.Bottom && r.Box.Bottom > note.Box.Top).ToList();
        Assert.All(inside, r => Assert.True(r.Start >= margin - 0.01 && r.End <= 595.28 - margin + 0.01, $"'{r.Text}' from {r.Start} to {r.End} is outside the margins"));

        // Every tick value, formatted in the report language (fr-FR: "1 000"), appears exactly once in the chart.
        string[] ticks = code == "fr" ? ["0", "1000", "2000", "3000", "4000"] : ["0", "1,000", "2,000", "3,000", "4,000"];
        if (code == "fr")
        {
            Assert.Contains(page.Letters, l => l.Value == "\u202F");
        }

        List<Run> tickRuns = ticks.Select(t => inside.Where(r => r.Text == t).OrderBy(r => r.Box.Left).First()).ToList();
        foreach (string category in s_weeks)
        {
            Assert.Single(inside, r => r.Text == category);
        }

        Assert.Contains(inside, r => r.Text == Squash(SeriesName(language, 0)));
        Assert.Contains(inside, r => r.Text == Squash(SeriesName(language, 1)));

        if (kind == ChartKind.HorizontalBar)
        {
            // Ticks run left to right along the bottom, evenly spaced; categories top to bottom in order.
            AssertEvenlyIncreasing(tickRuns.Select(r => r.Centre).ToArray());
            Assert.All(tickRuns, r => Assert.Equal(tickRuns[0].Baseline, r.Baseline, 0.01));
            double[] categoryY = s_weeks.Select(w => inside.Single(r => r.Text == w).Baseline).ToArray();
            AssertEvenlyIncreasing(categoryY.Reverse().ToArray());
            AssertBarsEndAtTheirValues(page, tickRuns, horizontal: true);
        }
        else
        {
            // Primary ticks are right aligned left of the data area, evenly spaced upwards; categories left to right.
            AssertEvenlyIncreasing(tickRuns.Select(r => r.Baseline).ToArray());
            Assert.All(tickRuns, r => Assert.Equal(tickRuns[0].End, r.End, 0.05));
            double[] categoryX = s_weeks.Select(w => inside.Single(r => r.Text == w).Centre).ToArray();
            AssertEvenlyIncreasing(categoryX);
            if (kind != ChartKind.Line)
            {
                // Grouped bars, and the bottom of each stack: the first series' bars end at their values on the labelled axis.
                AssertBarsEndAtTheirValues(page, tickRuns, horizontal: false);
            }
        }
    }

    [Fact]
    public void LineChart_SecondaryAxisTicks_AreRightOfTheData_AndTheTrendLineIsDashed()
    {
        var chart = new ChartBlock(ChartTitle, ChartKind.Line, s_weeks,
            [new ChartSeries("Events", s_events), new ChartSeries("Fatalities", s_deaths, SecondaryAxis: true), new ChartSeries("Trend", [1000, 1500, 2000, 2500, 3000, 3500], IsTrendLine: true)],
            "ISO week", "Events", "Fatalities", ChartNote);
        byte[] pdf = Render(ChartReport(ReportLanguage.English, chart));
        using PdfDocument document = PdfDocument.Open(pdf);
        Page page = document.GetPage(1);
        List<Run> runs = Runs(page);
        Run title = runs.Single(r => r.Text == ChartTitle.Replace(" ", string.Empty, StringComparison.Ordinal));

        // Secondary axis: maximum 40 → step 10 (40 / 4), top 40: ticks 0, 10, 20, 30, 40 left aligned at the right.
        List<Run> secondary = new[] { "0", "10", "20", "30", "40" }
            .Select(t => runs.Where(r => r.Text == t && r.Box.Top < title.Box.Bottom).OrderByDescending(r => r.Box.Left).First()).ToList();
        Assert.All(secondary, r => Assert.Equal(secondary[0].Start, r.Start, 0.05));
        Assert.True(secondary[0].Start > page.Width / 2);
        AssertEvenlyIncreasing(secondary.Select(r => r.Baseline).ToArray());

        // Skia's PDF backend writes a dashed line as one filled outline per dash. The trend (a straight line here) is muted and
        // dashed 4 on, 3 off: its length / 7 dashes; the secondary series is dashed too; the primary series is one solid stroke.
        PdfPath trend = page.Paths.Single(p => p.IsFilled && IsColour(p.FillColor, Theme.Muted) && p.GetBoundingRectangle()!.Value.Width > 100);
        PdfRectangle extent = trend.GetBoundingRectangle()!.Value;
        double length = Math.Sqrt((extent.Width * extent.Width) + (extent.Height * extent.Height));
        Assert.InRange(trend.Count, (length / 7) - 2, (length / 7) + 2);
        Assert.Contains(page.Paths, p => p.IsFilled && IsColour(p.FillColor, Theme.Series[1]) && p.Count > 20);
        Assert.Contains(page.Paths, p => p.IsStroked && IsColour(p.StrokeColor, Theme.Series[0]) && p.Count == 1 && p[0].Commands.Count == 6);
    }

    [Fact]
    public void Charts_AddNoFontAndNoImage_OnlyTheReportSubsetsAreEmbedded()
    {
        SituationReport withCharts = ChartReport(ReportLanguage.French, Chart(ChartKind.Line), Chart(ChartKind.StackedBar), Chart(ChartKind.HorizontalBar));
        SituationReport withoutCharts = ChartReport(ReportLanguage.French);
        byte[] pdf = Render(withCharts);

        // Skia writes font dictionaries uncompressed: every /BaseFont is one of our Noto faces, each embedded once (a typeface
        // resolved by ScottPlot would be a second font dictionary, even for the same face), and no Type 3 font.
        string[] fonts = BaseFonts(pdf);
        Assert.Equal(["NotoSans-Bold", "NotoSans-Italic", "NotoSans-Regular"], fonts.Select(Face).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(3, fonts.Distinct().Count());
        Assert.Equal(3, Regex.Matches(Encoding.Latin1.GetString(pdf), "/Type /FontDescriptor").Count);
        Assert.DoesNotContain("/Type3", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.Equal(["NotoSans-Bold", "NotoSans-Regular"], BaseFonts(Render(withoutCharts)).Select(Face).Distinct().Order(StringComparer.Ordinal));
        using PdfDocument document = PdfDocument.Open(pdf);
        Assert.All(document.GetPages(), p => Assert.Empty(p.GetImages()));
        Assert.DoesNotContain("/Subtype /Image", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);

        // Bars are vector paths filled with the palette.
        Assert.Contains(document.GetPages().SelectMany(p => p.Paths), p => p.IsFilled && IsColour(p.FillColor, Theme.Series[1]));
    }

    [Fact]
    public void Charts_SameInputAndClock_GiveIdenticalBytes_InAnyCulture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            var outputs = new List<byte[]>();
            foreach (string culture in new[] { "en-US", "fr-FR", "tr-TR", "ar-SA" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                outputs.Add(Render(ChartReport(ReportLanguage.French, Chart(ChartKind.Line), Chart(ChartKind.Bar), Chart(ChartKind.StackedBar), Chart(ChartKind.HorizontalBar))));
            }

            Assert.All(outputs, o => Assert.Equal(outputs[0], o));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData(ChartKind.Line)]
    [InlineData(ChartKind.Bar)]
    [InlineData(ChartKind.StackedBar)]
    [InlineData(ChartKind.HorizontalBar)]
    public void Chart_WithoutCategories_OrWithOneNegativeOrZeroCategory_IsDrawnWithItsLegend(ChartKind kind)
    {
        ChartBlock empty = new(ChartTitle, kind, [], [new ChartSeries("Empty series", [])]);
        ChartBlock single = new(ChartTitle, kind, ["W01"], [new ChartSeries("Negative", [-5]), new ChartSeries("Zero", [0], SecondaryAxis: true), new ChartSeries("Trend", [0], IsTrendLine: true)]);
        byte[] pdf = Render(ChartReport(ReportLanguage.English, empty, single));
        string text = Squash(string.Concat(PageTexts(pdf)));
        Assert.Contains("Emptyseries", text, StringComparison.Ordinal);
        Assert.Contains("NegativeZeroTrend", text, StringComparison.Ordinal);
        Assert.Contains("W01", text, StringComparison.Ordinal);
    }

    [Fact]
    public void BarChart_LongCategoryNames_AreWrappedOntoTwoLines_NotSkipped()
    {
        // Eight regions on 499 pt: slots of about 60 pt, narrower than "Boucle du Mouhoun" on one line (about 62 pt at 7 pt).
        string[] regions = ["Boucle du Mouhoun", "Tillabéri", "Mopti", "Centre-Nord", "Sahel", "Ségou", "Tombouctou", "Diffa"];
        var chart = new ChartBlock(ChartTitle, ChartKind.Bar, regions, [new ChartSeries("Events", [9, 8, 1, 1, 9, 2, 9, 5]), new ChartSeries("Fatalities", [3, 1, 1, 4, 5, 4, 6, 3])], "Region", "Events", note: ChartNote);
        byte[] pdf = Render(ChartReport(ReportLanguage.French, chart));
        using PdfDocument document = PdfDocument.Open(pdf);
        Page page = document.GetPage(1);
        List<Run> runs = Runs(page);
        Run title = runs.Single(r => r.Text == Squash(ChartTitle));
        List<Run> inside = runs.Where(r => r.Box.Top < title.Box.Bottom).ToList();

        // Every region is named once, in order left to right; "Boucle du" sits above "Mouhoun", centred on the same slot.
        List<Run> names = regions.Skip(1).Select(r => inside.Single(x => x.Text == r)).ToList();
        AssertEvenlyIncreasing(names.Select(r => r.Centre).ToArray());
        Run boucle = inside.Single(r => r.Text == "Boucledu");
        Run mouhoun = inside.Single(r => r.Text == "Mouhoun");
        Assert.True(boucle.Baseline > mouhoun.Baseline, "the second line is below the first");
        Assert.Equal(boucle.Centre, mouhoun.Centre, 0.05);
        Assert.Equal(names[0].Centre - boucle.Centre, names[1].Centre - names[0].Centre, 0.05);
    }

    [Fact]
    public void SeriesPalette_IsDistinctInGreyscale()
    {
        // CIE L* from the sRGB colours (computed here, not by the renderer): neighbouring series and any two of the first three
        // (the three countries of the weekly stacked chart) differ by at least 10 L*; every series is darker than the white page.
        // Six colours, so that ACLED's six event types stacked in one chart get six different colours.
        Assert.Equal(6, Theme.Series.Distinct().Count());
        double[] lightness = Theme.Series.Select(LStar).ToArray();
        for (int i = 0; i + 1 < lightness.Length; i++)
        {
            Assert.True(Math.Abs(lightness[i] - lightness[i + 1]) >= 10, $"series {i} and {i + 1}: L* {lightness[i]:F1} and {lightness[i + 1]:F1}");
        }

        for (int i = 0; i < 3; i++)
        {
            for (int j = i + 1; j < 3; j++)
            {
                Assert.True(Math.Abs(lightness[i] - lightness[j]) >= 10, $"series {i} and {j}");
            }
        }

        Assert.All(lightness, l => Assert.True(l <= 85, $"L* {l:F1} is too close to the white page"));
    }

    [Fact]
    public void TickValues_AreExactMultiplesOfTheStep()
    {
        Assert.Equal([0, 0.1 * 1, 0.1 * 2, 0.1 * 3], ChartPainter.TickValues((0.30000000000000004, 0.1)));
        Assert.Equal([0, 1_000_000, 2_000_000, 3_000_000], ChartPainter.TickValues((3_000_000, 1_000_000)));
        Assert.Equal([0, 2.5, 5, 7.5, 10], ChartPainter.TickValues(ChartPainter.NiceScale(9)));
    }

    private static string SeriesName(ReportLanguage language, int index) =>
        (language == ReportLanguage.French ? new[] { "Événements", "Décès" } : ["Events", "Fatalities"])[index];

    private static ChartBlock Chart(ChartKind kind, ReportLanguage? language = null)
    {
        // Bar kinds draw both series as bars; in the stacked chart the second series is small enough to keep the axis at 4,000.
        string events = SeriesName(language ?? ReportLanguage.English, 0);
        string deaths = SeriesName(language ?? ReportLanguage.English, 1);
        ChartSeries[] series = kind == ChartKind.Line
            ? [new ChartSeries(events, s_events), new ChartSeries(deaths, s_deaths, SecondaryAxis: true)]
            : [new ChartSeries(events, s_events), new ChartSeries(deaths, s_deaths)];
        return new ChartBlock(ChartTitle, kind, s_weeks, series, "ISO week", "Events", kind == ChartKind.Line ? "Fatalities" : null, ChartNote);
    }

    private static SituationReport ChartReport(ReportLanguage language, params ChartBlock[] charts)
    {
        SituationReport report = new(SampleReports.Weekly(language).Metadata);
        report.Sections.Add(new ReportSection("charts", "Charts", [new ParagraphBlock("Intro."), .. charts]));
        return report;
    }

    private static void AssertEvenlyIncreasing(double[] values, double tolerance = 0.05)
    {
        double step = values[1] - values[0];
        Assert.True(step > 1, $"values do not increase: {string.Join(", ", values)}");
        for (int i = 1; i < values.Length; i++)
        {
            Assert.Equal(step, values[i] - values[i - 1], tolerance);
        }
    }

    /// <summary>
    /// The first series' bars (filled in series colour 0, one per category in order) end at their values on the axis that the tick
    /// labels 0 … 4,000 mark: the end of each bar, minus the position interpolated between the labels "0" and "4,000", is one
    /// constant (the label's centring), and the 3,000 bar ends within the digits of the label "3,000".
    /// </summary>
    private static void AssertBarsEndAtTheirValues(Page page, List<Run> ticks, bool horizontal)
    {
        // Filled rectangles in series colour 0 that start on the axis (the masthead and the legend swatch share the colour).
        List<PdfRectangle> bars = page.Paths.Where(p => p.IsFilled && IsColour(p.FillColor, Theme.Series[0]))
            .Select(p => p.GetBoundingRectangle()!.Value)
            .GroupBy(r => Math.Round(horizontal ? r.Left : r.Bottom, 1)).MaxBy(g => g.Count())!
            .OrderBy(r => horizontal ? -r.Top : r.Left).ToList();
        Assert.Equal(s_events.Length, bars.Count);
        double Position(Run r) => horizontal ? r.Centre : r.Baseline;
        double[] offsets = s_events.Select((v, i) => (horizontal ? bars[i].Right : bars[i].Top) - (Position(ticks[0]) + ((Position(ticks[^1]) - Position(ticks[0])) * v / 4000))).ToArray();
        Assert.True(offsets.Max() - offsets.Min() < (horizontal ? 0.5 : 0.05), $"bar ends off their values by {string.Join(", ", offsets)}");
        PdfRectangle three = bars[Array.IndexOf(s_events, 3000)];
        if (horizontal)
        {
            Assert.InRange(three.Right, ticks[3].Start, ticks[3].End);
        }
        else
        {
            Assert.InRange(three.Top, ticks[3].Baseline, ticks[3].Box.Top);
        }
    }

    private static bool IsColour(IColor? colour, SKColor expected)
    {
        if (colour is null)
        {
            return false;
        }

        (double r, double g, double b) = colour.ToRGBValues();
        return Math.Abs((r * 255) - expected.Red) < 1 && Math.Abs((g * 255) - expected.Green) < 1 && Math.Abs((b * 255) - expected.Blue) < 1;
    }

    private static double LStar(SKColor c)
    {
        static double Linear(byte v) => v / 255.0 <= 0.04045 ? v / 255.0 / 12.92 : Math.Pow(((v / 255.0) + 0.055) / 1.055, 2.4);
        double y = (0.2126 * Linear(c.Red)) + (0.7152 * Linear(c.Green)) + (0.0722 * Linear(c.Blue));
        return y > 216.0 / 24389 ? (116 * Math.Cbrt(y)) - 16 : y * 24389 / 27;
    }

    private static string[] BaseFonts(byte[] pdf) =>
        [.. Regex.Matches(Encoding.Latin1.GetString(pdf), "/BaseFont /([^\\s/>]+)").Select(m => m.Groups[1].Value)];

    private static string Face(string baseFont) => Regex.Replace(baseFont, "^[A-Z]{6}\\+", string.Empty);

    /// <summary>A run of letters: its text without spaces, glyph box, baseline and advance extent (first origin to last advance end).</summary>
    private sealed record Run(string Text, PdfRectangle Box, double Baseline, double Start, double End)
    {
        public double Centre => (Start + End) / 2;
    }

    /// <summary>Letters grouped into runs: same baseline, next letter starting within 3 pt of the previous one's end; spaces dropped.</summary>
    private static List<Run> Runs(Page page)
    {
        var runs = new List<Run>();
        foreach (IGrouping<double, Letter> line in page.Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)))
        {
            var current = new List<Letter>();
            foreach (Letter letter in line.OrderBy(l => l.StartBaseLine.X))
            {
                if (current.Count > 0 && letter.StartBaseLine.X - current[^1].EndBaseLine.X > 3)
                {
                    runs.Add(ToRun(current));
                    current = [];
                }

                current.Add(letter);
            }

            if (current.Count > 0)
            {
                runs.Add(ToRun(current));
            }
        }

        return runs;

        static Run ToRun(List<Letter> letters)
        {
            List<Letter> visible = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.Value != "\u202F" && l.Value != "\u00A0").ToList();
            List<Letter> boxed = visible.Count > 0 ? visible : letters;
            var box = new PdfRectangle(boxed.Min(l => l.BoundingBox.Left), boxed.Min(l => l.BoundingBox.Bottom), boxed.Max(l => l.BoundingBox.Right), boxed.Max(l => l.BoundingBox.Top));
            return new Run(string.Concat(visible.Select(l => l.Value)), box, letters[0].StartBaseLine.Y, letters[0].StartBaseLine.X, letters[^1].EndBaseLine.X);
        }
    }
}
