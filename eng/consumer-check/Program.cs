// The consumer check (run by .ci/consumer-check): an app OUTSIDE the solution that references the SahelReports packages
// by version from a local folder, as a NuGet user would, builds the weekly report of the bundled sample data and checks
// the PDF and the workbook it wrote. It proves that fonts, native SkiaSharp/HarfBuzz assets and resources travel
// through the packages. Usage: consumer-check <samples/data folder> <output folder>
using System.Globalization;
using ClosedXML.Excel;
using NodaTime;
using SahelReports.Analysis;
using SahelReports.Excel;
using SahelReports.Import;
using SahelReports.Import.Displacement;
using SahelReports.Pdf;
using SahelReports.Reporting;
using UglyToad.PdfPig;

string data = args[0];
string output = Directory.CreateDirectory(args[1]).FullName;
var failures = new List<string>();
void Check(bool ok, string what)
{
    Console.WriteLine((ok ? "  ok   " : "  FAIL ") + what);
    if (!ok) failures.Add(what);
}

var incidents = AcledImporter.ImportFiles([Path.Combine(data, "acled-sahel-synthetic.csv")]);
var idps = DisplacementImporter.ImportFiles([Path.Combine(data, "dtm-idps-synthetic.csv"), Path.Combine(data, "unhcr-idps-synthetic.csv")]);
ImportReport import = incidents.Report;
Check(import.RowsRead > 0 && import.RowsRead == import.Accepted + import.Rejected + import.Merged,
    $"import accounts for every row: {import.RowsRead} read = {import.Accepted} accepted + {import.Rejected} rejected + {import.Merged} merged");

IsoWeek week = WeeklySituationReportBuilder.LatestFullWeek(incidents.Data);
IClock clock = new FixedClock(Instant.FromUtc(2024, 11, 5, 8, 0));
foreach (ReportLanguage language in ReportLanguage.All)
{
    var report = new WeeklySituationReportBuilder(new WeeklyReportOptions { Language = language, Clock = clock })
        .Build(incidents.Data, week, idps.Data);
    string pdf = Path.Combine(output, $"sitrep-{week}-{language.Code}.pdf");
    string xlsx = Path.Combine(output, $"sitrep-{week}-{language.Code}.xlsx");
    report.WritePdf(pdf, new PdfReportOptions { Clock = clock });
    report.WriteXlsx(xlsx, new ExcelReportOptions { Clock = clock });

    // The PDF: readable, with the embedded fonts' text extractable and every key figure present.
    using (PdfDocument document = PdfDocument.Open(pdf))
    {
        string text = string.Join('\n', document.GetPages().Select(p => p.Text));
        Check(document.NumberOfPages >= 2, $"{language.Code} PDF has {document.NumberOfPages} pages");
        Check(text.Contains(report.Metadata.Title, StringComparison.Ordinal) || text.Replace(" ", "", StringComparison.Ordinal).Contains(report.Metadata.Title.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal),
            $"{language.Code} PDF shows the title '{report.Metadata.Title}'");
        var culture = CultureInfo.GetCultureInfo(language.Code);
        foreach (KeyFigure figure in report.KeyFigures)
        {
            string value = figure.Value.ToString("N0", culture);
            Check(text.Contains(value, StringComparison.Ordinal) || text.Contains(value.Replace('\u202F', ' ').Replace('\u00A0', ' '), StringComparison.Ordinal),
                $"{language.Code} PDF shows key figure {figure.Label} = {value}");
        }
        bool embedded = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().All(n => n.Contains('+', StringComparison.Ordinal));
        Check(embedded, $"{language.Code} PDF fonts are embedded subsets");
    }

    // The workbook: ClosedXML (a dependency of SahelReports.Excel) reopens it; the summary holds every key figure.
    using (var workbook = new XLWorkbook(xlsx))
    {
        Check(workbook.Worksheets.Count >= 3, $"{language.Code} workbook has {workbook.Worksheets.Count} sheets");
        var numbers = workbook.Worksheets.First().CellsUsed().Where(c => c.DataType == XLDataType.Number).Select(c => c.GetDouble()).ToHashSet();
        foreach (KeyFigure figure in report.KeyFigures)
        {
            Check(numbers.Contains(figure.Value), $"{language.Code} workbook summary holds key figure {figure.Label} = {figure.Value}");
        }
    }
}

Console.WriteLine(failures.Count == 0 ? "  all consumer app checks passed" : $"  consumer app checks FAILED: {failures.Count}");
return failures.Count == 0 ? 0 : 1;

/// <summary>The report's "generated on" instant, fixed so that runs compare.</summary>
internal sealed class FixedClock(Instant instant) : IClock
{
    public Instant GetCurrentInstant() => instant;
}
