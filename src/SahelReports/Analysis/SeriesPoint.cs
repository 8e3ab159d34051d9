namespace SahelReports.Analysis;

/// <summary>One period of an <see cref="IncidentSeries"/>.</summary>
/// <param name="Period">The week or month.</param>
/// <param name="Counts">The counts of the period (zeros when nothing happened).</param>
/// <param name="IsPartial">Whether only part of the period lies in the requested interval (the first or last period when the
/// interval does not start on a period boundary); its counts cover only those days.</param>
public sealed record SeriesPoint(ReportingPeriod Period, AggregateCounts Counts, bool IsPartial);
