using NodaTime;
using SahelReports.Analysis;
using SahelReports.Geography;
using SahelReports.Incidents;

namespace SahelReports.Reporting.Internal;

/// <summary>The numbers behind a weekly report: one pass over the incidents of the reported week and the weeks of history.</summary>
/// <remarks><para>Week index 0 is the oldest history week; index <see cref="Current"/> is the reported week. Every incident of the
/// covered countries dated inside the window is counted exactly once in every breakdown, so the breakdowns reconcile with the totals.</para></remarks>
internal sealed class WeeklyFacts
{
    private WeeklyFacts(IsoWeek week, int history)
    {
        Week = week;
        History = history;
        Weeks = Enumerable.Range(0, history + 1).Select(i => week.PlusWeeks(i - history)).ToArray();
        Totals = new AreaSeries(history + 1);
    }

    public IsoWeek Week { get; }

    public int History { get; }

    public int Current => History;

    public IReadOnlyList<IsoWeek> Weeks { get; }

    public AreaSeries Totals { get; }

    public SortedDictionary<string, AreaSeries> ByCountry { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, AreaSeries> ByAdmin1 { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, AreaSeries> ByAdmin2 { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the weekly events of each event type seen in the weeks covered (types with no event are absent).</summary>
    public SortedDictionary<EventType, int[]> EventsByType { get; } = [];

    public List<ConflictIncident> WeekIncidents { get; } = [];

    /// <summary>Gets the incidents of the covered countries, of every date, in input order.</summary>
    public List<ConflictIncident> AreaIncidents { get; } = [];

    public int ImpreciseTime { get; private set; }

    public int ImpreciseLocation { get; private set; }

    public LocalDate? LatestEventDate { get; private set; }

    public int IncidentsInData { get; private set; }

    public static WeeklyFacts Compute(IEnumerable<ConflictIncident> incidents, IsoWeek week, WeeklyReportOptions options)
    {
        var facts = new WeeklyFacts(week, options.WeeksOfHistory);
        var countries = new HashSet<string>(options.Countries, StringComparer.Ordinal);
        LocalDate first = facts.Weeks[0].Monday;
        LocalDate last = week.Sunday;
        foreach (string alpha3 in options.Countries)
        {
            facts.ByCountry[alpha3] = new AreaSeries(facts.Weeks.Count) { Country = alpha3, Key = alpha3 };
        }

        foreach (ConflictIncident incident in incidents)
        {
            if (!countries.Contains(incident.Location.CountryAlpha3))
            {
                continue;
            }

            facts.IncidentsInData++;
            facts.AreaIncidents.Add(incident);
            if (facts.LatestEventDate is not { } latest || incident.Date > latest)
            {
                facts.LatestEventDate = incident.Date;
            }

            if (incident.Date < first || incident.Date > last)
            {
                continue;
            }

            int w = Period.Between(first, incident.Date, PeriodUnits.Days).Days / 7;
            bool localDefence = ActorNormalizer.Default.GetTargetType(incident) == TargetType.LocalDefenceForces;
            IncidentLocation loc = incident.Location;
            facts.Totals.Add(w, incident, localDefence);
            facts.ByCountry[loc.CountryAlpha3].Add(w, incident, localDefence);
            string admin1Key = AreaKey(loc.CountryAlpha3, loc.Admin1Code, loc.Admin1);
            Get(facts.ByAdmin1, admin1Key, loc, facts.Weeks.Count, admin2: false).Add(w, incident, localDefence);
            string admin2Key = admin1Key + "|" + AreaKey(loc.CountryAlpha3, loc.Admin2Code, loc.Admin2);
            Get(facts.ByAdmin2, admin2Key, loc, facts.Weeks.Count, admin2: true).Add(w, incident, localDefence);
            if (!facts.EventsByType.TryGetValue(incident.EventType, out int[]? byType))
            {
                byType = new int[facts.Weeks.Count];
                facts.EventsByType[incident.EventType] = byType;
            }

            byType[w]++;
            if (w == facts.Current)
            {
                facts.WeekIncidents.Add(incident);
                if (incident.TimePrecision != TimePrecision.Day)
                {
                    facts.ImpreciseTime++;
                }

                if (loc.GeoPrecision == GeoPrecision.Region)
                {
                    facts.ImpreciseLocation++;
                }
            }
        }

        return facts;
    }

    private static string AreaKey(string country, PCode? code, string? name) =>
        code is { } c ? c.Value : country + ":" + (name ?? string.Empty).Trim().ToUpperInvariant();

    private static AreaSeries Get(SortedDictionary<string, AreaSeries> map, string key, IncidentLocation loc, int weeks, bool admin2)
    {
        if (!map.TryGetValue(key, out AreaSeries? series))
        {
            series = new AreaSeries(weeks)
            {
                Key = key,
                Country = loc.CountryAlpha3,
                Admin1Code = loc.Admin1Code,
                Admin1Name = loc.Admin1,
                Admin2Code = admin2 ? loc.Admin2Code : null,
                Admin2Name = admin2 ? loc.Admin2 : null,
            };
            map[key] = series;
        }

        return series;
    }
}
