using BenchmarkDotNet.Attributes;
using SahelReports.Analysis;
using SahelReports.Import;
using SahelReports.Incidents;

namespace SahelReports.Benchmarks;

/// <summary>
/// Importing the 1M-row synthetic ACLED file (DESIGN.md §5): into an <see cref="IncidentSet"/> (budget ≤ 1.5 s, ≤ 500 MB
/// peak), and streamed straight into a weekly aggregate (budget ≤ 0.9 s, ≤ 100 MB peak). Peak memory comes from the
/// single-shot <c>peak import</c> / <c>peak stream</c> runs; MemoryDiagnoser gives the managed bytes allocated.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class AcledImportBenchmarks
{
    private string _path = "";

    [GlobalSetup]
    public void Setup() => _path = BenchmarkData.EnsureAcledFile();

    [Benchmark]
    public int Import_1M_IntoIncidentSet()
    {
        ImportResult<IncidentSet> result = AcledImporter.Import(_path);
        return result.Data.Count;
    }

    [Benchmark]
    public int StreamingImport_1M_WeeklyAggregateByAdmin1()
    {
        using FileStream stream = File.OpenRead(_path);
        using AcledReader reader = AcledReader.Read(stream, Path.GetFileName(_path));
        IncidentAggregate aggregate = IncidentAggregator.Aggregate(reader.ReadIncidents(), AggregateDimension.Country, AggregateDimension.Admin1, AggregateDimension.Period);
        return aggregate.Rows.Count;
    }
}
