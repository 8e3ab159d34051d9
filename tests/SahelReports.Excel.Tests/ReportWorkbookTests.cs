using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using SahelReports.Reporting;
using SahelReports.Tests.Shared;
using static SahelReports.Excel.Tests.WorkbookTestSupport;

namespace SahelReports.Excel.Tests;

public sealed class ReportWorkbookTests
{
    private static readonly XNamespace s_main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void Sheets_AreInOrder_AndTranslated()
    {
        using XLWorkbook en = Open(Render(SampleReports.Weekly(ReportLanguage.English)));
        Assert.Equal(["Summary", "Security overview", "Trends", "Displacement", "Sources & methodology"], en.Worksheets.Select(w => w.Name));

        using XLWorkbook fr = Open(Render(SampleReports.Weekly(ReportLanguage.French)));
        Assert.Equal(["Synthèse", "Aperçu de la sécurité", "Tendances", "Déplacements", "Sources et méthodologie"], fr.Worksheets.Select(w => w.Name));
    }

    [Fact]
    public void RegionTable_IsAnExcelTable_WithTypedValues_AndFormulaTotals()
    {
        byte[] bytes = Render(SampleReports.Weekly(ReportLanguage.English));
        using XLWorkbook wb = Open(bytes);
        IXLWorksheet sheet = wb.Worksheet("Security overview");
        IXLTable table = Assert.Single(sheet.Tables);
        Assert.Equal(["Country", "Region", "Events", "Fatalities", "Share"], table.Fields.Select(f => f.Name));
        Assert.True(table.ShowAutoFilter);
        Assert.True(table.ShowTotalsRow);

        // Hand-written rows of the sample report (Mali/Mopti 2 events 14 deaths 50 %, ...).
        IXLRangeRow[] rows = table.DataRange.Rows().ToArray();
        Assert.Equal(3, rows.Length);
        Assert.Equal("Mali", rows[0].Cell(1).GetString());
        Assert.Equal(XLDataType.Number, rows[0].Cell(3).DataType);
        Assert.Equal(2d, rows[0].Cell(3).GetDouble());
        Assert.Equal(14d, rows[0].Cell(4).GetDouble());
        Assert.Equal(0.5, rows[0].Cell(5).GetDouble());
        Assert.Equal("#,##0", rows[0].Cell(3).Style.NumberFormat.Format);
        Assert.Equal("0.0%", rows[0].Cell(5).Style.NumberFormat.Format);
        Assert.Equal(2 + 1 + 1, rows.Sum(r => r.Cell(3).GetDouble()));
        Assert.Equal(14 + 8 + 1, rows.Sum(r => r.Cell(4).GetDouble()));

        // Totals row: a label and SUBTOTAL formulas over the table columns, not frozen numbers.
        IXLRangeRow totals = table.TotalsRow();
        Assert.Equal("Total", totals.Cell(1).GetString());
        Assert.Contains("SUBTOTAL(109", totals.Cell(3).FormulaA1, StringComparison.Ordinal);
        Assert.Contains("SUBTOTAL(109", totals.Cell(4).FormulaA1, StringComparison.Ordinal);

        // In the file the formulas name the table (ClosedXML's bare "[Events]" is #NAME? in LibreOffice).
        string[] formulas = SheetXml(bytes, "Security overview").Descendants(s_main + "f").Select(f => f.Value).ToArray();
        Assert.Equal([$"SUBTOTAL(109,{table.Name}[Events])", $"SUBTOTAL(109,{table.Name}[Fatalities])"], formulas);
        Assert.False(totals.Cell(5).HasFormula);

        // Raw OpenXML: the table part declares the sum functions.
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        XDocument part = zip.Entries.Where(e => e.FullName.StartsWith("xl/tables/", StringComparison.Ordinal)).Select(e => Part(zip, e.FullName))
            .Single(d => ((string?)d.Root!.Attribute("displayName"))!.Contains("region", StringComparison.Ordinal));
        string?[] functions = part.Descendants(s_main + "tableColumn").Select(c => (string?)c.Attribute("totalsRowFunction")).ToArray();
        Assert.Equal([null, null, "sum", "sum", null], functions);
    }

    [Fact]
    public void HeaderRows_AreFrozen()
    {
        byte[] bytes = Render(SampleReports.Weekly(ReportLanguage.English));
        using XLWorkbook wb = Open(bytes);
        IXLWorksheet sheet = wb.Worksheet("Security overview");
        int header = sheet.Tables.Single().HeadersRow().RowNumber();
        Assert.Equal(header, sheet.SheetView.SplitRow);

        XElement pane = SheetXml(bytes, "Security overview").Descendants(s_main + "pane").Single();
        Assert.Equal("frozen", (string?)pane.Attribute("state"));
        Assert.Equal(header, (int)(double)pane.Attribute("ySplit")!);
        Assert.Equal(1, wb.Worksheet("Summary").SheetView.SplitRow);
    }

