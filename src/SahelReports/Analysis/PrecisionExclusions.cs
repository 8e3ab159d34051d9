namespace SahelReports.Analysis;

/// <summary>How many incidents an aggregation left out, and why. Each left-out incident is counted once, under the first
/// reason that applies, in the order of the properties.</summary>
/// <param name="OutsideInterval">Incidents dated outside <see cref="AggregationOptions.Interval"/> (out of scope, not imprecise).</param>
/// <param name="OutsideArea">Incidents in the interval but outside <see cref="AggregationOptions.Area"/> (out of scope).</param>
/// <param name="ImpreciseTime">Incidents in the interval and area whose date is less precise than <see cref="AggregationOptions.MaxTimePrecision"/>.</param>
/// <param name="ImpreciseLocation">Remaining incidents whose location is less precise than <see cref="AggregationOptions.MaxGeoPrecision"/>.</param>
public sealed record PrecisionExclusions(int OutsideInterval, int OutsideArea, int ImpreciseTime, int ImpreciseLocation)
{
    /// <summary>Gets the number of in-scope incidents left out for imprecision (<see cref="ImpreciseTime"/> + <see cref="ImpreciseLocation"/>).</summary>
    public int Imprecise => ImpreciseTime + ImpreciseLocation;
}
