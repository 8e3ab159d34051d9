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
using static SahelReports.Excel.Tests.WorkbookTestSupport;

namespace SahelReports.Excel.Tests;

public sealed class IncidentSheetTests
{
    private static readonly XNamespace s_main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly IsoWeek s_week = new(2024, 44); // Monday 28 October to Sunday 3 November 2024

    private static ConflictIncident Incident(string id, LocalDate date, string country = "MLI", int fatalities = 1, string name = "Site", string? notes = null) => new()
    {
        Id = id,
        Date = date,
        TimePrecision = TimePrecision.Day,
        DisorderType = DisorderType.PoliticalViolence,
        EventType = EventType.Battles,
        SubEventType = SubEventType.ArmedClash,
        Actor1 = new Actor("Synthetic group", null),
        Location = new IncidentLocation { CountryAlpha3 = country, Admin1 = "Mopti", Admin1Code = country == "MLI" ? new PCode("ML05") : null, Name = name, Latitude = 14.35, Longitude = -3.61, GeoPrecision = GeoPrecision.Exact },
        Fatalities = fatalities,
        Notes = notes,
    };

    /// <summary>
    /// Synthetic incidents (not ACLED rows). Hand count: five in week 2024-W44 in covered countries (SYN-A..SYN-E, the first on
    /// Monday 28 October, the last on Sunday 3 November); two in W43 and one in W45 (outside the period); one in W44 in
    /// Senegal, a country the weekly report does not cover.
    /// </summary>
    internal static ConflictIncident[] Data() =>
    [
        Incident("SYN-W43a", new LocalDate(2024, 10, 21)),
        Incident("SYN-A", new LocalDate(2024, 10, 28), fatalities: 14, notes: "Synthetic clash, thirty chars"),
        Incident("SYN-W43b", new LocalDate(2024, 10, 27)),
        Incident("SYN-B", new LocalDate(2024, 10, 30), country: "NER", fatalities: 0, name: "=HYPERLINK(\"http://x\")"),
        Incident("SYN-SEN", new LocalDate(2024, 10, 30), country: "SEN"),
        Incident("SYN-C", new LocalDate(2024, 10, 31), country: "BFA", fatalities: 3),
        Incident("SYN-D", new LocalDate(2024, 11, 2), fatalities: 2),
        Incident("SYN-E", new LocalDate(2024, 11, 3), fatalities: 5),
        Incident("SYN-W45", new LocalDate(2024, 11, 4)),
    ];

    private static readonly string[] s_periodIds = ["SYN-A", "SYN-B", "SYN-C", "SYN-D", "SYN-E"];

    private static SituationReport Report(ReportLanguage? language = null) =>
        new WeeklySituationReportBuilder(new WeeklyReportOptions { Language = language ?? ReportLanguage.English, Clock = new NodaTime.Testing.FakeClock(Now) }).Build(Data(), s_week);

    private static byte[] Render(SituationReport report, ExcelReportOptions? options = null) => report.ToXlsx(options ?? Options());

    private static int Column(IXLTable table, string name) => table.Field(name).Index + 1;

    [Fact]
    public void ReportWorkbook_ListsTheIncidentsOfThePeriod_AsTheLastSheet()
    {
        SituationReport report = Report();
        Assert.Equal(8, report.Incidents!.Count); // the covered countries' incidents, every date (Senegal left out)
        byte[] bytes = Render(report);
        using XLWorkbook wb = Open(bytes);
        IXLWorksheet sheet = wb.Worksheets.Last();
        Assert.Equal("Incidents", sheet.Name);
        IXLTable table = Assert.Single(sheet.Tables);
        Assert.Equal("Incidents", table.Name);
        Assert.True(table.ShowAutoFilter);
        IXLRangeRow[] rows = table.DataRange.Rows().ToArray();
        Assert.Equal(s_periodIds, rows.Select(r => r.Cell(1).GetString())); // hand count, source order
        Assert.Equal(14 + 0 + 3 + 2 + 5, rows.Sum(r => r.Cell(Column(table, "fatalities")).GetDouble()));
        Assert.Equal(XLDataType.Number, rows[0].Cell(Column(table, "fatalities")).DataType);
        Assert.Equal(new DateTime(2024, 10, 28), rows[0].Cell(Column(table, "event_date")).GetDateTime());
        Assert.Equal(new DateTime(2024, 11, 3), rows[4].Cell(Column(table, "event_date")).GetDateTime());
        Assert.Equal("yyyy-mm-dd", rows[0].Cell(Column(table, "event_date")).Style.NumberFormat.Format);
        Assert.Equal(-3.61, rows[0].Cell(Column(table, "longitude")).GetDouble());
        IXLCell hostile = rows[1].Cell(Column(table, "location"));
        Assert.Equal("=HYPERLINK(\"http://x\")", hostile.GetString());
        Assert.False(hostile.HasFormula);
        Assert.True(hostile.Style.IncludeQuotePrefix);
        Assert.Equal(1, sheet.SheetView.SplitRow);

        // The other sheets are ClosedXML's and are unchanged: their tables keep their own ids.
        Assert.Equal("Summary", wb.Worksheets.First().Name);
        Assert.Equal(wb.Worksheets.SelectMany(w => w.Tables).Count(), wb.Worksheets.SelectMany(w => w.Tables).Select(t => t.Name).Distinct().Count());
    }

