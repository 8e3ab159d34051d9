using SahelReports.Geography;
using SahelReports.Incidents;

namespace SahelReports.Analysis;

/// <summary>The tri-border zone of Mali, Burkina Faso and Niger (Liptako-Gourma), as the admin1 regions that make it up in
/// humanitarian reporting: Mali's Mopti, Gao and Ménaka; Burkina Faso's Sahel, Nord and Est; Niger's Tillabéri.</summary>
public static class LiptakoGourma
{
    /// <summary>Gets the admin1 P-codes of the zone (COD-AB): ML05 Mopti, ML07 Gao, ML10 Ménaka, BF52 Est, BF54 Nord, BF56 Sahel, NE006 Tillabéri.</summary>
    public static IReadOnlyList<PCode> Admin1Codes { get; } =
        [new("ML05"), new("ML07"), new("ML10"), new("BF52"), new("BF54"), new("BF56"), new("NE006")];

    /// <summary>Determines whether an incident happened in the zone (its admin1 resolved to one of <see cref="Admin1Codes"/>).</summary>
    /// <param name="incident">The incident.</param>
    /// <returns><see langword="true"/> when its admin1 (or, failing that, admin2) P-code lies in the zone; <see langword="false"/>
    /// also when neither was resolved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
    public static bool Contains(ConflictIncident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        PCode? code = incident.Location.Admin1Code ?? incident.Location.Admin2Code;
        if (code is not { } c)
        {
            return false;
        }

        foreach (PCode zone in Admin1Codes)
        {
            if (c.IsWithin(zone))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Summarises the zone's activity in a period: counts in the zone, by country, and its share of all incidents given.</summary>
    /// <param name="incidents">The incidents (typically of the three countries).</param>
    /// <param name="period">The period.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static TriBorderSummary Summarize(IEnumerable<ConflictIncident> incidents, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(period);
        AggregateCounts all = default;
        var byCountry = new SortedDictionary<string, AggregateCounts>(StringComparer.Ordinal);
        foreach (ConflictIncident i in incidents)
        {
            ArgumentNullException.ThrowIfNull(i, nameof(incidents));
            if (!period.Contains(i.Date))
            {
                continue;
            }

            var counts = new AggregateCounts(1, i.Fatalities, i.CivilianTargeting ? 1 : 0);
            all += counts;
            if (Contains(i))
            {
                byCountry[i.Location.CountryAlpha3] = byCountry.GetValueOrDefault(i.Location.CountryAlpha3) + counts;
            }
        }

        AggregateCounts zone = byCountry.Values.Aggregate(default(AggregateCounts), (a, b) => a + b);
        return new TriBorderSummary(period, zone, all, byCountry.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }
}
