using SahelReports.Incidents;

namespace SahelReports.Analysis;

/// <summary>Patterns a weekly briefing looks for: coordinated activity across countries, and attacks on local defence forces.</summary>
public static class ConflictPatterns
{
    /// <summary>Finds the ISO weeks with activity in at least <paramref name="minimumCountries"/> countries, optionally by one actor
    /// (for example JNIM's coordinated attacks across Mali, Burkina Faso and Niger).</summary>
    /// <param name="incidents">The incidents.</param>
    /// <param name="interval">The days to look at (inclusive); weeks partly outside it count only their days inside.</param>
    /// <param name="actor">An actor name (any spelling <paramref name="normalizer"/> knows) whose events, as first actor, are
    /// counted; <see langword="null"/> for all actors.</param>
    /// <param name="minimumCountries">The fewest countries (default 2).</param>
    /// <param name="normalizer">The actor normaliser; <see langword="null"/> for <see cref="ActorNormalizer.Default"/>.</param>
    /// <returns>The weeks, in time order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incidents"/> or <paramref name="interval"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumCountries"/> is less than 1.</exception>
    public static IReadOnlyList<MultiCountryWeek> MultiCountryWeeks(
        IEnumerable<ConflictIncident> incidents, NodaTime.DateInterval interval, string? actor = null, int minimumCountries = 2, ActorNormalizer? normalizer = null)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(interval);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumCountries, 1);
        normalizer ??= ActorNormalizer.Default;
        IEnumerable<ConflictIncident> selected = incidents;
        if (actor is not null)
        {
            string wanted = normalizer.Normalize(actor);
            selected = incidents.Where(i => string.Equals(normalizer.Normalize(i.Actor1.Name), wanted, StringComparison.Ordinal));
        }

        IncidentAggregate a = IncidentAggregator.Aggregate(selected, new AggregationOptions
        {
            Dimensions = [AggregateDimension.Period, AggregateDimension.Country],
            Interval = interval,
            ActorNormalizer = normalizer,
        });
        return a.Rows.GroupBy(r => r.Period!)
            .Where(g => g.Count() >= minimumCountries)
            .Select(g => new MultiCountryWeek(g.Key, g.ToDictionary(r => r.CountryAlpha3!, r => r.Counts, StringComparer.Ordinal)))
            .ToList();
    }

    /// <summary>Computes the share of attacks in a period that targeted local defence forces and identity militias (VDP,
    /// Koglweogo, Dan Na Ambassagou…; see <see cref="TargetType.LocalDefenceForces"/>).</summary>
    /// <param name="incidents">The incidents.</param>
    /// <param name="period">The period.</param>
    /// <param name="normalizer">The actor normaliser; <see langword="null"/> for <see cref="ActorNormalizer.Default"/>.</param>
    /// <returns>The share. Attacks are battles, explosions/remote violence and violence against civilians.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incidents"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    public static TargetShare LocalDefenceShare(IEnumerable<ConflictIncident> incidents, ReportingPeriod period, ActorNormalizer? normalizer = null)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(period);
        normalizer ??= ActorNormalizer.Default;
        IncidentAggregate a = IncidentAggregator.Aggregate(
            incidents,
            new AggregationOptions { Dimensions = [AggregateDimension.EventType, AggregateDimension.TargetType], Interval = period.Interval, ActorNormalizer = normalizer });
        AggregateCounts attacks = default, targeted = default;
        foreach (AggregateRow row in a.Rows.Where(r => r.EventType is EventType.Battles or EventType.ExplosionsRemoteViolence or EventType.ViolenceAgainstCivilians))
        {
            attacks += row.Counts;
            if (row.TargetType == TargetType.LocalDefenceForces)
            {
                targeted += row.Counts;
            }
        }

        return new TargetShare(targeted, attacks);
    }
}