    [Fact]
    public void Summary_KeyFigures_MatchTheReport()
    {
        using XLWorkbook wb = Open(Render(SampleReports.Weekly(ReportLanguage.English)));
        IXLWorksheet sheet = wb.Worksheet("Summary");
        Assert.Equal("Central Sahel: weekly security and displacement update", sheet.Cell(1, 1).GetString());
        IXLTable figures = sheet.Tables.Single();
        IXLRangeRow fatalities = figures.DataRange.Rows().Single(r => r.Cell(1).GetString() == "Reported fatalities");
        Assert.Equal(23d, fatalities.Cell(2).GetDouble());
        Assert.Equal(15d, fatalities.Cell(3).GetDouble());
        Assert.Equal(23d - 15d, fatalities.Cell(4).GetDouble());
        Assert.Equal(8d / 15d, fatalities.Cell(5).GetDouble(), 12);
        Assert.Equal("+#,##0;-#,##0;0", fatalities.Cell(4).Style.NumberFormat.Format);

        // Previous value 0: no relative change, the cell stays blank rather than showing infinity.
        IXLRangeRow attacks = figures.DataRange.Rows().Single(r => r.Cell(1).GetString() == "Attacks on local defence forces");
        Assert.True(attacks.Cell(5).IsEmpty());

        IXLRangeRow idps = figures.DataRange.Rows().Single(r => r.Cell(1).GetString() == "Internally displaced people");
        Assert.Equal(2_062_534d, idps.Cell(2).GetDouble());
        Assert.True(idps.Cell(3).IsEmpty());
        Assert.Equal("CONASUR", idps.Cell(7).GetString());
        Assert.Equal(new DateTime(2023, 3, 31), idps.Cell(8).GetDateTime());
        Assert.Equal("yyyy-mm-dd", idps.Cell(8).Style.NumberFormat.Format);

        string[] texts = sheet.CellsUsed().Select(c => c.GetString()).ToArray();
        Assert.Contains(texts, t => t.Contains("Tougoumé was burned", StringComparison.Ordinal));
    }

    [Fact]
    public void French_UsesFrenchDateFormat()
    {
        using XLWorkbook wb = Open(Render(SampleReports.Weekly(ReportLanguage.French)));
        IXLTable figures = wb.Worksheet("Synthèse").Tables.Single();
        IXLRangeRow idps = figures.DataRange.Rows().Single(r => r.Cell(7).GetString() == "CONASUR");
        Assert.Equal("dd/mm/yyyy", idps.Cell(8).Style.NumberFormat.Format);
        Assert.Equal("Indicateur", figures.Fields.First().Name);
    }

    [Fact]
    public void Trends_HoldTheChartSeries()
    {
        using XLWorkbook wb = Open(Render(SampleReports.Weekly(ReportLanguage.English)));
        IXLTable table = wb.Worksheet("Trends").Tables.Single(t => t.Fields.First().Name != "Statistic"); // the series, not their statistics
        Assert.Equal(["ISO week", "Events", "Fatalities"], table.Fields.Select(f => f.Name));
        IXLRangeRow[] rows = table.DataRange.Rows().ToArray();
        Assert.Equal(12, rows.Length);
        Assert.Equal("2024-W33", rows[0].Cell(1).GetString());
        Assert.Equal("2024-W44", rows[11].Cell(1).GetString());
        Assert.Equal(5 + 7 + 4 + 6 + 8 + 5 + 9 + 6 + 7 + 5 + 6 + 4, rows.Sum(r => r.Cell(2).GetDouble()));
        Assert.Equal(23d, rows[11].Cell(3).GetDouble());
    }

    [Fact]
    public void Displacement_And_Sources_CarryDates()
    {
        using XLWorkbook wb = Open(Render(SampleReports.Weekly(ReportLanguage.English)));
        IXLTable displaced = wb.Worksheet("Displacement").Tables.Single();
        IXLRangeRow row = Assert.Single(displaced.DataRange.Rows());
        Assert.Equal(2_062_534d, row.Cell(2).GetDouble());
        Assert.Equal(new DateTime(2023, 3, 31), row.Cell(8).GetDateTime());

        IXLTable sources = wb.Worksheet("Sources & methodology").Tables.Single();
        Assert.Equal(["ACLED", "CONASUR"], sources.DataRange.Rows().Select(r => r.Cell(1).GetString()));
        Assert.Equal(new DateTime(2024, 11, 3), sources.DataRange.Rows().First().Cell(4).GetDateTime());
        string[] texts = wb.Worksheet("Sources & methodology").CellsUsed().Select(c => c.GetString()).ToArray();
        Assert.Contains(texts, t => t.Contains("never summed across sources", StringComparison.Ordinal));
    }

    [Fact]
    public void DocumentProperties_ComeFromMetadataAndClock()
    {
        using XLWorkbook wb = Open(Render(SampleReports.Weekly(ReportLanguage.English)));
        Assert.Equal("Central Sahel: weekly security and displacement update", wb.Properties.Title);
        Assert.Equal("Sahel Analysis Cell (synthetic)", wb.Properties.Author);
        Assert.Equal("Sahel, ACLED, displacement", wb.Properties.Keywords);
        Assert.Equal(new DateTime(2024, 11, 4, 9, 30, 15), wb.Properties.Created.ToUniversalTime());
    }

    [Fact]
    public void SameReportAndClock_GiveIdenticalBytes()
    {
        byte[] first = Render(SampleReports.Weekly(ReportLanguage.French));
        Thread.Sleep(2100); // zip timestamps have a 2-second resolution: a wall-clock leak would show.
        byte[] second = Render(SampleReports.Weekly(ReportLanguage.French));
        Assert.Equal(first, second);

        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2024, 11, 4, 9, 30, 14), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void FilePathOverload_WritesTheSameBytes()
    {
        string path = Path.Combine(Path.GetTempPath(), "sahel-excel-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            SampleReports.Weekly(ReportLanguage.English).WriteXlsx(path, Options());
            Assert.Equal(Render(SampleReports.Weekly(ReportLanguage.English)), File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        SituationReport report = SampleReports.Weekly(ReportLanguage.English);
        Assert.Throws<ArgumentNullException>(() => report.WriteXlsx((Stream)null!));
        Assert.Throws<ArgumentException>(() => report.WriteXlsx(new MemoryStream([], writable: false)));
        Assert.ThrowsAny<ArgumentException>(() => report.WriteXlsx(" "));
    }
}
