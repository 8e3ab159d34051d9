using System.Diagnostics;
using CsCheck;
using SahelReports.Pdf.Internal;
using SahelReports.Reporting;
using SahelReports.Tests.Shared;
using SkiaSharp;

namespace SahelReports.Pdf.Tests;

public sealed class LayoutTests
{
    private static Box B(float h, bool keep = false, Box? header = null, float space = 0) =>
        new(h, (_, _, _) => { }) { KeepWithNext = keep, RepeatOnBreak = header, SpaceBefore = space };

    [Fact]
    public void Paginator_MovesAHeadingWithTheBlockThatFollows()
    {
        // 90 + 5 = 95 of 100 used; heading (5, keep) + paragraph line (10) do not fit, so both go to page 2.
        var boxes = new[] { B(90), B(5, keep: true), B(10) };
        List<List<PlacedBox>> pages = Paginator.Paginate(boxes, 100);
        Assert.Equal(2, pages.Count);
        Assert.Single(pages[0]);
        Assert.Same(boxes[1], pages[1][0].Box);
    }

    [Fact]
    public void Paginator_RepeatsTheHeaderAndDropsSpaceAtTheTopOfAPage()
    {
        Box header = B(10, keep: true);
        var boxes = new List<Box> { header };
        for (int i = 0; i < 25; i++)
        {
            boxes.Add(B(10, header: header, space: 2));
        }

        List<List<PlacedBox>> pages = Paginator.Paginate(boxes, 100);

        // Page 1: header + rows of 12 (10 + 2 space): 10 + 12k <= 100 → 7 rows; later pages: header + (first row without space) ...
        Assert.Equal(7, pages[0].Count - 1);
        foreach (List<PlacedBox> page in pages)
        {
            Assert.Same(header, page[0].Box);
            Assert.Equal(0, page[0].Top);
            Assert.All(page, p => Assert.True(p.Top + p.Box.Height <= 100));
        }

        Assert.Equal(25, pages.Sum(p => p.Count(b => !ReferenceEquals(b.Box, header))));
    }

    [Fact]
    public void Paginator_PlacesAnOversizedBoxAloneRatherThanLoopingOrDroppingIt()
    {
        var boxes = new[] { B(30), B(150), B(30) };
        List<List<PlacedBox>> pages = Paginator.Paginate(boxes, 100);
        Assert.Equal(3, pages.Count);
        Assert.Equal(3, pages.Sum(p => p.Count));
    }

