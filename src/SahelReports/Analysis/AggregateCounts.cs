namespace SahelReports.Analysis;

/// <summary>The counts of a group of incidents.</summary>
/// <param name="Events">The number of distinct incidents.</param>
/// <param name="Fatalities">The sum of reported fatalities (0 means none were reported, not none died).</param>
/// <param name="CivilianTargetingEvents">The number of incidents ACLED flags as civilian targeting.</param>
public readonly record struct AggregateCounts(int Events, long Fatalities, int CivilianTargetingEvents)
{
    /// <summary>Adds two counts.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The sums.</returns>
    public static AggregateCounts operator +(AggregateCounts left, AggregateCounts right) =>
        new(checked(left.Events + right.Events), checked(left.Fatalities + right.Fatalities), checked(left.CivilianTargetingEvents + right.CivilianTargetingEvents));

    /// <summary>Adds two counts.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The sums.</returns>
    public static AggregateCounts Add(AggregateCounts left, AggregateCounts right) => left + right;
}