    [Fact]
    public void IncidentSheet_RawParts_TypedCells_FrozenHeader_FilterAndWidths()
    {
        byte[] bytes = Render(Report());
        XDocument sheet = SheetXml(bytes, "Incidents");
        XElement pane = sheet.Descendants(s_main + "pane").Single();
        Assert.Equal("frozen", (string?)pane.Attribute("state"));
        Assert.Equal("1", (string?)pane.Attribute("ySplit"));
        Assert.Equal("A2", (string?)pane.Attribute("topLeftCell"));

        XElement[] rows = sheet.Descendants(s_main + "row").ToArray();
        Assert.Equal(1 + 5, rows.Length);
        XElement[] first = rows[1].Elements(s_main + "c").ToArray();
        XElement Cell(string column) => first.Single(c => ((string)c.Attribute("r")!).Equals(column + "2", StringComparison.Ordinal));
        Assert.Equal("inlineStr", (string?)Cell("A").Attribute("t")); // event_id_cnty
        Assert.Null(Cell("B").Attribute("t"));                          // event_date: a number (serial 45593 = 2024-10-28)
        Assert.Equal("45593", Cell("B").Element(s_main + "v")!.Value);
        Assert.Equal("14", Cell("AB").Element(s_main + "v")!.Value);   // fatalities

        // Date style: the cell format points at a yyyy-mm-dd number format added to ClosedXML's stylesheet.
        XDocument styles = Part(bytes, "xl/styles.xml");
        int dateStyle = int.Parse((string)Cell("B").Attribute("s")!, CultureInfo.InvariantCulture);
        string formatId = (string)styles.Descendants(s_main + "cellXfs").Single().Elements(s_main + "xf").ElementAt(dateStyle).Attribute("numFmtId")!;
        Assert.Equal("yyyy-mm-dd", (string?)styles.Descendants(s_main + "numFmt").Single(f => (string?)f.Attribute("numFmtId") == formatId).Attribute("formatCode"));

        // Widths measured with Calibri Bold 11's advance widths (px at 96 dpi, read from Carlito Bold with fontTools, outside this
        // code), converted as ECMA-376 §18.3.1.13 does: ceil((px + 5) / 7 × 256) / 256. The 29-character note is 167 px →
        // 24.57421875 (it was 31 characters wide when counted); the 22-character hostile name 146 px → 21.57421875; the header
        // "event_id_cnty" 86 px plus 16 px for its filter button → 15.2890625.
        Dictionary<int, double> widths = sheet.Descendants(s_main + "col").ToDictionary(c => (int)c.Attribute("min")!, c => (double)c.Attribute("width")!);
        Assert.Equal(24.57421875, widths[27]);
        Assert.Equal(21.57421875, widths[21]);
        Assert.Equal(15.2890625, widths[1]);

        // The table part: reference and autofilter over the header and the five rows.
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        XDocument table = zip.Entries.Where(e => e.FullName.StartsWith("xl/tables/", StringComparison.Ordinal)).Select(e => Part(zip, e.FullName))
            .Single(d => (string?)d.Root!.Attribute("name") == "Incidents");
        Assert.Equal("A1:AD6", (string?)table.Root!.Attribute("ref"));
        Assert.Equal("A1:AD6", (string?)table.Root!.Element(s_main + "autoFilter")!.Attribute("ref"));
        Assert.Equal(30, table.Descendants(s_main + "tableColumn").Count());

        // docProps/app.xml lists the worksheets (ClosedXML's seven, then ours) before the named ranges.
        XNamespace vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
        XDocument app = Part(bytes, "docProps/app.xml");
        string[] titles = app.Descendants(vt + "lpstr").Select(t => t.Value).ToArray();
        int worksheets = (int)app.Descendants(vt + "i4").First();
        using (XLWorkbook wb = Open(bytes))
        {
            Assert.Equal(wb.Worksheets.Count, worksheets);
            Assert.Equal(wb.Worksheets.Select(w => w.Name), titles.Take(worksheets));
        }

        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        ValidationErrorInfo[] errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void IncidentSheet_SameReportAndClock_IdenticalBytes()
    {
        SituationReport report = Report();
        Assert.Equal(Render(report), Render(report));
        Assert.Equal(Render(report), Render(Report()));
    }

    [Fact]
    public void Scope_AllIncidents_None_AndCallerIncidents()
    {
        using (XLWorkbook all = Open(Render(Report(), Options() with { IncidentSheet = IncidentSheetScope.AllIncidents })))
        {
            Assert.Equal(8, all.Worksheet("Incidents").Tables.Single().DataRange.RowCount()); // the covered countries' incidents of every date
        }

        using (XLWorkbook none = Open(Render(Report(), Options() with { IncidentSheet = IncidentSheetScope.None })))
        {
            Assert.DoesNotContain(none.Worksheets, w => w.Name == "Incidents");
        }

        // Caller's incidents replace the report's; still filtered to the period (SYN-SEN is in the period: the caller chose it).
        using XLWorkbook caller = Open(Render(Report(), Options() with { Incidents = Data() }));
        Assert.Equal(["SYN-A", "SYN-B", "SYN-SEN", "SYN-C", "SYN-D", "SYN-E"], caller.Worksheet("Incidents").Tables.Single().DataRange.Rows().Select(r => r.Cell(1).GetString()));

        // A report built by hand carries no incidents: no sheet.
        using XLWorkbook plain = Open(Render(SahelReports.Tests.Shared.SampleReports.Weekly(ReportLanguage.English)));
        Assert.DoesNotContain(plain.Worksheets, w => w.Name == "Incidents");
    }

    [Fact]
    public void HxlRow_FollowsTheHeader_AndFrenchFormats()
    {
        byte[] bytes = Render(Report(ReportLanguage.French), Options() with { IncludeHxlRow = true });
        using XLWorkbook wb = Open(bytes);
        IXLWorksheet sheet = wb.Worksheet("Incidents");
        Assert.Equal("event_id_cnty", sheet.Cell(1, 1).GetString());
        Assert.Equal("#event+id", sheet.Cell(2, 1).GetString());
        Assert.Equal("#affected+killed", sheet.Cell(2, 28).GetString());
        Assert.Equal("SYN-A", sheet.Cell(3, 1).GetString());
        Assert.Equal(2, sheet.SheetView.SplitRow);
        Assert.Equal("dd/mm/yyyy", sheet.Cell(3, 2).Style.NumberFormat.Format);
        Assert.Equal("A1:AD7", sheet.Tables.Single().RangeAddress.ToStringRelative()); // header, HXL row, five incidents
    }

    [Fact]
    public void EmptyPeriod_GivesAHeaderAndAnEmptyTable()
    {
        SituationReport report = new WeeklySituationReportBuilder().Build(Data(), new IsoWeek(2024, 46));
        using XLWorkbook wb = Open(Render(report));
        IXLWorksheet sheet = wb.Worksheet("Incidents");
        Assert.Equal("event_id_cnty", sheet.Cell(1, 1).GetString());
        Assert.True(sheet.Cell(2, 1).IsEmpty());
        Assert.Equal("A1:AD2", sheet.Tables.Single().RangeAddress.ToStringRelative());
    }

    [Fact]
    public void LongNote_IsTruncated_AndReported()
    {
        SituationReport report = Report();
        var incidents = report.Incidents!.ToList();
        incidents[1] = Incident("SYN-A", new LocalDate(2024, 10, 28), notes: new string('x', 40_000));
        ExcelWriteResult result;
        using (var stream = new MemoryStream())
        {
            result = report.WriteXlsx(stream, Options() with { Incidents = incidents });
        }

        Assert.Equal(["Incidents!AA2"], result.TruncatedCells);
    }
}
