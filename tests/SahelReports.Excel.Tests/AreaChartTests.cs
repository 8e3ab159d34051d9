using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NodaTime;
using SahelReports.Analysis;
using SahelReports.Geography;
using SahelReports.Incidents;
using SahelReports.Reporting;
using SahelReports.Tests.Shared;
using static SahelReports.Excel.Tests.WorkbookTestSupport;

namespace SahelReports.Excel.Tests;

public sealed class AreaChartTests
{
    private static readonly XNamespace s_c = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>The sample weekly report with its region column tagged <c>#adm1+name</c>, as the weekly builder tags it.</summary>
    private static SituationReport TaggedSample(ReportLanguage language)
    {
        SituationReport report = SampleReports.Weekly(language);
        ReportSection section = report.Sections.Single(s => s.Id == WeeklyReportSectionIds.SecurityOverview);
        int index = section.Blocks.ToList().FindIndex(b => b is TableBlock);
        var table = (TableBlock)section.Blocks[index];
        TableColumn[] columns = table.Columns.Select((c, i) => i == 1 ? c with { HxlTag = "#adm1+name" } : c).ToArray();
        section.Blocks[index] = new TableBlock(table.Caption, columns, table.Rows, table.TotalsLabel, table.Note);
        return report;
    }

    private static XDocument[] ChartParts(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return zip.Entries.Where(e => e.FullName.Contains("/charts/chart", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .OrderBy(e => e.FullName, StringComparer.Ordinal).Select(e => Part(zip, e.FullName)).ToArray();
    }

    [Fact]
    public void RegionTable_GetsAClusteredBarChart_ReadingTheTableCells()
    {
        byte[] bytes = Render(TaggedSample(ReportLanguage.English));
        using XLWorkbook wb = Open(bytes);
        IXLWorksheet sheet = wb.Worksheet("Security overview");
        IXLTable table = sheet.Tables.Single();
        int header = table.HeadersRow().RowNumber();

        XDocument chart = ChartParts(bytes).Single(c => c.Descendants(s_c + "barChart").Any());
        XElement bar = chart.Descendants(s_c + "barChart").Single();
        Assert.Equal("clustered", bar.Element(s_c + "grouping")!.Attribute("val")!.Value);
        XElement[] series = bar.Elements(s_c + "ser").ToArray();
        Assert.Equal(2, series.Length);

        // Three hand-written regions in rows header+1..header+3; the totals row (header+4) is not charted.
        string F(XElement ser, string element) => ser.Element(s_c + element)!.Descendants(s_c + "f").Single().Value;
        Assert.Equal($"'Security overview'!$B${header + 1}:$B${header + 3}", F(series[0], "cat"));
        Assert.Equal($"'Security overview'!$C${header + 1}:$C${header + 3}", F(series[0], "val"));
        Assert.Equal($"'Security overview'!$C${header}", F(series[0], "tx"));
        Assert.Equal($"'Security overview'!$D${header + 1}:$D${header + 3}", F(series[1], "val"));

        // The referenced cells hold the sample's regions and counts, and the caches match them.
        Assert.Equal(["Mopti", "Boucle du Mouhoun", "Tillabéri"], Enumerable.Range(header + 1, 3).Select(r => sheet.Cell(r, 2).GetString()));
        Assert.Equal([2d, 1d, 1d], Enumerable.Range(header + 1, 3).Select(r => sheet.Cell(r, 3).GetDouble()));
        Assert.Equal([14d, 8d, 1d], Enumerable.Range(header + 1, 3).Select(r => sheet.Cell(r, 4).GetDouble()));
        Assert.Equal("Events", sheet.Cell(header, 3).GetString());
        Assert.Equal([2d, 1d, 1d], series[0].Element(s_c + "val")!.Descendants(s_c + "v").Select(v => double.Parse(v.Value, CultureInfo.InvariantCulture)));
        Assert.Equal(["Mopti", "Boucle du Mouhoun", "Tillabéri"], series[0].Element(s_c + "cat")!.Descendants(s_c + "v").Select(v => v.Value));

        // The drawing hangs off the section sheet, below its table and note.
        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        WorkbookPart workbook = document.WorkbookPart!;
        var sheetPart = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "Security overview").Id!);
        Assert.Single(sheetPart.DrawingsPart!.ChartParts);
        XNamespace xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
        using Stream drawingStream = sheetPart.DrawingsPart.GetStream();
        int anchorRow = int.Parse(XDocument.Load(drawingStream).Descendants(xdr + "from").Single().Element(xdr + "row")!.Value, CultureInfo.InvariantCulture);
        Assert.True(anchorRow >= header + 5, $"chart anchored at 0-based row {anchorRow}, table ends at row {header + 4} plus a note");
    }

