using NodaTime;
using SahelReports.Incidents;

namespace SahelReports.Analysis;

/// <summary>What <see cref="IncidentAggregator.Aggregate(IEnumerable{ConflictIncident}, AggregationOptions)"/> groups by and
/// which incidents it keeps.</summary>
public sealed record AggregationOptions
{
    /// <summary>Gets the dimensions to group by, in order (rows are sorted by them in this order). Empty gives one total row.</summary>
    public IReadOnlyList<AggregateDimension> Dimensions { get; init; } = [];

    /// <summary>Gets the step of the <see cref="AggregateDimension.Period"/> dimension. Default: ISO weeks.</summary>
    public PeriodGranularity Granularity { get; init; } = PeriodGranularity.Week;

    /// <summary>Gets the days to keep (inclusive), or <see langword="null"/> for all dates.</summary>
    public DateInterval? Interval { get; init; }

    /// <summary>Gets the area to keep, or <see langword="null"/> for all: a country (ISO alpha-3 such as <c>MLI</c>, or a
    /// country P-code such as <c>ML</c>) or an admin area P-code (<c>ML05</c>, <c>ML0501</c>). An incident is in an admin area when
    /// its resolved admin2 or admin1 P-code lies within it; incidents whose area was not resolved are outside every admin area.
    /// Incidents left out are counted in <see cref="PrecisionExclusions.OutsideArea"/>.</summary>
    public string? Area { get; init; }

    /// <summary>Gets the least precise date to keep (for example <see cref="TimePrecision.Day"/> keeps only exactly dated
    /// incidents), or <see langword="null"/> to keep all. Incidents left out are counted in <see cref="PrecisionExclusions.ImpreciseTime"/>.</summary>
    public TimePrecision? MaxTimePrecision { get; init; }

    /// <summary>Gets the least precise location to keep (for example <see cref="GeoPrecision.Near"/> leaves out incidents located
    /// only to a region), or <see langword="null"/> to keep all. Incidents left out are counted in <see cref="PrecisionExclusions.ImpreciseLocation"/>.</summary>
    public GeoPrecision? MaxGeoPrecision { get; init; }

    /// <summary>Gets the actor normaliser used by <see cref="AggregateDimension.Actor"/> and <see cref="AggregateDimension.TargetType"/>.</summary>
    public ActorNormalizer ActorNormalizer { get; init; } = ActorNormalizer.Default;
}