    [Theory]
    [InlineData(5000, true)]
    [InlineData(5000, false)]
    [InlineData(1, true)]
    [InlineData(0, true)]
    public void Paginator_ExpandsATableBodyLazily_ExactlyAsOneBoxPerRow(int rows, bool totals)
    {
        // Row heights vary (one to three lines), with a heading and caption kept with the header, a totals row kept with the
        // last row and text after: the body box must give the same pages and tops as the rows given as separate boxes.
        float[] heights = Enumerable.Range(0, rows).Select(i => 13.7f + (11.2f * ((i * 7) % 13 / 5))).ToArray();
        Box header = B(16.2f, keep: true, space: 12);
        Box totalsRow = B(15f, keep: false, header: header);
        Box[] before = [B(700), B(20, keep: true, space: 8), header];
        Box[] after = totals ? [totalsRow, B(11, space: 3), B(300)] : [B(11, space: 3), B(300)];

        var perRow = new List<Box>(before);
        perRow.AddRange(heights.Select((h, i) => B(h, keep: i == rows - 1 && totals, header: header)));
        perRow.AddRange(after);

        var body = new Box(0, (_, _, _) => { }) { Rows = new FixedRows(heights), RepeatOnBreak = header, KeepWithNext = totals };
        var lazy = new List<Box>(before) { body };
        lazy.AddRange(after);

        List<List<PlacedBox>> expected = Paginator.Paginate(perRow, 745.89f);
        List<List<PlacedBox>> actual = Paginator.Paginate(lazy, 745.89f);

        // The same Box objects stand before and after the rows in both flows; the rows are named by their index.
        var names = new Dictionary<Box, string>();
        for (int i = 0; i < before.Length; i++)
        {
            names[before[i]] = "before " + i;
        }

        for (int i = 0; i < after.Length; i++)
        {
            names[after[i]] = "after " + i;
        }

        for (int i = 0; i < rows; i++)
        {
            names[perRow[before.Length + i]] = "row " + i;
        }

        string Name(PlacedBox b) => (b.Row >= 0 ? "row " + b.Row : names[b.Box]) + " @ " + b.Top.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

        // The lazy body's rows on a page are one entry (first row, count): each next row below the one before.
        static IEnumerable<PlacedBox> Expand(PlacedBox b, float[] heights)
        {
            float top = b.Top;
            for (int i = 0; i < b.Count; i++)
            {
                yield return b.Row < 0 ? b : new PlacedBox(b.Box, top, b.Row + i);
                top += b.Row < 0 ? 0 : heights[b.Row + i];
            }
        }

        Assert.Equal(expected.Count, actual.Count);
        for (int p = 0; p < expected.Count; p++)
        {
            Assert.All(expected[p], b => Assert.Equal(1, b.Count));
            Assert.True(actual[p].Count(b => b.Row >= 0) <= 1, "a page's body rows are one entry");
            Assert.Equal(expected[p].Select(Name), actual[p].SelectMany(b => Expand(b, heights)).Select(Name));
        }

        if (rows == 5000)
        {
            Assert.True(actual.Count > 100, $"{actual.Count} pages");
        }
    }

    [Fact]
    public void Paginator_LazyBody_Property_SamePagesAndTopsAsOneBoxPerRow()
    {
        // Any row heights (some taller than half a page), any page height, with or without a totals row: the lazy body's
        // entries, expanded row by row with their tops summed as DrawBody sums them, give the pages and tops of one box per row.
        Gen.Select(Gen.Float[4f, 90f].Array[0, 400], Gen.Float[120f, 800f], Gen.Bool).Sample((heights, pageHeight, totals) =>
        {
            Box header = B(16.2f, keep: true, space: 12);
            Box[] before = [B(30), header];
            Box[] after = totals ? [B(15f, header: header), B(11, space: 3)] : [B(11, space: 3)];
            var perRow = new List<Box>(before);
            perRow.AddRange(heights.Select((h, i) => B(h, keep: i == heights.Length - 1 && totals, header: header)));
            perRow.AddRange(after);
            var lazy = new List<Box>(before) { new Box(0, (_, _, _) => { }) { Rows = new FixedRows(heights), RepeatOnBreak = header, KeepWithNext = totals } };
            lazy.AddRange(after);

            List<List<PlacedBox>> expected = Paginator.Paginate(perRow, pageHeight);
            List<List<PlacedBox>> actual = Paginator.Paginate(lazy, pageHeight);
            var rowOf = new Dictionary<Box, int>();
            for (int i = 0; i < heights.Length; i++)
            {
                rowOf[perRow[before.Length + i]] = i;
            }

            Assert.Equal(expected.Count, actual.Count);
            for (int p = 0; p < expected.Count; p++)
            {
                var want = expected[p].Select(b => (rowOf.TryGetValue(b.Box, out int r) ? r : -1, b.Top)).ToList();
                var got = new List<(int, float)>();
                foreach (PlacedBox b in actual[p])
                {
                    float top = b.Top;
                    for (int i = 0; i < b.Count; i++)
                    {
                        got.Add((b.Row < 0 ? -1 : b.Row + i, top));
                        top += b.Row < 0 ? 0 : heights[b.Row + i];
                    }
                }

                Assert.Equal(want, got);
            }
        });
    }

    private sealed class FixedRows(float[] heights) : IRowBody
    {
        public int Count => heights.Length;

        public float RowHeight(int row) => heights[row];