    [Fact]
    public void Workbook_WithAreaChart_ValidatesAndIsByteIdentical()
    {
        byte[] first = Render(TaggedSample(ReportLanguage.French));
        byte[] second = Render(TaggedSample(ReportLanguage.French));
        Assert.Equal(first, second);

        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(first), false);
        ValidationErrorInfo[] errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        Assert.Equal(2, ChartParts(first).Length); // the region bar chart and the weekly trend chart
    }

    [Fact]
    public void UntaggedTable_GetsNoChart()
    {
        byte[] bytes = Render(SampleReports.Weekly(ReportLanguage.English));
        Assert.Single(ChartParts(bytes)); // only the trend chart: the sample's region column carries no #adm1+name tag
    }
    [Fact]
    public void WeeklyBuilderReport_ChartsItsAdmin1Table_NotItsCountryTable()
    {
        // Hand-made incidents in ISO week 2024-W44: three in Mopti (Mali), one in Tillabéri (Niger).
        ConflictIncident Incident(int i, string country, string admin1, string pcode, int fatalities) => new()
        {
            Id = "SYN" + i.ToString(CultureInfo.InvariantCulture),
            Date = new LocalDate(2024, 10, 28).PlusDays(i),
            TimePrecision = TimePrecision.Day,
            DisorderType = DisorderType.PoliticalViolence,
            EventType = EventType.Battles,
            SubEventType = SubEventType.ArmedClash,
            Actor1 = new Actor("Synthetic group", null),
            Location = new IncidentLocation { CountryAlpha3 = country, Admin1 = admin1, Admin1Code = new PCode(pcode), Name = "Site", Latitude = 14, Longitude = -3, GeoPrecision = GeoPrecision.Exact },
            Fatalities = fatalities,
        };
        ConflictIncident[] incidents = [Incident(0, "MLI", "Mopti", "ML05", 14), Incident(1, "MLI", "Mopti", "ML05", 2), Incident(2, "MLI", "Mopti", "ML05", 0), Incident(3, "NER", "Tillabéri", "NE006", 5)];
        SituationReport report = new WeeklySituationReportBuilder().Build(incidents, new IsoWeek(2024, 44));
        byte[] bytes = Render(report);

        using XLWorkbook wb = Open(bytes);
        IXLWorksheet sheet = wb.Worksheet("Security overview");
        IXLTable table = sheet.Tables.Single(t => t.Fields.Any(f => f.Name == "Region"));
        int header = table.HeadersRow().RowNumber();
        int regionColumn = table.Field("Region").Index + 1;
        int eventsColumn = table.Field("Events").Index + 1;

        // The trends sheet has bar charts of its own; the admin 1 chart is the one reading the section sheet.
        XDocument chart = ChartParts(bytes).Single(c => c.Descendants(s_c + "f").Any(f => f.Value.StartsWith("'Security overview'!", StringComparison.Ordinal)));
        XElement events = chart.Descendants(s_c + "ser").First();
        string cat = events.Element(s_c + "cat")!.Descendants(s_c + "f").Single().Value;
        string val = events.Element(s_c + "val")!.Descendants(s_c + "f").Single().Value;
        char R(int column) => (char)('A' + column - 1);
        Assert.Equal($"'Security overview'!${R(regionColumn)}${header + 1}:${R(regionColumn)}${header + 2}", cat);
        Assert.Equal($"'Security overview'!${R(eventsColumn)}${header + 1}:${R(eventsColumn)}${header + 2}", val);
        Assert.Equal([3d, 1d], new[] { header + 1, header + 2 }.Select(r => sheet.Cell(r, eventsColumn).GetDouble())); // hand count, most events first
        Assert.StartsWith("Mopti", sheet.Cell(header + 1, regionColumn).GetString(), StringComparison.Ordinal);

        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        ValidationErrorInfo[] errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        Assert.Equal(bytes, Render(report));
    }
}
