using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using NodaTime;
using NodaTime.Testing;
using SahelReports.Excel;
using SahelReports.Import;
using SahelReports.Incidents;
using SahelReports.Pdf;
using SahelReports.Reporting;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Outcome = SahelReports.Tests.Hardening.HostileOutcome;

namespace SahelReports.Tests.Hardening;

/// <summary>Output cases: hostile text in spreadsheets (report workbook and streamed export) and in PDFs.</summary>
internal static partial class HostileCorpus
{
    /// <summary>The fixed clock of every rendering in the corpus.</summary>
    public static readonly IClock Clock = new FakeClock(Instant.FromUtc(2024, 11, 4, 8, 0));

    /// <summary>A small English report with one section per given (title, blocks).</summary>
    public static SituationReport MiniReport(params (string Title, ReportBlock[] Blocks)[] sections)
    {
        var report = new SituationReport(new ReportMetadata
        {
            Title = "Hostile input check",
            Area = "Mali",
            Period = new DateInterval(new LocalDate(2024, 10, 28), new LocalDate(2024, 11, 3)),
            PeriodLabel = "2024-W44",
            AsOf = new LocalDate(2024, 11, 3),
            Language = ReportLanguage.English,
            GeneratedAt = Clock.GetCurrentInstant(),
        });
        int n = 0;
        foreach ((string title, ReportBlock[] blocks) in sections)
        {
            report.Sections.Add(new ReportSection("s" + (++n).ToString(CultureInfo.InvariantCulture), title, blocks));
        }

        return report;
    }

    private static TableBlock OneColumn(string caption, params string[] cells) =>
        new(caption, [new TableColumn("Text"), new TableColumn("N", ColumnKind.Integer)], cells.Select(c => (IReadOnlyList<TableCell>)[c, 1L]).ToArray());

    private static XLWorkbook OpenXlsx(byte[] bytes) => new(new MemoryStream(bytes));

    private static HostileCase Xlsx(string id, HostileOutcome outcome, string description, Action check) =>
        new(id, HostileCategory.SpreadsheetOutput, outcome, description, check);

    private static HostileCase Pdf(string id, HostileOutcome outcome, string description, Action check) =>
        new(id, HostileCategory.PdfOutput, outcome, description, check);

    private static void FormulaLike(string text)
    {
        byte[] bytes = MiniReport(("Hostile", [OneColumn("cells", text)])).ToXlsx(new ExcelReportOptions { Clock = Clock });
        using XLWorkbook wb = OpenXlsx(bytes);
        IXLCell cell = wb.Worksheet("Hostile").Tables.Single().DataRange.FirstRow().Cell(1);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.False(cell.HasFormula);
        Assert.True(cell.Style.IncludeQuotePrefix, "formula-like text gets the quote prefix");
        Assert.Equal(text, cell.GetString());
    }

