using BenchmarkDotNet.Attributes;
using SahelReports.Analysis;
using SahelReports.Incidents;

namespace SahelReports.Benchmarks;

/// <summary>Aggregation of 1M in-memory incidents (budget: ≤ 50 ms for admin1 × ISO week, DESIGN.md §5).</summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class IncidentAggregatorBenchmarks
{
    private ConflictIncident[] _incidents = [];

    [GlobalSetup]
    public void Setup() => _incidents = BenchmarkData.InMemoryIncidents();

    [Benchmark]
    public IncidentAggregate Aggregate_1M_Admin1ByIsoWeek() =>
        IncidentAggregator.Aggregate(_incidents, AggregateDimension.Admin1, AggregateDimension.Period);

    /// <summary>The floor: read each incident's date, location and fatalities once (memory traffic, no grouping).</summary>
    [Benchmark(Baseline = true)]
    public long Touch_1M_DateLocationFatalities()
    {
        long sum = 0;
        foreach (ConflictIncident incident in _incidents)
        {
            sum += incident.Date.Day + incident.Location.CountryAlpha3.Length + (incident.Location.Admin1Code is null ? 0 : 1) + incident.Fatalities;
        }

        return sum;
    }

    [Benchmark]
    public IncidentAggregate Aggregate_1M_CountryByIsoWeek() =>
        IncidentAggregator.Aggregate(_incidents, AggregateDimension.Country, AggregateDimension.Period);
}
