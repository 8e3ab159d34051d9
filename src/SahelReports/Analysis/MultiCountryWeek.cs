namespace SahelReports.Analysis;

/// <summary>A week with activity in two or more countries (<see cref="ConflictPatterns.MultiCountryWeeks"/>).</summary>
/// <param name="Week">The ISO week.</param>
/// <param name="ByCountry">The counts per country (ISO alpha-3), sorted by code.</param>
public sealed record MultiCountryWeek(ReportingPeriod Week, IReadOnlyDictionary<string, AggregateCounts> ByCountry)
{
    /// <summary>Gets the countries with activity, sorted by ISO alpha-3.</summary>
    public IReadOnlyList<string> Countries => [.. ByCountry.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Gets the counts over all the countries.</summary>
    public AggregateCounts Total => ByCountry.Values.Aggregate(default(AggregateCounts), (a, b) => a + b);
}