    private static IncidentSet IncidentsFrom(string csv)
    {
        ImportResult<IncidentSet> result = AcledImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "export.csv", null, TestContext.Current.CancellationToken);
        Assert.Equal(0, result.Report.Rejected);
        return result.Data;
    }

    private static IEnumerable<HostileCase> SpreadsheetCases()
    {
        yield return Xlsx("xlsx-formula-equals", Outcome.Escaped, "A table cell '=HYPERLINK(\"http://evil.example\",\"click\")': stored as text with the quote prefix, no formula.",
            () => FormulaLike("=HYPERLINK(\"http://evil.example\",\"click\")"));
        yield return Xlsx("xlsx-formula-plus", Outcome.Escaped, "'+1+1': text with the quote prefix.", () => FormulaLike("+1+1"));
        yield return Xlsx("xlsx-formula-minus", Outcome.Escaped, "'-2+3': text with the quote prefix.", () => FormulaLike("-2+3"));
        yield return Xlsx("xlsx-formula-at", Outcome.Escaped, "'@SUM(A1:A2)': text with the quote prefix.", () => FormulaLike("@SUM(A1:A2)"));
        yield return Xlsx("xlsx-formula-tab", Outcome.Escaped, "A tab then '=1' (a classic CSV-injection bypass): text with the quote prefix.", () => FormulaLike("\t=1"));
        yield return Xlsx("xlsx-numeric-looking-text", Outcome.Accepted, "Text cells '00123' and '1,5': stay text, never numbers.",
            () =>
            {
                using XLWorkbook wb = OpenXlsx(MiniReport(("Numbers", [OneColumn("cells", "00123", "1,5")])).ToXlsx(new ExcelReportOptions { Clock = Clock }));
                IXLRangeRow[] rows = wb.Worksheet("Numbers").Tables.Single().DataRange.Rows().ToArray();
                Assert.Equal(["00123", "1,5"], rows.Select(r => r.Cell(1).GetString()));
                Assert.All(rows, r => Assert.Equal(XLDataType.Text, r.Cell(1).DataType));
            });
        yield return Xlsx("xlsx-40k-note-report", Outcome.Escaped, "A 40,000-character table cell: cut at 32,767 characters with a visible marker and listed in TruncatedCells.",
            () =>
            {
                using var stream = new MemoryStream();
                ExcelWriteResult result = MiniReport(("Long", [OneColumn("cells", new string('n', 40_000))])).WriteXlsx(stream, new ExcelReportOptions { Clock = Clock });
                Assert.Single(result.TruncatedCells);
                using XLWorkbook wb = OpenXlsx(stream.ToArray());
                string value = wb.Worksheet("Long").Tables.Single().DataRange.FirstRow().Cell(1).GetString();
                Assert.Equal(32_767, value.Length);
                Assert.EndsWith("[truncated: 40000 characters in the original]", value, StringComparison.Ordinal);
            });
        yield return Xlsx("xlsx-40k-note-export", Outcome.Escaped, "An ACLED event with 40,000-character notes in the streamed incident export: cut visibly and reported, the row kept.",
            () =>
            {
                IncidentSet set = IncidentsFrom(Csv(Row(("notes", new string('n', 40_000))), Row("BFO4568")));
                using var stream = new MemoryStream();
                ExcelWriteResult result = set.WriteXlsx(stream, new ExcelExportOptions { Clock = Clock });
                Assert.Single(result.TruncatedCells);
                using XLWorkbook wb = OpenXlsx(stream.ToArray());
                IXLTable table = wb.Worksheets.Single().Tables.Single();
                Assert.Equal(2, table.DataRange.RowCount());
                string notes = table.DataRange.FirstRow().Cell(table.Fields.Single(f => f.Name == "notes").Index + 1).GetString();
                Assert.Equal(32_767, notes.Length);
                Assert.Contains("[truncated: 40000", notes, StringComparison.Ordinal);
            });
        yield return Xlsx("xlsx-formula-in-export", Outcome.Escaped, "An actor named '=cmd|' /C calc'!A0' in the streamed incident export: text with the quote prefix.",
            () =>
            {
                IncidentSet set = IncidentsFrom(Csv(Row(("location", "=cmd|' /C calc'!A0"))));
                using var stream = new MemoryStream();
                set.WriteXlsx(stream, new ExcelExportOptions { Clock = Clock });
                using XLWorkbook wb = OpenXlsx(stream.ToArray());
                IXLTable table = wb.Worksheets.Single().Tables.Single();
                IXLCell cell = table.DataRange.FirstRow().Cell(table.Fields.Single(f => f.Name == "location").Index + 1);
                Assert.Equal("=cmd|' /C calc'!A0", cell.GetString());
                Assert.False(cell.HasFormula);
                Assert.True(cell.Style.IncludeQuotePrefix);
            });
        yield return Xlsx("xlsx-control-characters", Outcome.Escaped, "Control characters U+0001, U+0007, U+001B in a cell: stored as _xHHHH_ escapes, the file opens and reads back the same text.",
            () =>
            {
                const string text = "a\u0001b\u0007c\u001Bd";
                using XLWorkbook wb = OpenXlsx(MiniReport(("Control", [OneColumn("cells", text)])).ToXlsx(new ExcelReportOptions { Clock = Clock }));
                Assert.Equal(text, wb.Worksheet("Control").Tables.Single().DataRange.FirstRow().Cell(1).GetString());
            });
        yield return Xlsx("xlsx-control-characters-export", Outcome.Escaped, "Control characters in ACLED notes, streamed export: the file opens and reads back the same text.",
            () =>
            {
                IncidentSet set = IncidentsFrom(Csv(Row(("notes", "bell\u0007 escape\u001B end"))));
                using var stream = new MemoryStream();
                set.WriteXlsx(stream, new ExcelExportOptions { Clock = Clock });
                using XLWorkbook wb = OpenXlsx(stream.ToArray());
                IXLTable table = wb.Worksheets.Single().Tables.Single();
                Assert.Equal("bell\u0007 escape\u001B end", table.DataRange.FirstRow().Cell(table.Fields.Single(f => f.Name == "notes").Index + 1).GetString());
            });
        yield return Xlsx("xlsx-sheet-name-invalid-chars", Outcome.Escaped, "A section titled with an area name full of sheet-name characters 'Mopti/Ségou: [Nord]*?\\': a valid sheet name, the area still readable.",
            () =>
            {
                using XLWorkbook wb = OpenXlsx(MiniReport(("Mopti/Ségou: [Nord]*?\\", [OneColumn("cells", "x")])).ToXlsx(new ExcelReportOptions { Clock = Clock }));
                IXLWorksheet sheet = wb.Worksheets.Single(w => w.Tables.Any());
                Assert.Equal("Mopti Ségou Nord", sheet.Name);
                Assert.True(sheet.Name.IndexOfAny(['/', '\\', ':', '*', '?', '[', ']']) < 0);
            });
        yield return Xlsx("xlsx-sheet-name-collisions", Outcome.Escaped, "Two long area titles equal in their first 31 characters, and a title differing only in case: three distinct valid sheet names.",
            () =>
            {
                string a = "Boucle du Mouhoun and Hauts-Bassins (west)";
                string b = "Boucle du Mouhoun and Hauts-Bassins (east)";
                using XLWorkbook wb = OpenXlsx(MiniReport((a, [OneColumn("a", "x")]), (b, [OneColumn("b", "x")]), ("TILLABÉRI", [OneColumn("c", "x")]), ("Tillabéri", [OneColumn("d", "x")])).ToXlsx(new ExcelReportOptions { Clock = Clock }));
                string[] names = wb.Worksheets.Where(w => w.Tables.Any()).Select(w => w.Name).ToArray();
                Assert.Equal(4, names.Length);
                Assert.Equal(4, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
                Assert.All(names, n => Assert.InRange(n.Length, 1, 31));
            });
        yield return Xlsx("xlsx-sheet-name-reserved", Outcome.Escaped, "A section titled 'History' (a name Excel reserves) or only apostrophes: still a workbook Excel opens, with valid names.",
            () =>
            {
                using XLWorkbook wb = OpenXlsx(MiniReport(("History", [OneColumn("a", "x")]), ("'''", [OneColumn("b", "x")])).ToXlsx(new ExcelReportOptions { Clock = Clock }));
                string[] names = wb.Worksheets.Where(w => w.Tables.Any()).Select(w => w.Name).ToArray();
                Assert.Equal(2, names.Length);
                Assert.DoesNotContain(names, n => string.Equals(n, "History", StringComparison.OrdinalIgnoreCase) || n.StartsWith('\'') || n.EndsWith('\''));
            });
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '\u00A0'));

    private static byte[] RenderPdf(params (string Title, ReportBlock[] Blocks)[] sections) =>
        MiniReport(sections).ToPdf(new PdfReportOptions { Clock = Clock });

    private static IEnumerable<HostileCase> PdfCases()
    {
        yield return Pdf("pdf-6000-char-note", Outcome.Rendered, "A 6,000-character paragraph: wrapped over lines, every word extracted in order, nothing clipped.",
            () =>
            {
                string[] words = Enumerable.Range(1, 1001).Select(i => "w" + i.ToString("D4", CultureInfo.InvariantCulture)).ToArray();
                string note = string.Join(" ", words);
                Assert.InRange(note.Length, 6_000, 6_100);
                using PdfDocument doc = PdfDocument.Open(RenderPdf(("Note", [new ParagraphBlock(note)])));
                Assert.Equal(words, doc.GetPages().SelectMany(p => Regex.Matches(p.Text, @"w\d{4}").Select(m => m.Value)));
                AssertInsidePages(doc);
            });
        yield return Pdf("pdf-6000-char-word", Outcome.Rendered, "A 6,000-character word without spaces (a pasted URL or hash): broken between characters, every character on a page, none outside the page box.",
            () =>
            {
                string word = string.Concat(Enumerable.Repeat("abcdefghij", 600));
                using PdfDocument doc = PdfDocument.Open(RenderPdf(("Unbroken", [new ParagraphBlock(word)])));
                Assert.Equal(word, string.Concat(doc.GetPages().SelectMany(p => Regex.Matches(Squash(p.Text), "[a-j]{20,}").Select(m => m.Value))));
                AssertInsidePages(doc);
            });
        yield return Pdf("pdf-6000-char-table-note", Outcome.Rendered, "A 6,000-character note under a table: wrapped, every word extracted.",
            () =>
            {
                string[] words = Enumerable.Range(1, 1001).Select(i => "n" + i.ToString("D4", CultureInfo.InvariantCulture)).ToArray();
                var table = new TableBlock("t", [new TableColumn("Region"), new TableColumn("Events", ColumnKind.Integer)], [["Mopti", 2L]], note: string.Join(" ", words));
                using PdfDocument doc = PdfDocument.Open(RenderPdf(("Table", [table])));
                Assert.Equal(words, doc.GetPages().SelectMany(p => Regex.Matches(p.Text, @"n\d{4}").Select(m => m.Value)));
            });
        yield return Pdf("pdf-missing-glyph", Outcome.Rendered, "A private-use character no font has (U+10FFFD) between words: drawn as .notdef, the surrounding text kept, no exception.",
            () =>
            {
                using PdfDocument doc = PdfDocument.Open(RenderPdf(("Glyphs", [new ParagraphBlock("before \U0010FFFD after")])));
                string text = string.Concat(doc.GetPages().Select(p => p.Text));
                Assert.Contains("before", text, StringComparison.Ordinal);
                Assert.Contains("after", text, StringComparison.Ordinal);
            });
        yield return Pdf("pdf-arabic-names", Outcome.Rendered, "Arabic place names (تمبكتو, تيلابيري) in a table and a paragraph: shaped with Noto Sans Arabic, every letter drawn.",
            () =>
            {
                var table = new TableBlock("Areas", [new TableColumn("Name"), new TableColumn("Events", ColumnKind.Integer)], [["تمبكتو", 3L], ["تيلابيري", 1L]]);
                using PdfDocument doc = PdfDocument.Open(RenderPdf(("Arabic", [table, new ParagraphBlock("Tombouctou (تمبكتو) and Tillabéri.")])));
                Letter[] arabic = doc.GetPages().SelectMany(p => p.Letters).Where(l => l.FontName!.Contains("NotoSansArabic", StringComparison.Ordinal)).ToArray();
                Assert.Equal(6 + 7 + 6, arabic.Length); // تيلابيري has 8 letters but lam + alef is one ligature glyph
                Assert.Contains("Tillabéri", string.Concat(doc.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
            });
        yield return Pdf("pdf-control-and-bidi", Outcome.Rendered, "BEL, ESC and a right-to-left override inside a paragraph: rendered without exception, the visible words kept.",
            () =>
            {
                using PdfDocument doc = PdfDocument.Open(RenderPdf(("Control", [new ParagraphBlock("alpha\u0007 beta\u001B gamma \u202Edelta")])));
                string text = string.Concat(doc.GetPages().Select(p => p.Text));
                Assert.All(new[] { "alpha", "beta", "gamma", "delta" }, w => Assert.Contains(w, text, StringComparison.Ordinal));
            });
        yield return Pdf("pdf-10000-row-table", Outcome.Rendered, "A 10,000-row annex table: paginated with the header on every page, every row drawn exactly once, none cut.",
            () =>
            {
                const int Rows = 10_000;
                TableCell[][] rows = Enumerable.Range(1, Rows).Select(i => new TableCell[] { "R" + i.ToString("D5", CultureInfo.InvariantCulture) + "x", "Mopti", i }).ToArray();
                var table = new TableBlock("Annex", [new TableColumn("Id"), new TableColumn("Region"), new TableColumn("Fatalities", ColumnKind.Integer, Sum: true)], rows, totalsLabel: "Total");
                using PdfDocument doc = PdfDocument.Open(RenderPdf(("Annex", [table])));
                Assert.True(doc.NumberOfPages > 100, $"{doc.NumberOfPages} pages");
                var seen = new int[Rows + 1];
                foreach (Page page in doc.GetPages())
                {
                    foreach (Word w in page.GetWords())
                    {
                        if (w.Text.Length == 7 && w.Text[0] == 'R' && w.Text[6] == 'x' && int.TryParse(w.Text.AsSpan(1, 5), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
                        {
                            seen[n]++;
                        }
                    }
                }

                Assert.Equal(Rows, seen.Skip(1).Count(c => c == 1));
                long total = (long)Rows * (Rows + 1) / 2;
                Assert.Contains(Squash(total.ToString("N0", CultureInfo.InvariantCulture)), Squash(doc.GetPage(doc.NumberOfPages).Text), StringComparison.Ordinal);
            });
    }

    private static void AssertInsidePages(PdfDocument doc)
    {
        foreach (Page page in doc.GetPages())
        {
            foreach (Letter l in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                Assert.InRange(l.BoundingBox.Left, -0.5, page.Width + 0.5);
                Assert.InRange(l.BoundingBox.Right, -0.5, page.Width + 0.5);
            }
        }
    }
}