        public void DrawRows(SKCanvas canvas, float left, float top, List<PlacedBox> placed, int start, int end)
        {
        }
    }

    private static Box Shrinkable(float h, float min, bool keep = false) =>
        new(h, (_, _, _) => { }) { KeepWithNext = keep, MinFitHeight = min, FitTo = target => B(target, keep) };

    [Fact]
    public void Paginator_ShrinksAMapToTheRestOfThePageWhenItsMinimumAllows()
    {
        // 40 used; title (5, keep) + map (70, may shrink to 45, keep) + note line (5) need 80 of the 60 left: the map is
        // laid out again at 49.5 (half a point to spare against rounding) and the chain stays on page 1.
        var boxes = new[] { B(40), B(5, keep: true), Shrinkable(70, 45, keep: true), B(5) };
        List<List<PlacedBox>> pages = Paginator.Paginate(boxes, 100);
        Assert.Single(pages);
        Assert.Equal(49.5f, pages[0][2].Box.Height);
        Assert.Equal(99.5f, pages[0][3].Top + pages[0][3].Box.Height);
    }

    [Fact]
    public void Paginator_MovesAMapOnWhenShrinkingItWouldGoBelowItsMinimum()
    {
        // 70 used: the map would need 30 of its 70, below its minimum of 45, so it moves to page 2 at full height.
        var boxes = new[] { B(70), Shrinkable(70, 45) };
        List<List<PlacedBox>> pages = Paginator.Paginate(boxes, 100);
        Assert.Equal(2, pages.Count);
        Assert.Equal(70, pages[1][0].Box.Height);
    }

    [Theory]
    [InlineData(9, 10, 2.5)]
    [InlineData(31, 40, 10)]
    [InlineData(2_062_534, 3_000_000, 1_000_000)]
    [InlineData(0, 1, 1)]
    [InlineData(3, 3, 1)]
    public void NiceScale_CoversTheMaximumWithRoundSteps(double max, double expectedMax, double expectedStep)
    {
        (double top, double step) = ChartPainter.NiceScale(max);
        Assert.Equal(expectedMax, top);
        Assert.Equal(expectedStep, step);
        Assert.True(top >= max && (max <= 0 || top - step < max), "the axis is the smallest multiple of the step that covers the maximum");
        Assert.InRange(top / step, 1, 6);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(CellLines.Capacity)]
    public void CellLines_CachedOrNot_LayOutLikeTheTextLayout(int capacity)
    {
        using var fonts = new PdfFonts();
        using var layout = new TextLayout(fonts);
        float[] widths = [60, 200];
        var cells = new CellLines(layout, widths, capacity);
        string[][] rows = [["Tillabéri", "Violence against civilians"], ["Boucle du Mouhoun", "Battles"], ["Tillabéri", "Explosions/Remote violence and more words"], ["Tillabéri", "Battles"], ["Ouagadougou-Centre-Est-Long", "\u2713ok"], ["", "1\u202F497"]];
        foreach (string[] row in rows)
        {
            for (int pass = 0; pass < 2; pass++)
            {
                CellLayout[] laid = cells.Lay(row);
                float expectedHeight = 0;
                for (int c = 0; c < row.Length; c++)
                {
                    IReadOnlyList<TextLine> direct = layout.Lines([new Span(row[c], FontRole.Regular, TableBoxes.CellSize, Theme.Ink)], widths[c] - (2 * TableBoxes.PadX));
                    if (laid[c].Lines is { } lines)
                    {
                        Assert.Equal(direct.Select(l => string.Concat(l.Fragments.Select(f => f.Text))), lines.Select(l => string.Concat(l.Fragments.Select(f => f.Text))));
                        Assert.Equal(direct.Select(l => l.Width), lines.Select(l => l.Width));
                    }
                    else
                    {
                        // A single word: exactly the one line of one fragment the text layout makes of it.
                        Fragment only = Assert.Single(Assert.Single(direct).Fragments);
                        Assert.Equal(only.Text, laid[c].Word);
                        Assert.Equal(only.Face, laid[c].Face);
                        Assert.Equal(only.Width, laid[c].Width);
                        Assert.Equal(0, only.X);
                        Assert.Equal(direct[0].Height, TextLayout.LineHeight(TableBoxes.CellSize));
                        Assert.Equal(direct[0].Baseline, TextLayout.Baseline(TableBoxes.CellSize));
                    }

                    expectedHeight = Math.Max(expectedHeight, direct.Sum(l => l.Height));
                }

                // "Boucle du Mouhoun" does not fit in 52 pt: two lines, and the row is as tall as its tallest cell.
                Assert.Equal(expectedHeight + (2 * TableBoxes.PadY), cells.RowHeight(row), 3);
            }
        }

        // Words that fit are kept as words; a word too long for its column, several words and a word in two faces are lines.
        Assert.Null(cells.Lay(rows[0])[0].Lines);
        Assert.Null(cells.Lay(rows[3])[1].Lines);
        Assert.Null(cells.Lay(rows[5])[1].Lines);
        Assert.NotNull(cells.Lay(rows[4])[0].Lines);
        Assert.NotNull(cells.Lay(rows[4])[1].Lines);
        Assert.NotNull(cells.Lay(rows[1])[0].Lines);
        Assert.NotNull(cells.Lay(rows[5])[0].Lines);
        Assert.True(cells.RowHeight(rows[1]) > cells.RowHeight(rows[3]), "the wrapped cell should make its row taller");
    }

