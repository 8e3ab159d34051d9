using SahelReports.Incidents;

namespace SahelReports.Analysis;

/// <summary>Ranks areas by events, fatalities and change: where violence is concentrated and where it moved.</summary>
public static class Hotspots
{
    /// <summary>Ranks the areas active in <paramref name="period"/> or in the period before it.</summary>
    /// <param name="incidents">The incidents.</param>
    /// <param name="period">The period.</param>
    /// <param name="level">The administrative level.</param>
    /// <param name="filter">Area and precision filters (its dimensions, granularity and interval are ignored), or <see langword="null"/>.</param>
    /// <returns>Every area with an incident in either period, sorted by fatalities, then events (both descending), then P-code or name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incidents"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined value.</exception>
    public static IReadOnlyList<Hotspot> Rank(IEnumerable<ConflictIncident> incidents, ReportingPeriod period, AreaLevel level, AggregationOptions? filter = null)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(period);
        AggregateDimension dim = level switch
        {
            AreaLevel.Admin1 => AggregateDimension.Admin1,
            AreaLevel.Admin2 => AggregateDimension.Admin2,
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Expected Admin1 or Admin2."),
        };
        IReadOnlyCollection<ConflictIncident> list = incidents as IReadOnlyCollection<ConflictIncident> ?? incidents.ToList();
        AggregationOptions baseOptions = (filter ?? new AggregationOptions()) with { Dimensions = [AggregateDimension.Country, dim] };
        IncidentAggregate current = IncidentAggregator.Aggregate(list, baseOptions with { Interval = period.Interval });
        IncidentAggregate previous = IncidentAggregator.Aggregate(list, baseOptions with { Interval = period.Previous().Interval });

        var byKey = new Dictionary<string, (AggregateRow Row, AggregateCounts Current, AggregateCounts Previous)>(StringComparer.Ordinal);
        foreach (AggregateRow r in current.Rows)
        {
            byKey[Key(r, dim)] = (r, r.Counts, default);
        }

        foreach (AggregateRow r in previous.Rows)
        {
            string key = Key(r, dim);
            byKey[key] = byKey.TryGetValue(key, out var e) ? (e.Row, e.Current, r.Counts) : (r, default, r.Counts);
        }

        var hotspots = byKey.Values.Select(e => new Hotspot
        {
            CountryAlpha3 = e.Row.CountryAlpha3!,
            Code = level == AreaLevel.Admin1 ? e.Row.Admin1Code : e.Row.Admin2Code,
            Name = level == AreaLevel.Admin1 ? e.Row.Admin1Name : e.Row.Admin2Name,
            Current = e.Current,
            Previous = e.Previous,
            EventChange = PeriodChange.Between(e.Current.Events, e.Previous.Events),
            FatalityChange = PeriodChange.Between(e.Current.Fatalities, e.Previous.Fatalities),
            FatalityRank = 1 + byKey.Values.Count(o => o.Current.Fatalities > e.Current.Fatalities),
            EventRank = 1 + byKey.Values.Count(o => o.Current.Events > e.Current.Events),
        }).ToList();
        hotspots.Sort((a, b) =>
        {
            int c = b.Current.Fatalities.CompareTo(a.Current.Fatalities);
            c = c != 0 ? c : b.Current.Events.CompareTo(a.Current.Events);
            c = c != 0 ? c : string.CompareOrdinal(a.CountryAlpha3, b.CountryAlpha3);
            return c != 0 ? c : string.CompareOrdinal(a.Code?.Value ?? "~" + a.Name, b.Code?.Value ?? "~" + b.Name);
        });
        return hotspots;
    }

    /// <summary>Picks the areas whose activity changed most from the previous period.</summary>
    /// <param name="hotspots">Ranked areas, from <see cref="Rank"/>.</param>
    /// <param name="measure">Events or fatalities (civilian-targeting events are also accepted).</param>
    /// <param name="count">How many areas to return at most.</param>
    /// <returns>The areas with a non-zero change, by absolute change descending (then by the order of <paramref name="hotspots"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hotspots"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, or <paramref name="measure"/> is not defined.</exception>
    public static IReadOnlyList<Hotspot> Movers(IEnumerable<Hotspot> hotspots, TrendMeasure measure, int count)
    {
        ArgumentNullException.ThrowIfNull(hotspots);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Func<Hotspot, double> change = measure switch
        {
            TrendMeasure.Events => h => h.EventChange.Change,
            TrendMeasure.Fatalities => h => h.FatalityChange.Change,
            TrendMeasure.CivilianTargetingEvents => h => h.Current.CivilianTargetingEvents - h.Previous.CivilianTargetingEvents,
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a defined trend measure."),
        };
        return hotspots.Where(h => change(h) != 0).OrderByDescending(h => Math.Abs(change(h))).Take(count).ToList();
    }

    private static string Key(AggregateRow row, AggregateDimension dim) => row.CountryAlpha3 + "|" + (row.Admin1Code is null && row.Admin2Code is null ? "?" : "") + row.GetText(dim);
}
