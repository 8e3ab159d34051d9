namespace SahelReports.Analysis;

/// <summary>Activity in the Liptako-Gourma tri-border zone in one period (<see cref="LiptakoGourma.Summarize"/>).</summary>
/// <param name="Period">The period.</param>
/// <param name="Zone">The counts in the zone.</param>
/// <param name="All">The counts of all incidents given, in the period.</param>
/// <param name="ByCountry">The zone's counts per country (ISO alpha-3), only countries with activity in the zone.</param>
public sealed record TriBorderSummary(ReportingPeriod Period, AggregateCounts Zone, AggregateCounts All, IReadOnlyDictionary<string, AggregateCounts> ByCountry)
{
    /// <summary>Gets the zone's share of all events (0 when there were none).</summary>
    public double EventShare => All.Events == 0 ? 0 : (double)Zone.Events / All.Events;

    /// <summary>Gets the zone's share of all reported fatalities (0 when none were reported).</summary>
    public double FatalityShare => All.Fatalities == 0 ? 0 : (double)Zone.Fatalities / All.Fatalities;

    /// <summary>Gets the number of countries with activity in the zone.</summary>
    public int Countries => ByCountry.Count;
}