    [Fact]
    public void TextLayout_DrawRepeated_WritesWhatDrawWrites()
    {
        // The running header and footer keep their text blobs from page to page; the PDF must be the one Draw gives, byte for
        // byte, with plain words, a fallback glyph (✓) and an Arabic (shaped, not kept) word, over several pages.
        static byte[] Render(bool repeated)
        {
            using var fonts = new PdfFonts();
            using var layout = new TextLayout(fonts);
            var lines = new[] { "Page 3 of 12 \u2014 Tillab\u00E9ri \u2713 \u0645\u0631\u062D\u0628\u0627", "Page 4 of 12" }
                .Select(t => layout.Lines([new Span(t, FontRole.Regular, Theme.Small, Theme.Muted)], 400)[0]).ToArray();
            fonts.SubsetToUsed();
            layout.FontsChanged();
            var stamp = new DateTime(2025, 1, 6, 8, 0, 0, DateTimeKind.Utc);
            using var stream = new MemoryStream();
            using (var managed = new SKManagedWStream(stream))
            using (SKDocument document = SKDocument.CreatePdf(managed, new SKDocumentPdfMetadata { Creation = stamp, Modified = stamp }))
            {
                for (int page = 0; page < 3; page++)
                {
                    SKCanvas canvas = document.BeginPage(400, 200);
                    foreach (TextLine line in lines)
                    {
                        if (repeated)
                        {
                            layout.DrawRepeated(canvas, line, 10, 20 + (page * 30), 380, Align.Right);
                        }
                        else
                        {
                            layout.Draw(canvas, line, 10, 20 + (page * 30), 380, Align.Right);
                        }
                    }

                    document.EndPage();
                }

                document.Close();
            }

            return stream.ToArray();
        }

        byte[] drawn = Render(repeated: false);
        Assert.True(drawn.Length > 1000);
        Assert.Equal(drawn, Render(repeated: true));
    }

    [Fact]
    public void TextLayout_WrapsWithinTheWidth_AndKeepsEveryCharacter()
    {
        using var fonts = new PdfFonts();
        using var layout = new TextLayout(fonts);
        string text = "Attacks took place in all three countries " + new string('x', 200) + " in the same week.";
        IReadOnlyList<TextLine> lines = layout.Lines([new Span(text, FontRole.Regular, 10, SKColors.Black)], 120);
        Assert.True(lines.Count > 3);
        Assert.All(lines, l => Assert.True(l.Width <= 120.01f, $"line width {l.Width}"));
        string joined = string.Concat(lines.SelectMany(l => l.Fragments).Select(f => f.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), joined);
    }

