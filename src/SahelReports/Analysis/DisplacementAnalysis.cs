using NodaTime;
using SahelReports.Displacement;
using SahelReports.Geography;
using SahelReports.Incidents;

namespace SahelReports.Analysis;

/// <summary>Displacement beside conflict: the preferred stock per country and admin1 area (never a sum across rounds,
/// dates, sources or assessment types; see <see cref="DisplacementSet.GetStocks"/>), and an incidents × displacement view per admin1.</summary>
public static class DisplacementAnalysis
{
    /// <summary>Gets the preferred national stock of a population group for each country that has one.</summary>
    /// <param name="displacement">The displacement figures.</param>
    /// <param name="countries">The countries (ISO alpha-3).</param>
    /// <param name="group">The population group.</param>
    /// <param name="asOf">The report date; later figures are ignored.</param>
    /// <param name="staleAfter">The stale threshold; <see langword="null"/> for <see cref="DisplacementSet.DefaultStaleAfter"/>.</param>
    /// <returns>One stock per country with figures, in the order given: the published national figure or the sum of its areas for
    /// one round (DESIGN.md §3.2), the most recent first, DTM and baseline assessments preferred on the same date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="displacement"/> or <paramref name="countries"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<DisplacementStock> NationalStocks(DisplacementSet displacement, IEnumerable<string> countries, PopulationGroup group, LocalDate asOf, Period? staleAfter = null)
    {
        ArgumentNullException.ThrowIfNull(displacement);
        ArgumentNullException.ThrowIfNull(countries);
        var result = new List<DisplacementStock>();
        foreach (string country in countries)
        {
            if (displacement.GetLatestStock(DisplacementArea.ForCountry(country), group, asOf, staleAfter) is { } preferred)
            {
                result.Add(preferred);
            }
        }

        return result;
    }

    /// <summary>Builds the incidents × displacement view per admin1: every admin1 area with an incident in the period or the
    /// one before, or with a displacement figure for <paramref name="group"/>.</summary>
    /// <param name="incidents">The incidents.</param>
    /// <param name="displacement">The displacement figures.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="group">The population group (usually <see cref="PopulationGroup.Idp"/>).</param>
    /// <param name="asOf">The report date for displacement stocks (usually the period's end).</param>
    /// <param name="staleAfter">The stale threshold; <see langword="null"/> for <see cref="DisplacementSet.DefaultStaleAfter"/>.</param>
    /// <returns>The rows, sorted by country and P-code. Incidents whose admin1 was not resolved cannot be placed and are not in any row.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<ConflictDisplacementRow> ByAdmin1(
        IEnumerable<ConflictIncident> incidents, DisplacementSet displacement, ReportingPeriod period, PopulationGroup group, LocalDate asOf, Period? staleAfter = null)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(displacement);
        ArgumentNullException.ThrowIfNull(period);
        IReadOnlyCollection<ConflictIncident> list = incidents as IReadOnlyCollection<ConflictIncident> ?? incidents.ToList();
        var dims = new AggregationOptions { Dimensions = [AggregateDimension.Country, AggregateDimension.Admin1] };
        IncidentAggregate current = IncidentAggregator.Aggregate(list, dims with { Interval = period.Interval });
        IncidentAggregate previous = IncidentAggregator.Aggregate(list, dims with { Interval = period.Previous().Interval });

        var areas = new SortedDictionary<(string Country, string Code), (PCode Code, string? Name, AggregateCounts Current, AggregateCounts Previous)>();
        foreach (AggregateRow r in current.Rows.Where(r => r.Admin1Code is not null))
        {
            areas[(r.CountryAlpha3!, r.Admin1Code!.Value.Value)] = (r.Admin1Code.Value, r.Admin1Name, r.Counts, default);
        }

        foreach (AggregateRow r in previous.Rows.Where(r => r.Admin1Code is not null))
        {
            var key = (r.CountryAlpha3!, r.Admin1Code!.Value.Value);
            areas[key] = areas.TryGetValue(key, out var e) ? (e.Code, e.Name, e.Current, r.Counts) : (r.Admin1Code.Value, r.Admin1Name, default, r.Counts);
        }

        foreach (DisplacementSeriesKey key in displacement.SeriesKeys)
        {
            if (key.Group == group && key.Area.Level == 1 && key.Area.Code is { } code && !areas.ContainsKey((key.Area.CountryAlpha3, code.Value)))
            {
                areas[(key.Area.CountryAlpha3, code.Value)] = (code, key.Area.Name, default, default);
            }
        }

        var rows = new List<ConflictDisplacementRow>(areas.Count);
        foreach (((string country, _), (PCode code, string? name, AggregateCounts now, AggregateCounts before)) in areas)
        {
            IReadOnlyList<DisplacementStock> stocks = displacement.GetStocks(new DisplacementArea(country, 1, code, name), group, asOf, staleAfter);
            rows.Add(new ConflictDisplacementRow
            {
                CountryAlpha3 = country,
                Admin1Code = code,
                Admin1Name = Gazetteer.Default.TryGet(code, out AdminArea? area) ? area.Name : name,
                Incidents = now,
                PreviousIncidents = before,
                EventChange = PeriodChange.Between(now.Events, before.Events),
                Displacement = stocks.Count > 0 ? stocks[0] : null,
                AlternativeStocks = Math.Max(stocks.Count - 1, 0),
            });
        }

        return rows;
    }
}
