using SahelReports.Geography;

namespace SahelReports.Analysis;

/// <summary>One area's activity in a period and the period before, as ranked by <see cref="Hotspots.Rank"/>.</summary>
public sealed record Hotspot
{
    /// <summary>Gets the country's ISO alpha-3 code.</summary>
    public required string CountryAlpha3 { get; init; }

    /// <summary>Gets the area's P-code, or <see langword="null"/> when its name could not be resolved.</summary>
    public PCode? Code { get; init; }

    /// <summary>Gets the area's name as given by the source, or <see langword="null"/> for incidents without one.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the counts in the period.</summary>
    public required AggregateCounts Current { get; init; }

    /// <summary>Gets the counts in the previous period.</summary>
    public required AggregateCounts Previous { get; init; }

    /// <summary>Gets the change in events from the previous period.</summary>
    public required PeriodChange EventChange { get; init; }

    /// <summary>Gets the change in fatalities from the previous period.</summary>
    public required PeriodChange FatalityChange { get; init; }

    /// <summary>Gets the rank by fatalities in the period (1 = most; ties share a rank).</summary>
    public required int FatalityRank { get; init; }

    /// <summary>Gets the rank by events in the period (1 = most; ties share a rank).</summary>
    public required int EventRank { get; init; }
}
