using System.Xml.Linq;
using ClosedXML.Excel;
using CsCheck;
using SahelReports.Excel.Internal;
using SahelReports.Reporting;
using SahelReports.Tests.Shared;
using static SahelReports.Excel.Tests.WorkbookTestSupport;

namespace SahelReports.Excel.Tests;

public sealed class SafeTextTests
{
    private static readonly XNamespace s_main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly string[] s_hostile =
    [
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+1+1",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1",
        "\r=1",
        "line one\rline two",
        "crlf\r\nend",
        "00123",
        "1,5",
        "2024-01-02",
        "a\u0001b\u001Fc",
        "_x0041_ literal",
    ];

    [Fact]
    public void HostileText_StaysText_WithQuotePrefix_AndNoFormula()
    {
        SituationReport report = SampleReports.Weekly(ReportLanguage.English);
        var table = new TableBlock("s_hostile", [new TableColumn("Text"), new TableColumn("N", ColumnKind.Integer)], s_hostile.Select(h => (IReadOnlyList<TableCell>)[h, 1L]).ToArray());
        report.Sections.Add(new ReportSection("hostile", "=cmd|' /C calc'!A0", [table]));
        byte[] bytes = Render(report);

        using XLWorkbook wb = Open(bytes);
        IXLWorksheet sheet = wb.Worksheets.Single(w => w.Tables.Any(t => t.Fields.First().Name == "Text"));
        Assert.Equal("=cmd|' C calc'!A0", sheet.Name); // '/' is not allowed in sheet names
        IXLRangeRow[] rows = sheet.Tables.Single().DataRange.Rows().ToArray();
        for (int i = 0; i < s_hostile.Length; i++)
        {
            IXLCell cell = rows[i].Cell(1);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.False(cell.HasFormula);
            if (!s_hostile[i].StartsWith("_x", StringComparison.Ordinal))
            {
                Assert.Equal(s_hostile[i], cell.GetString()); // carriage returns included (ClosedXML alone turns them into line feeds)
            }
            Assert.Equal(s_hostile[i][0] is '=' or '+' or '-' or '@' or '\t' or '\r', cell.Style.IncludeQuotePrefix);
        }

        // A literal "_x0041_" is stored escaped as the spec says (_x005F_ is "_"), so Excel shows it unchanged;
        // ClosedXML 0.95.4's own reader decodes it wrongly, so check the raw shared string instead.
        XNamespace main = s_main;
        Assert.Contains(Part(bytes, "xl/sharedStrings.xml").Descendants(main + "t"), t => t.Value == "_x005F_x0041_ literal");
        Assert.DoesNotContain(SheetXml(bytes, sheet.Name).Descendants(s_main + "f"), f => !f.Value.Contains("SUBTOTAL", StringComparison.Ordinal));
    }

