using BenchmarkDotNet.Attributes;
using NodaTime;
using SahelReports.Excel;
using SahelReports.Incidents;
using SahelReports.Reporting;
using SahelReports.Synthetic;

namespace SahelReports.Benchmarks;

/// <summary>Excel budgets (DESIGN.md §5): the weekly workbook ≤ 1 s; a 100,000-row incident sheet ≤ 4 s and ≤ 400 MB.</summary>
/// <remarks>The incidents come from the fixed-seed generator with their notes and sources kept (they are most of a sheet's bytes);
/// the weekly report is built from them by <see cref="WeeklySituationReportBuilder"/> for the latest full week, outside the timing.</remarks>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class ExcelBenchmarks
{
    private const int SheetRows = 100_000;

    private static readonly Instant s_now = Instant.FromUtc(2025, 1, 6, 8, 0);
    private ConflictIncident[] _incidents = [];
    private SituationReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _incidents = new AcledGenerator(BenchmarkData.Options).Generate(SheetRows).Select(e => e.ToIncident()).ToArray();
        _report = new WeeklySituationReportBuilder().Build(_incidents, WeeklySituationReportBuilder.LatestFullWeek(_incidents));
    }

    [Benchmark]
    public int WeeklyWorkbook() => _report.ToXlsx(new ExcelReportOptions { Clock = new FixedClock(s_now) }).Length;

    [Benchmark]
    public long IncidentSheet_100k()
    {
        using var stream = new MemoryStream();
        _incidents.WriteXlsx(stream, new ExcelExportOptions { Clock = new FixedClock(s_now) });
        return stream.Length;
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
