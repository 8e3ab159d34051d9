using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NodaTime;
using SahelReports.Incidents;
using SahelReports.Pdf;
using SahelReports.Reporting;

namespace SahelReports.Benchmarks;

/// <summary>PDF budgets (DESIGN.md §5, issue 6): the weekly report ≤ 0.5 s warm and ≤ 250 KB; a 100,000-row incident annex ≤ 5 s and ≤ 150 MB.</summary>
/// <remarks>The incidents come from the fixed-seed generator (<see cref="BenchmarkData.InMemoryIncidents"/>); the weekly report is
/// built from them by <see cref="WeeklySituationReportBuilder"/> for the latest full week, outside the timing. The annex is that
/// report followed by the incidents streamed into an annex table (<see cref="IncidentAnnexPdfExtensions.WritePdfWithIncidentAnnex(SituationReport, IEnumerable{ConflictIncident}, Stream, PdfReportOptions?)"/>);
/// <see cref="AnnexReport"/> builds the same annex as report table cells (the <c>peak pdf-annex-cells</c> scenario).</remarks>
[MemoryDiagnoser]
[Config(typeof(LongRunConfig))]
public class PdfBenchmarks
{
    /// <summary>Rows in the incident annex.</summary>
    public const int AnnexRows = 100_000;

    private static readonly Instant s_now = Instant.FromUtc(2025, 1, 6, 8, 0);
    private SituationReport _weekly = null!;
    private ConflictIncident[] _incidents = null!;

    /// <summary>Gets the rendering options of every PDF benchmark: a fixed clock, A4 portrait.</summary>
    public static PdfReportOptions Options { get; } = new() { Clock = new FixedClock(s_now) };

    /// <summary>Builds the weekly report of the latest full week of <paramref name="incidents"/>.</summary>
    public static SituationReport WeeklyReport(IEnumerable<ConflictIncident> incidents) =>
        new WeeklySituationReportBuilder().Build(incidents, WeeklySituationReportBuilder.LatestFullWeek(incidents));

    /// <summary>
    /// The weekly report plus an "Incident annex" section: one table row per incident (event id, date, admin 1, location,
    /// event type, fatalities with a totals row), in the incidents' order.
    /// </summary>
    public static SituationReport AnnexReport(IReadOnlyList<ConflictIncident> incidents)
    {
        SituationReport report = WeeklyReport(incidents);
        var rows = new List<IReadOnlyList<TableCell>>(incidents.Count);
        foreach (ConflictIncident i in incidents)
        {
            rows.Add([i.Id, i.Date, i.Location.Admin1 ?? "", i.Location.Name ?? "", AcledTaxonomy.GetName(i.EventType), (long)i.Fatalities]);
        }

        var table = new TableBlock(
            "Incident list",
            [new TableColumn("Event id"), new TableColumn("Date", ColumnKind.Date), new TableColumn("Admin 1"), new TableColumn("Location"), new TableColumn("Event type"), new TableColumn("Fatalities", ColumnKind.Integer, Sum: true)],
            rows,
            totalsLabel: "Total");
        report.Sections.Add(new ReportSection("annex", "Incident annex", [table]));
        return report;
    }

    [GlobalSetup]
    public void Setup()
    {
        ConflictIncident[] incidents = BenchmarkData.InMemoryIncidents(AnnexRows);
        _weekly = WeeklyReport(incidents);
        _incidents = incidents;
    }

    [Benchmark]
    public int WeeklyReport_Pdf() => _weekly.ToPdf(Options).Length;

    [Benchmark]
    public long IncidentAnnex_100k()
    {
        using var stream = new MemoryStream();
        _weekly.WritePdfWithIncidentAnnex(_incidents, stream, Options);
        return stream.Length;
    }

    /// <summary>
    /// <see cref="ShortConfig"/>'s job with a 30-minute in-process timeout: BenchmarkDotNet's default aborted the annex
    /// (about 25 s per operation while the shared machine was loaded) as "takes too long to run".
    /// </summary>
    public sealed class LongRunConfig : ManualConfig
    {
        public LongRunConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithId("ShortInProcess"));
        }
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