    [Fact]
    public void CarriageReturns_SurviveInTheRawSharedStrings()
    {
        SituationReport report = SampleReports.Weekly(ReportLanguage.English);
        string[] texts = ["a\rb", "c\r\nd", "e\nf", "\r=1", "g\u0001h\rX_x0041_"];
        var table = new TableBlock("CR", [new TableColumn("Text"), new TableColumn("Also")], texts.Select(t => (IReadOnlyList<TableCell>)[t, "same " + t]).ToArray());
        report.Sections.Add(new ReportSection("cr", "CR\rsheet", [table]));
        byte[] bytes = Render(report);

        // Raw part: each cell points at a shared string whose text is the original with CR written as _x000D_ (hand-escaped here).
        XDocument sheet = SheetXml(bytes, "CR sheet");
        string[] shared = Part(bytes, "xl/sharedStrings.xml").Root!.Elements(s_main + "si").Select(si => string.Concat(si.Descendants(s_main + "t").Select(t => t.Value))).ToArray();
        string Raw(string address) => shared[int.Parse(sheet.Descendants(s_main + "c").Single(c => (string?)c.Attribute("r") == address).Element(s_main + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture)];
        using XLWorkbook wb = Open(bytes);
        IXLTable written = wb.Worksheet("CR sheet").Tables.Single();
        string[] expectedRaw = ["a_x000D_b", "c_x000D_\nd", "e\nf", "_x000D_=1", "g_x0001_h_x000D_X_x005F_x0041_"];
        for (int i = 0; i < texts.Length; i++)
        {
            IXLCell cell = written.DataRange.Row(i + 1).Cell(1);
            Assert.Equal(expectedRaw[i], Raw(cell.Address.ToStringRelative()));
            Assert.Equal("same " + expectedRaw[i], Raw(written.DataRange.Row(i + 1).Cell(2).Address.ToStringRelative()));
            if (i < 4)
            {
                Assert.Equal(texts[i], cell.GetString()); // ClosedXML reads the escape back as CR
            }
        }

        Assert.True(written.DataRange.Row(4).Cell(1).Style.IncludeQuotePrefix);
        Assert.Equal(bytes, Render(report));
    }

    [Fact]
    public void OverlongText_IsTruncatedVisibly_AndReported()
    {
        SituationReport report = SampleReports.Weekly(ReportLanguage.English);
        string longText = new('x', 40_000);
        report.Sections.Add(new ReportSection("long", "Long", [new TableBlock("Long", [new TableColumn("Text")], [[longText]])]));
        using var stream = new MemoryStream();
        ExcelWriteResult result = report.WriteXlsx(stream, Options());
        string address = Assert.Single(result.TruncatedCells);
        Assert.StartsWith("Long!A", address, StringComparison.Ordinal);

        using XLWorkbook wb = Open(stream.ToArray());
        string value = wb.Worksheet("Long").Tables.Single().DataRange.FirstRow().Cell(1).GetString();
        Assert.Equal(32_767, value.Length);
        Assert.EndsWith("[truncated: 40000 characters in the original]", value, StringComparison.Ordinal);
        Assert.StartsWith(new string('x', 32_000), value, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NeverSplitsASurrogatePair()
    {
        string text = new string('a', SafeText.MaxCellLength - 60) + string.Concat(Enumerable.Repeat("😀", 100));
        string fitted = SafeText.Fit(text, "[cut {0}]", out bool truncated);
        Assert.True(truncated);
        Assert.True(fitted.Length <= SafeText.MaxCellLength);
        Assert.False(fitted.Any(char.IsSurrogate) && !char.IsSurrogatePair(fitted, fitted.IndexOf('\uD83D', StringComparison.Ordinal)));
        int lastIndex = fitted.LastIndexOf('\uD83D');
        Assert.True(lastIndex + 1 < fitted.Length && char.IsLowSurrogate(fitted[lastIndex + 1]));
    }

    [Theory]
    [InlineData("Security overview", "Security overview")]
    [InlineData("a[b]:c*d?e/f\\g", "a b c d e f g")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("Événements et décès par région administrative", "Événements et décès par région")]
    public void SheetNames_AreValid(string wanted, string expected)
    {
        string name = new SheetNames().Reserve(wanted, "Sheet");
        Assert.Equal(expected, name);
        Assert.True(name.Length <= 31);
    }

    [Fact]
    public void SheetNames_AreUnique_CaseInsensitively()
    {
        var names = new SheetNames();
        string a = names.Reserve(new string('A', 40), "x");
        string b = names.Reserve(new string('a', 40), "x");
        string c = names.Reserve("   ", "Fallback");
        Assert.Equal(new string('A', 31), a);
        Assert.Equal(new string('a', 27) + " (2)", b);
        Assert.Equal("Fallback", c);
    }

    [Fact]
    public void SheetNames_Property_AlwaysValid() =>
        Gen.String.Sample(s =>
        {
            string name = new SheetNames().Reserve(s, "Sheet");
            return name.Length is > 0 and <= 31 && name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0 && name[0] != '\'' && name[^1] != '\'';
        });
}
