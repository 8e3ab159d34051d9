using System.Globalization;
using NodaTime;
using SahelReports.Analysis;
using SahelReports.Displacement;
using SahelReports.Excel;
using SahelReports.Import;
using SahelReports.Import.Displacement;
using SahelReports.Incidents;
using SahelReports.Pdf;
using SahelReports.Reporting;

namespace WeeklyBriefing;

/// <summary>The whole path on the bundled synthetic data: import, build the weekly report, write it in English and French.</summary>
public static class BriefingSample
{
    /// <summary>The bundled incident file.</summary>
    public const string IncidentFile = "acled-sahel-synthetic.csv";

    /// <summary>The bundled displacement files: IOM DTM (HDX layout) and UNHCR.</summary>
    public static readonly IReadOnlyList<string> DisplacementFiles = ["dtm-idps-synthetic.csv", "unhcr-idps-synthetic.csv"];

    /// <summary>Imports the sample data, builds the report of the latest full week and writes it in every report language.</summary>
    /// <param name="dataDirectory">The folder holding the sample files (<c>samples/data</c>).</param>
    /// <param name="outputDirectory">The folder to write to; created when missing.</param>
    /// <param name="clock">The clock that stamps "generated on" (a fixed clock gives identical files run after run).</param>
    /// <param name="log">Where progress lines go.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Run(string dataDirectory, string outputDirectory, IClock clock, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);

        // 1. Import: every row is accounted for (read = accepted + rejected + merged).
        ImportResult<IncidentSet> incidents = AcledImporter.ImportFiles([Path.Combine(dataDirectory, IncidentFile)]);
        ImportReport import = incidents.Report;
        log.WriteLine($"{IncidentFile}: {import.RowsRead} rows read, {import.Accepted} accepted, {import.Rejected} rejected, {import.Merged} merged.");

        ImportResult<DisplacementSet> displacement = DisplacementImporter.ImportFiles(DisplacementFiles.Select(f => Path.Combine(dataDirectory, f)));
        ImportReport idps = displacement.Report;
        log.WriteLine($"displacement: {idps.RowsRead} rows read, {idps.Accepted} accepted, {idps.Rejected} rejected, {idps.Merged} merged.");

        // 2. The latest complete ISO week of the data (2024-W44 for the bundled data).
        IsoWeek week = WeeklySituationReportBuilder.LatestFullWeek(incidents.Data);

        // 3. One report per language, written as PDF (SahelReports.Pdf), Excel (SahelReports.Excel) and Markdown.
        Directory.CreateDirectory(outputDirectory);
        var written = new List<string>();
        foreach (ReportLanguage language in ReportLanguage.All)
        {
            var options = new WeeklyReportOptions
            {
                Language = language,
                Clock = clock,
                ReportNumber = string.Create(CultureInfo.InvariantCulture, $"{week.WeekYear}/{week.Week:D2}"),
                Publisher = new Publisher(language == ReportLanguage.French ? "Exemple SahelReports — données synthétiques, à ne pas utiliser" : "SahelReports sample — synthetic data, not for use"),
            };
            SituationReport report = new WeeklySituationReportBuilder(options).Build(incidents.Data, week, displacement.Data);
            string stem = Path.Combine(outputDirectory, $"sitrep-{week}-{language.Code}");
            report.WritePdf(stem + ".pdf", new PdfReportOptions { Clock = clock });
            report.WriteXlsx(stem + ".xlsx", new ExcelReportOptions { Clock = clock });
            report.WriteMarkdown(stem + ".md");
            foreach (string path in new[] { stem + ".pdf", stem + ".xlsx", stem + ".md" })
            {
                written.Add(path);
                log.WriteLine($"wrote {path}");
            }
        }

        return written;
    }

    /// <summary>Finds <c>samples/data</c> above the program's folder or the current folder.</summary>
    /// <returns>The folder.</returns>
    /// <exception cref="DirectoryNotFoundException">No <c>samples/data</c> folder holds the sample incident file.</exception>
    public static string FindSampleData()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (string? dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                string candidate = Path.Combine(dir, "samples", "data");
                if (File.Exists(Path.Combine(candidate, IncidentFile)))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"Could not find samples/data/{IncidentFile} above '{AppContext.BaseDirectory}' or the current folder; pass the data folder as the first argument.");
    }
}
