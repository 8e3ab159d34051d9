using System.Text;
using NodaTime;
using SahelReports.Analysis;
using SahelReports.Displacement;
using SahelReports.Excel;
using SahelReports.Import;
using SahelReports.Import.Displacement;
using SahelReports.Incidents;
using SahelReports.Pdf;
using SahelReports.Reporting;
using SahelReports.Tests.TestSupport;
using WeeklyBriefing;

namespace SahelReports.Tests.Hardening;

/// <summary>The sample's whole path (samples/data → weekly report → Markdown, PDF, XLSX) as bytes, for determinism and thread-safety checks.</summary>
internal static class SamplePipeline
{
    public static string DataDirectory => Path.Combine(TestPaths.RepoRoot, "samples", "data");

    public static ImportResult<IncidentSet> ImportIncidents() =>
        AcledImporter.ImportFiles([Path.Combine(DataDirectory, BriefingSample.IncidentFile)]);

    public static ImportResult<DisplacementSet> ImportDisplacement() =>
        DisplacementImporter.ImportFiles(BriefingSample.DisplacementFiles.Select(f => Path.Combine(DataDirectory, f)));

    /// <summary>Builds the weekly report of the sample's latest full week, as the sample does.</summary>
    public static SituationReport Build(IncidentSet incidents, DisplacementSet displacement, ReportLanguage language, IClock clock)
    {
        IsoWeek week = WeeklySituationReportBuilder.LatestFullWeek(incidents);
        var options = new WeeklyReportOptions { Language = language, Clock = clock, ReportNumber = week.ToString(), Publisher = new Publisher("SahelReports hardening test") };
        return new WeeklySituationReportBuilder(options).Build(incidents, week, displacement);
    }

    /// <summary>Imports, builds and renders in the calling thread's culture: Markdown, PDF and XLSX bytes.</summary>
    public static (byte[] Markdown, byte[] Pdf, byte[] Xlsx) Render(ReportLanguage language, IClock clock)
    {
        SituationReport report = Build(ImportIncidents().Data, ImportDisplacement().Data, language, clock);
        return Render(report, clock);
    }

    /// <summary>Renders a report as Markdown (UTF-8), PDF and XLSX bytes.</summary>
    public static (byte[] Markdown, byte[] Pdf, byte[] Xlsx) Render(SituationReport report, IClock clock) =>
        (Encoding.UTF8.GetBytes(report.ToMarkdown()), report.ToPdf(new PdfReportOptions { Clock = clock }), report.ToXlsx(new ExcelReportOptions { Clock = clock }));
}
