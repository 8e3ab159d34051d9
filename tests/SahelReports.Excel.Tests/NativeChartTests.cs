using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using SahelReports.Reporting;
using SahelReports.Tests.Shared;
using static SahelReports.Excel.Tests.WorkbookTestSupport;

namespace SahelReports.Excel.Tests;

public sealed class NativeChartTests
{
    private static readonly XNamespace s_c = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private static XDocument ChartPart(byte[] bytes, int number)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        string suffix = "charts/chart" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".xml";
        return Part(zip, zip.Entries.Single(e => e.FullName.EndsWith(suffix, StringComparison.Ordinal)).FullName);
    }

    [Fact]
    public void TrendChart_IsANativeLineChart_LinkedToTheTrendsRanges()
    {
        byte[] bytes = Render(SampleReports.Weekly(ReportLanguage.English));
        using XLWorkbook wb = Open(bytes);
        IXLTable table = wb.Worksheet("Trends").Tables.Single(t => t.Fields.First().Name != "Statistic"); // the series, not their statistics
        int header = table.HeadersRow().RowNumber();
        int first = header + 1;
        int last = header + 12;

        XDocument chart = ChartPart(bytes, 1);
        XElement[] lineCharts = chart.Descendants(s_c + "lineChart").ToArray();
        Assert.Equal(2, lineCharts.Length); // events on the primary axis, fatalities on the secondary axis
        XElement[] series = chart.Descendants(s_c + "ser").ToArray();
        Assert.Equal(2, series.Length);
        Assert.Equal($"'Trends'!$B${header}", series[0].Element(s_c + "tx")!.Descendants(s_c + "f").Single().Value);
        Assert.Equal($"'Trends'!$A${first}:$A${last}", series[0].Element(s_c + "cat")!.Descendants(s_c + "f").Single().Value);
        Assert.Equal($"'Trends'!$B${first}:$B${last}", series[0].Element(s_c + "val")!.Descendants(s_c + "f").Single().Value);
        Assert.Equal($"'Trends'!$C${first}:$C${last}", series[1].Element(s_c + "val")!.Descendants(s_c + "f").Single().Value);

        // The cached values are the sample's hand-written weekly fatalities.
        double[] cached = series[1].Element(s_c + "val")!.Descendants(s_c + "v").Select(v => double.Parse(v.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal([12, 20, 9, 15, 31, 10, 25, 14, 18, 11, 15, 23], cached);
        Assert.Equal(2, chart.Descendants(s_c + "valAx").Count());
        Assert.Equal("r", chart.Descendants(s_c + "valAx").Last().Element(s_c + "axPos")!.Attribute("val")!.Value);

        // The cell ranges the chart reads hold the same values.
        Assert.Equal(cached, Enumerable.Range(first, 12).Select(r => wb.Worksheet("Trends").Cell(r, 3).GetDouble()));
    }

    [Fact]
    public void Package_IsValidOpenXml_AndTheDrawingHangsOffTheTrendsSheet()
    {
        byte[] bytes = Render(SampleReports.Weekly(ReportLanguage.French));
        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        ValidationErrorInfo[] errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));

        WorkbookPart workbook = document.WorkbookPart!;
        DocumentFormat.OpenXml.Spreadsheet.Sheet trends = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "Tendances");
        var part = (WorksheetPart)workbook.GetPartById(trends.Id!);
        Assert.NotNull(part.DrawingsPart);
        Assert.Single(part.DrawingsPart!.ChartParts);
        Assert.Null(workbook.WorksheetParts.Where(p => p != part).FirstOrDefault(p => p.DrawingsPart is not null));
    }

    [Fact]
    public void BarChart_UsesBarChartElements()
    {
        SituationReport report = SampleReports.Weekly(ReportLanguage.English);
        report.Sections.Add(new ReportSection("regions", "Regions",
            [new ChartBlock("Events by region", ChartKind.HorizontalBar, ["Mopti", "Boucle du Mouhoun", "Tillabéri"], [new ChartSeries("Events", [2, 1, 1])])]));
        byte[] bytes = Render(report);
        XDocument chart = ChartPart(bytes, 2);
        XElement bar = chart.Descendants(s_c + "barChart").Single();
        Assert.Equal("bar", bar.Element(s_c + "barDir")!.Attribute("val")!.Value);
        Assert.Equal([2d, 1d, 1d], bar.Descendants(s_c + "val").Descendants(s_c + "v").Select(v => double.Parse(v.Value, System.Globalization.CultureInfo.InvariantCulture)));

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("xl/drawings/", StringComparison.Ordinal) && e.FullName.EndsWith("drawing1.xml", StringComparison.Ordinal));
    }
}
