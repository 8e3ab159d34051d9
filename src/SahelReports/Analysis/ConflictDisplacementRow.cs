using SahelReports.Displacement;
using SahelReports.Geography;

namespace SahelReports.Analysis;

/// <summary>One admin1 area of <see cref="DisplacementAnalysis.ByAdmin1"/>: its incidents in a period and the period before,
/// beside its latest displacement stock.</summary>
public sealed record ConflictDisplacementRow
{
    /// <summary>Gets the country's ISO alpha-3 code.</summary>
    public required string CountryAlpha3 { get; init; }

    /// <summary>Gets the admin1 P-code.</summary>
    public required PCode Admin1Code { get; init; }

    /// <summary>Gets the admin1 name: the gazetteer's name where known, otherwise as the data gave it.</summary>
    public string? Admin1Name { get; init; }

    /// <summary>Gets the incident counts in the period.</summary>
    public required AggregateCounts Incidents { get; init; }

    /// <summary>Gets the incident counts in the previous period.</summary>
    public required AggregateCounts PreviousIncidents { get; init; }

    /// <summary>Gets the change in events from the previous period.</summary>
    public required PeriodChange EventChange { get; init; }

    /// <summary>Gets the preferred displacement stock as of the report date (most recent; on the same date DTM first, baseline
    /// assessments first), or <see langword="null"/> when no figure is known. Its date, source, change since the previous
    /// round and stale flag come with it.</summary>
    public DisplacementStock? Displacement { get; init; }

    /// <summary>Gets how many other stocks (other sources or assessment types) exist for the area: alternatives, never to be added.</summary>
    public int AlternativeStocks { get; init; }
}
