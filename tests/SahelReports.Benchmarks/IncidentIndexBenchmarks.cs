using BenchmarkDotNet.Attributes;
using SahelReports.Analysis;
using SahelReports.Incidents;

namespace SahelReports.Benchmarks;

/// <summary>Aggregation of 1M incidents through an <see cref="IncidentIndex"/> (columns built once), against the object path
/// (budget: ≤ 50 ms for admin1 × ISO week, DESIGN.md §5).</summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class IncidentIndexBenchmarks
{
    private ConflictIncident[] _incidents = [];
    private IncidentIndex _index = IncidentIndex.Create([]);

    [GlobalSetup]
    public void Setup()
    {
        _incidents = BenchmarkData.InMemoryIncidents();
        _index = IncidentIndex.Create(_incidents);

        // Build the admin1 and week columns once, as the first aggregation of a report would.
        _ = IncidentAggregator.Aggregate(_index, AggregateDimension.Admin1, AggregateDimension.Period);
    }

    [Benchmark]
    public IncidentAggregate Aggregate_1M_Admin1ByIsoWeek_Indexed() =>
        IncidentAggregator.Aggregate(_index, AggregateDimension.Admin1, AggregateDimension.Period);

    [Benchmark(Baseline = true)]
    public IncidentAggregate Aggregate_1M_Admin1ByIsoWeek_Objects() =>
        IncidentAggregator.Aggregate(_incidents, AggregateDimension.Admin1, AggregateDimension.Period);

    [Benchmark]
    public IncidentIndex Create_1M() => IncidentIndex.Create(_incidents);
}
