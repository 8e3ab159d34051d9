using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using NodaTime;
using NodaTime.Testing;
using SahelReports.Reporting;

namespace SahelReports.Excel.Tests;

/// <summary>Renders reports with a fixed clock and reopens the bytes with ClosedXML and as raw XML parts.</summary>
internal static class WorkbookTestSupport
{
    public static readonly Instant Now = Instant.FromUtc(2024, 11, 4, 9, 30, 15);

    public static ExcelReportOptions Options(Instant? now = null) => new() { Clock = new FakeClock(now ?? Now) };

    public static byte[] Render(SituationReport report) => report.ToXlsx(Options());

    public static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    /// <summary>Returns the XML of the worksheet part for <paramref name="sheetName"/>.</summary>
    public static XDocument SheetXml(byte[] bytes, string sheetName)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        XDocument workbook = Part(zip, "xl/workbook.xml");
        string id = workbook.Descendants(main + "sheet").Single(s => (string?)s.Attribute("name") == sheetName).Attribute(rel + "id")!.Value;
        XDocument rels = Part(zip, "xl/_rels/workbook.xml.rels");
        string target = rels.Root!.Elements().Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        string path = target.StartsWith('/') ? target[1..] : "xl/" + target;
        return Part(zip, path);
    }

    public static XDocument Part(ZipArchive zip, string path)
    {
        using Stream s = zip.GetEntry(path)!.Open();
        return XDocument.Load(s);
    }

    public static XDocument Part(byte[] bytes, string path)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return Part(zip, path);
    }

    public static IReadOnlyList<string> EntryNames(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }
}
