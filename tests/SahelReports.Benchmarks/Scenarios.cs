using System.Globalization;
using SahelReports.Analysis;
using SahelReports.Incidents;

namespace SahelReports.Benchmarks;

/// <summary>The work of each benchmark as a plain function, for single-shot peak-memory runs (<c>peak &lt;name&gt;</c>).</summary>
internal static class Scenarios
{
    private static ConflictIncident[]? s_incidents;

    public static IReadOnlyList<string> Names { get; } = ["aggregate"];

    /// <summary>Prepares inputs outside the measured part (file generation, in-memory incidents).</summary>
    public static void Prepare(string name)
    {
        if (name == "aggregate")
        {
            s_incidents = BenchmarkData.InMemoryIncidents();
        }
    }

    public static Func<string>? Get(string name) => name switch
    {
        "aggregate" => () =>
        {
            IncidentAggregate a = IncidentAggregator.Aggregate(s_incidents!, AggregateDimension.Admin1, AggregateDimension.Period);
            return string.Create(CultureInfo.InvariantCulture, $"{a.Rows.Count} groups");
        },
        _ => null,
    };
}