    [Fact]
    public void TextLayout_NeverStartsALineWithFrenchHighPunctuation()
    {
        using var fonts = new PdfFonts();
        using var layout = new TextLayout(fonts);
        string text = string.Concat(Enumerable.Repeat("Sahel central : point hebdomadaire ; « sécurité » ! ", 12));
        // From 100 pt every joined token ("hebdomadaire ;") fits on a line; narrower, long-word breaking may split it.
        for (float width = 100; width < 300; width += 7)
        {
            IReadOnlyList<TextLine> lines = layout.Lines([new Span(text, FontRole.Regular, 10, SKColors.Black)], width);
            foreach (TextLine line in lines)
            {
                string start = line.Fragments[0].Text.TrimStart();
                Assert.False(start[0] is ':' or ';' or '!' or '\u00BB', $"line starts with '{start}' at width {width}");
            }
        }
    }

    [Fact]
    public void SubsetFont_IsMuchSmaller_AndKeepsTheUsedGlyphs()
    {
        using var fonts = new PdfFonts();
        using (var layout = new TextLayout(fonts))
        {
            _ = layout.Lines([new Span("Tillabéri 2 062 534 \u2212", FontRole.Regular, 10, SKColors.Black)], 500);
        }

        int before = fonts.Bytes(0).Length;
        fonts.SubsetToUsed();
        Assert.True(fonts.Bytes(0).Length < before / 10, $"{fonts.Bytes(0).Length} of {before} bytes");
        Assert.True(fonts.Font(0, 10).ContainsGlyphs("Tillabéri 2034"));
        Assert.False(fonts.Font(0, 10).ContainsGlyph('Z'));
    }

