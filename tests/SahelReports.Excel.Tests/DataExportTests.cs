using System.Diagnostics;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NodaTime;
using NodaTime.Testing;
using SahelReports.Geography;
using SahelReports.Incidents;
using SahelReports.Reporting;
using static SahelReports.Excel.Tests.WorkbookTestSupport;

namespace SahelReports.Excel.Tests;

public sealed class DataExportTests
{
    private static ExcelExportOptions ExportOptions(bool hxl = false, ReportLanguage? language = null) =>
        new() { Clock = new FakeClock(Now), IncludeHxlRow = hxl, Language = language ?? ReportLanguage.English };

    /// <summary>Synthetic incidents (not ACLED rows): the seed story's Bandiagara clash and Kari attack plus hostile text.</summary>
    private static List<ConflictIncident> Incidents(int count = 3)
    {
        var list = new List<ConflictIncident>();
        for (int i = 0; i < count; i++)
        {
            list.Add(new ConflictIncident
            {
                Id = "SYN" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
                Date = new LocalDate(2024, 10, 28).PlusDays(i % 7),
                TimePrecision = TimePrecision.Day,
                DisorderType = DisorderType.PoliticalViolence,
                EventType = EventType.Battles,
                SubEventType = SubEventType.ArmedClash,
                Actor1 = new Actor("JNIM: Group for Support of Islam and Muslims", null),
                Actor2 = i == 1 ? null : new Actor("Dan Na Ambassagou", null),
                Location = new IncidentLocation
                {
                    CountryAlpha3 = "MLI",
                    Admin1 = "Mopti",
                    Admin1Code = new PCode("ML05"),
                    Name = i == 2 ? "=HYPERLINK(\"http://x\")" : "Tougoumé",
                    Latitude = 14.35,
                    Longitude = -3.61,
                    GeoPrecision = GeoPrecision.Exact,
                },
                Fatalities = i == 0 ? 14 : i,
                Notes = i == 1 ? "line one\nline two \u0007 bell" : "synthetic",
            });
        }

        return list;
    }

    [Fact]
    public void Incidents_AreOneTypedExcelTable_WithFrozenHeader()
    {
        using var stream = new MemoryStream();
        Incidents().WriteXlsx(stream, ExportOptions());
        byte[] bytes = stream.ToArray();
        using XLWorkbook wb = Open(bytes);
        IXLWorksheet sheet = Assert.Single(wb.Worksheets);
        Assert.Equal("Incidents", sheet.Name);
        IXLTable table = Assert.Single(sheet.Tables);
        Assert.Equal("event_id_cnty", table.Fields.First().Name);
        IXLRangeRow[] rows = table.DataRange.Rows().ToArray();
        Assert.Equal(3, rows.Length);
        int fatalities = table.Fields.Single(f => f.Name == "fatalities").Index + 1;
        Assert.Equal(14 + 1 + 2, rows.Sum(r => r.Cell(fatalities).GetDouble()));
        int date = table.Fields.Single(f => f.Name == "event_date").Index + 1;
        Assert.Equal(new DateTime(2024, 10, 29), rows[1].Cell(date).GetDateTime());
        int location = table.Fields.Single(f => f.Name == "location").Index + 1;
        Assert.Equal("=HYPERLINK(\"http://x\")", rows[2].Cell(location).GetString());
        Assert.False(rows[2].Cell(location).HasFormula);
        Assert.True(rows[2].Cell(location).Style.IncludeQuotePrefix);
        int notes = table.Fields.Single(f => f.Name == "notes").Index + 1;
        Assert.Equal("line one\nline two \u0007 bell", rows[1].Cell(notes).GetString());
        Assert.Equal(1, sheet.SheetView.SplitRow);

        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        ValidationErrorInfo[] errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Incidents_HxlRow_FollowsTheHeader_AndFrenchDates()
    {
        using var stream = new MemoryStream();
        new IncidentSet(Incidents()).WriteXlsx(stream, ExportOptions(hxl: true, ReportLanguage.French));
        using XLWorkbook wb = Open(stream.ToArray());
        IXLWorksheet sheet = wb.Worksheets.Single();
        Assert.Equal("event_id_cnty", sheet.Cell(1, 1).GetString());
        Assert.Equal("#event+id", sheet.Cell(2, 1).GetString());
        Assert.Equal("#affected+killed", sheet.Row(2).CellsUsed().Single(c => c.GetString() == "#affected+killed").GetString());
        Assert.Equal("SYN000000", sheet.Cell(3, 1).GetString());
        Assert.Equal(2, sheet.SheetView.SplitRow);
        Assert.Equal("dd/mm/yyyy", sheet.Cell(3, 2).Style.NumberFormat.Format);
    }

    [Fact]
    public void Incidents_SameClock_IdenticalBytes()
    {
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        Incidents(50).WriteXlsx(a, ExportOptions());
        Incidents(50).WriteXlsx(b, ExportOptions());
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void Incidents_LargeExport_IsStreamed()
    {
        List<ConflictIncident> incidents = Incidents(5_000);
        var watch = Stopwatch.StartNew();
        using var stream = new MemoryStream();
        incidents.WriteXlsx(stream, ExportOptions());
        watch.Stop();
        using XLWorkbook wb = Open(stream.ToArray());
        Assert.Equal(5_000, wb.Worksheets.Single().Tables.Single().DataRange.RowCount());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
    }

    [Fact]
    public void TableBlock_ExportsTypedTable_WithHxlRow()
    {
        var block = new TableBlock("Events by region",
            [new TableColumn("Region", HxlTag: "#adm1+name"), new TableColumn("Events", ColumnKind.Integer, Sum: true, HxlTag: "#event+num"), new TableColumn("Share", ColumnKind.Percent, 1), new TableColumn("As of", ColumnKind.Date)],
            [["Mopti", 2L, TableCell.FromPercent(0.5), new LocalDate(2024, 11, 3)], ["+Tillabéri", 1L, TableCell.FromPercent(0.25), TableCell.Empty]],
            totalsLabel: "Total");
        using var stream = new MemoryStream();
        block.WriteXlsx(stream, ExportOptions(hxl: true));
        using XLWorkbook wb = Open(stream.ToArray());
        IXLWorksheet sheet = wb.Worksheets.Single();
        Assert.Equal("Events by region", sheet.Name);
        Assert.Equal("#event+num", sheet.Cell(2, 2).GetString());
        Assert.Equal(2d, sheet.Cell(3, 2).GetDouble());
        Assert.Equal(0.25, sheet.Cell(4, 3).GetDouble());
        Assert.Equal(new DateTime(2024, 11, 3), sheet.Cell(3, 4).GetDateTime());
        Assert.True(sheet.Cell(4, 4).IsEmpty());
        Assert.True(sheet.Cell(4, 1).Style.IncludeQuotePrefix);
        Assert.Equal(["Region", "Events", "Share", "As of"], sheet.Tables.Single().Fields.Select(f => f.Name));
        Assert.True(sheet.Cell(5, 1).IsEmpty()); // no frozen totals
    }
}
