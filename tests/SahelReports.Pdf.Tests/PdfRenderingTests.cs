using System.Globalization;
using SahelReports.Reporting;
using SahelReports.Tests.Shared;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using static SahelReports.Pdf.Tests.PdfTestSupport;

namespace SahelReports.Pdf.Tests;

public sealed class PdfRenderingTests
{
    public static TheoryData<string> Languages => new() { "en", "fr" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Weekly_EveryKeyFigureValueAndLabel_IsOnPageOne(string code)
    {
        ReportLanguage lang = ReportLanguage.FromCode(code);
        SituationReport report = SampleReports.Weekly(lang);
        string first = Squash(PageTexts(Render(report))[0]);

        // Independent formatting: group digits by hand, not with ReportFormatter (fr groups with U+202F, squashed away here).
        Assert.Contains(code == "fr" ? "2062534" : "2,062,534", first, StringComparison.Ordinal);
        foreach (KeyFigure figure in report.KeyFigures)
        {
            Assert.Contains(Squash(figure.Label), first, StringComparison.Ordinal);
            Assert.Contains(figure.Value.ToString(CultureInfo.InvariantCulture)[..1], first, StringComparison.Ordinal);
        }

        // Changes: 4 vs 6 → −2, 23 vs 15 → +8, 2 vs 0 → +2.
        Assert.Contains("\u22122", first, StringComparison.Ordinal);
        Assert.Contains("+8", first, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Weekly_TextIsInReadingOrder(string code)
    {
        bool fr = code == "fr";
        string all = string.Concat(PageTexts(Render(SampleReports.Weekly(ReportLanguage.FromCode(code)))));
        string[] order = fr
            ? ["Sahelcentral", "Chiffresclés", "Faitssaillants", "Aperçudelasécurité", "Événementsetdécèsparrégion", "Méthodologie", "Sources"]
            : ["CentralSahel", "Keyfigures", "Highlights", "Securityoverview", "Eventsandfatalitiesbyregion", "Methodology", "Sources"];
        string squashed = Squash(all);
        int last = -1;
        foreach (string marker in order)
        {
            int at = squashed.IndexOf(marker, last + 1, StringComparison.Ordinal);
            Assert.True(at > last, $"'{marker}' not found after position {last}.");
            last = at;
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryPage_HasFooterWithPageXOfY_AndHeaderFromPageTwo(string code)
    {
        ReportLanguage lang = ReportLanguage.FromCode(code);
        List<string> pages = PageTexts(Render(SampleReports.WithAnnex(lang, 120)));
        Assert.True(pages.Count >= 3, $"Expected the annex to need at least 3 pages, got {pages.Count}.");
        string word = code == "fr" ? "sur" : "of";
        for (int i = 0; i < pages.Count; i++)
        {
            string text = Squash(pages[i]);
            Assert.Contains(Squash($"Page {i + 1} {word} {pages.Count}"), text, StringComparison.Ordinal);
            Assert.Contains("SahelAnalysisCell", text, StringComparison.Ordinal);
            if (i > 0)
            {
                Assert.Contains("2024/44", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void LongTable_RepeatsHeaderAfterBreak_AndNeverCutsARow()
    {
        byte[] pdf = Render(SampleReports.WithAnnex(ReportLanguage.English, 300));
        using PdfDocument document = PdfDocument.Open(pdf);
        var pageOfRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var pagesWithRows = new SortedSet<int>();
        foreach (Page page in document.GetPages())
        {
            var words = page.GetWords().Select(w => w.Text).ToList();
            foreach (string w in words.Where(w => w.Length == 5 && w[0] == 'R' && w.Skip(1).All(char.IsAsciiDigit)))
            {
                // Each row id appears twice on its row ("R0001" and "Commune R0001"), both on the same page.
                if (pageOfRow.TryGetValue(w, out int seen))
                {
                    Assert.Equal(seen, page.Number);
                }

                pageOfRow[w] = page.Number;
                pagesWithRows.Add(page.Number);
            }
        }

        Assert.Equal(300, pageOfRow.Count);
        Assert.True(pagesWithRows.Count >= 3, "a 300-row table spans several pages");
        foreach (int number in pagesWithRows)
        {
            string text = document.GetPage(number).Text;
            Assert.Contains("Row id", text, StringComparison.Ordinal);
            Assert.Contains("Fatalities", text, StringComparison.Ordinal);
        }

        // The totals row: 1 + 2 + ... + 300 = 45,150.
        Assert.Contains("45,150", document.GetPage(pagesWithRows.Max).Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void NoGlyph_IsOutsideThePageBox(string code)
    {
        SituationReport report = SampleReports.WithAnnex(ReportLanguage.FromCode(code), 60);
        report.Sections[0].Blocks.Add(new ParagraphBlock(new string('W', 400) + " end"));
        using PdfDocument document = PdfDocument.Open(Render(report));
        int letters = 0;
        foreach (Page page in document.GetPages())
        {
            foreach (Letter letter in page.Letters)
            {
                letters++;
                bool inside = letter.BoundingBox.Left >= 0 && letter.BoundingBox.Right <= page.Width
                    && letter.BoundingBox.Bottom >= 0 && letter.BoundingBox.Top <= page.Height;
                Assert.True(inside, $"'{letter.Value}' on page {page.Number} at {letter.BoundingBox} is outside {page.Width} x {page.Height}.");
            }
        }

        Assert.True(letters > 1000);
        // The long word may continue on the next page (after that page's header), so count its letters in runs of two or more W (no other text has two in a row).
        string all = Squash(string.Concat(document.GetPages().Select(p => p.Text)));
        Assert.Equal(400, System.Text.RegularExpressions.Regex.Matches(all, "W{2,}").Sum(m => m.Length));
        Assert.Contains("Wend", all, StringComparison.Ordinal);
    }

    [Fact]
    public void SameInputAndClock_GiveIdenticalBytes()
    {
        byte[] a = Render(SampleReports.Weekly(ReportLanguage.French));
        byte[] b = Render(SampleReports.Weekly(ReportLanguage.French));
        Assert.Equal(a, b);
    }

    [Fact]
    public void LongTable_SameInputAndClock_GiveIdenticalBytes_AndEveryRowIsDrawn()
    {
        // Table rows are laid out again when their page is drawn (through a cache): still deterministic, and no row lost.
        byte[] a = Render(SampleReports.WithAnnex(ReportLanguage.English, 400));
        byte[] b = Render(SampleReports.WithAnnex(ReportLanguage.English, 400));
        Assert.Equal(a, b);
        string all = Squash(string.Concat(PageTexts(a)));
        for (int i = 1; i <= 400; i++)
        {
            Assert.Contains("CommuneR" + i.ToString("D4", CultureInfo.InvariantCulture), all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PdfA_SameInputAndClock_GiveIdenticalBytes_WithAContentDocumentId()
    {
        PdfReportOptions options = Options with { PdfA = true };
        byte[] a = Render(SampleReports.Weekly(ReportLanguage.English), options);
        byte[] b = Render(SampleReports.Weekly(ReportLanguage.English), options);
        Assert.Equal(a, b);
        string text = System.Text.Encoding.Latin1.GetString(a);
        Assert.Contains("pdfaid:part", text, StringComparison.Ordinal);
        Assert.Contains("uuid:", text, StringComparison.Ordinal);
        using PdfDocument document = PdfDocument.Open(a);
        using PdfDocument plain = PdfDocument.Open(Render(SampleReports.Weekly(ReportLanguage.English)));
        Assert.Equal(plain.NumberOfPages, document.NumberOfPages);
    }

    [Fact]
    public void Fonts_AreEmbeddedNotoSans_AndSubset()
    {
        byte[] pdf = Render(SampleReports.Weekly(ReportLanguage.English));
        using PdfDocument document = PdfDocument.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct(StringComparer.Ordinal).ToList();
        Assert.Contains(fonts, f => f!.Contains("NotoSans-Regular", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f!.Contains("NotoSans-Bold", StringComparison.Ordinal));

        // Regular + Bold + Italic are 1.56 MB as whole fonts: a file far smaller than one of them is only possible with subsets.
        long whole = new[] { "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf" }
            .Sum(n => typeof(SituationReportPdfExtensions).Assembly.GetManifestResourceStream("SahelReports.Pdf.Fonts." + n)!.Length);
        Assert.True(whole > 1_500_000);
        Assert.True(pdf.Length < 250_000, $"The weekly PDF is {pdf.Length} bytes.");
    }

    [Fact]
    public void Metadata_ComesFromTheReportAndClock()
    {
        using PdfDocument document = PdfDocument.Open(Render(SampleReports.Weekly(ReportLanguage.English)));
        Assert.Equal("Central Sahel: weekly security and displacement update", document.Information.Title);
        Assert.Equal("Sahel Analysis Cell (synthetic)", document.Information.Author);
        Assert.Equal("Sahel, ACLED, displacement", document.Information.Keywords);
        Assert.StartsWith("D:20241104080000", document.Information.CreationDate, StringComparison.Ordinal);
    }

    [Fact]
    public void LetterLandscape_HasLetterLandscapePages()
    {
        byte[] pdf = Render(SampleReports.Weekly(ReportLanguage.English), Options with { PageSize = PdfPageSize.Letter, Landscape = true });
        using PdfDocument document = PdfDocument.Open(pdf);
        Page page = document.GetPage(1);
        Assert.Equal(792, page.Width, 0.5);
        Assert.Equal(612, page.Height, 0.5);
    }

    [Fact]
    public void SourceUrl_IsAClickableLink()
    {
        using PdfDocument document = PdfDocument.Open(Render(SampleReports.Weekly(ReportLanguage.English)));
        var links = document.GetPages().SelectMany(p => p.GetHyperlinks()).Select(l => l.Uri).ToList();
        Assert.Contains("https://acleddata.com", links);
    }

    [Fact]
    public void CharacterWithoutNotoGlyph_FallsBackInsteadOfBeingDropped()
    {
        SituationReport report = SampleReports.Weekly(ReportLanguage.English);
        report.Sections[0].Blocks.Add(new ParagraphBlock("Arabic name: تمبكتو; check mark \u2713 done."));
        byte[] pdf = Render(report);
        string all = string.Concat(PageTexts(pdf));
        Assert.Contains("\u2713", all, StringComparison.Ordinal);

        // The six Arabic letters are shaped (joined forms) and drawn with Noto Sans Arabic, one glyph each.
        using PdfDocument document = PdfDocument.Open(pdf);
        int arabicGlyphs = document.GetPages().SelectMany(p => p.Letters).Count(l => l.FontName!.Contains("NotoSansArabic", StringComparison.Ordinal));
        Assert.Equal(6, arabicGlyphs);
        Assert.Contains("done.", all, StringComparison.Ordinal);
    }

    [Fact]
    public void PngImage_IsDrawnWithItsCaption()
    {
        using var bitmap = new SkiaSharp.SKBitmap(40, 20);
        bitmap.Erase(new SkiaSharp.SKColor(0x1F, 0x4E, 0x79));
        using SkiaSharp.SKData png = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        SituationReport report = SampleReports.Weekly(ReportLanguage.English);
        report.Sections[1].Blocks.Add(new ImageBlock(new ReportImage(png.ToArray(), "blue block"), "Figure 1: a blue block", 0.5));
        using PdfDocument document = PdfDocument.Open(Render(report));
        var images = document.GetPages().SelectMany(p => p.GetImages()).ToList();
        Assert.Single(images);
        Assert.Equal(40, images[0].WidthInSamples);
        Assert.Contains("Figure 1: a blue block", string.Concat(document.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void ToPdf_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ((SituationReport)null!).ToPdf());
        Assert.Throws<ArgumentNullException>(() => SampleReports.Weekly(ReportLanguage.English).WritePdf((Stream)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PdfReportOptions { Margin = 5 });
    }
}