    [Fact]
    public void QpdfCheck_FindsNoErrorsInTheSampleReport()
    {
        string? qpdf = new[] { "/usr/bin/qpdf", "/usr/local/bin/qpdf" }.FirstOrDefault(File.Exists);
        if (qpdf is null)
        {
            Assert.Skip("qpdf is not installed (apt-get install qpdf).");
        }

        string path = Path.Combine(Path.GetTempPath(), "sahel-qpdf-" + Environment.ProcessId + ".pdf");
        try
        {
            SampleReports.Weekly(ReportLanguage.French).WritePdf(path, PdfTestSupport.Options);
            using var process = Process.Start(new ProcessStartInfo(qpdf, ["--check", path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, output);
            Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Short body cells stay on one line and long texts wrap instead: a long header over a narrow numeric column wraps before
    /// "Burkina Faso" does (the French weekly table), and with a long source text in the row the country still keeps its line.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TableColumns_WrapLongHeadersAndLongTextsBeforeShortCells(bool longSource)
    {
        TableColumn[] columns =
        [
            new("Pays"), new("Région"), new("Source"), new("Événements", ColumnKind.Integer), new("Décès", ColumnKind.Integer),
            new("Événements par rapport à la semaine précédente et à la moyenne des douze semaines", ColumnKind.Change),
            new("Moyenne hebdomadaire sur les douze semaines précédentes", ColumnKind.Integer),
        ];
        // As in the displacement table: sources of a few lines on some rows, short ones on others.
        string source = longSource
            ? "IOM DTM (Central Sahel and Liptako Gourma Crisis) baseline assessment (sum of 13 areas of one round, for comparison)"
            : "IOM DTM";
        TableCell[][] rows =
        [
            [TableCell.FromText("Burkina Faso"), TableCell.FromText("Boucle du Mouhoun"), TableCell.FromText(source), TableCell.FromInteger(3),
                TableCell.FromInteger(8), TableCell.FromChange(-1), TableCell.FromInteger(3)],
            [TableCell.FromText("Burkina Faso"), TableCell.FromText("Centre-Ouest"), TableCell.FromText("UNHCR"), TableCell.FromInteger(2),
                TableCell.FromInteger(1), TableCell.FromChange(2), TableCell.FromInteger(1)],
            [TableCell.FromText("Mali"), TableCell.FromText("Ménaka"), TableCell.FromText(source), TableCell.FromInteger(5),
                TableCell.FromInteger(6), TableCell.FromChange(2), TableCell.FromInteger(12)],
            [TableCell.FromText("Niger"), TableCell.FromText("Tillabéri"), TableCell.FromText("UNHCR"), TableCell.FromInteger(28),
                TableCell.FromInteger(88), TableCell.FromChange(-1), TableCell.FromInteger(22)],
        ];
        SituationReport report = new(SampleReports.Weekly(ReportLanguage.French).Metadata);
        report.Sections.Add(new ReportSection("t", "Tableau", [new TableBlock("Par région", columns, rows)]));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(PdfTestSupport.Render(report));
        List<UglyToad.PdfPig.Content.Word> words = pdf.GetPage(1).GetWords().ToList();

        // The table's words (the masthead above it also names Burkina Faso).
        double Bottom(string text) => words.Last(w => w.Text == text).BoundingBox.Bottom;

        Assert.Equal(Bottom("Burkina"), Bottom("Faso"), 0.01);
        Assert.Equal(Bottom("Burkina"), words.First(w => w.Text == "UNHCR").BoundingBox.Bottom, 0.01);
        Assert.Equal(Bottom("Boucle"), Bottom("Mouhoun"), 0.01);

        // The long header wraps: its first and last words are on different lines.
        Assert.True(Bottom("rapport") - Bottom("moyenne") > 5, "the long header did not wrap");
        if (longSource)
        {
            Assert.True(words.First(w => w.Text == "IOM").BoundingBox.Bottom - words.First(w => w.Text == "comparison)").BoundingBox.Bottom > 5, "the long source did not wrap");
        }
    }

    /// <summary>
    /// A row source may refill one array for every row (the incident annex does): the column widths, and so every row's height,
    /// are the same as from a source that gives a fresh array per row. Random tables in which some cells must wrap, so that the
    /// widths are chosen from the first rows laid out.
    /// </summary>
    [Fact]
    public void TableColumns_AreTheSameWhenTheRowSourceRefillsOneArray()
    {
        using var fonts = new PdfFonts();
        using var layout = new TextLayout(fonts);
        var boxes = new TableBoxes(layout, 480, ReportLanguage.English);
        string[] words = ["Burkina", "Faso", "IOM", "DTM", "baseline", "assessment", "of", "one", "round", "older", "than", "180", "days", "Boucle", "du", "Mouhoun"];
        for (int seed = 0; seed < 40; seed++)
        {
            var random = new Random(seed);
            string Text(int most) => string.Join(' ', Enumerable.Range(0, random.Next(1, most + 1)).Select(_ => words[random.Next(words.Length)]));
            string[][] rows = Enumerable.Range(0, random.Next(2, 30)).Select(_ => new[] { Text(2), Text(24), Text(3), Text(4) }).ToArray();
            string[] header = ["Country", "Source", "Region", "Status"];
            bool[] numeric = [false, false, false, false];
            IEnumerable<string[]> Refilled()
            {
                var cells = new string[4];
                foreach (string[] row in rows)
                {
                    row.CopyTo(cells, 0);
                    yield return cells;
                }
            }

            float[] Heights(TableSource source) => boxes.Build(source)
                .SelectMany(b => b.Rows is { } body ? Enumerable.Range(0, body.Count).Select(body.RowHeight) : [b.Height]).ToArray();
            float[] fresh = Heights(new TableSource(null, header, numeric, () => rows.Select(r => (string[])r.Clone()), null, null));
            float[] refilled = Heights(new TableSource(null, header, numeric, Refilled, null, null));
            Assert.True(fresh.SequenceEqual(refilled), $"seed {seed}: {string.Join(", ", fresh)} against {string.Join(", ", refilled)}");
        }
    }
}
