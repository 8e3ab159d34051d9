using System.Globalization;
using CsCheck;
using NodaTime;
using NodaTime.Testing;
using SahelReports.Analysis;
using SahelReports.Displacement;
using SahelReports.Geography;
using SahelReports.Incidents;
using SahelReports.Reporting;

namespace SahelReports.Tests.Shared;

/// <summary>
/// Random but valid inputs for the weekly report (property tests: "rendering never throws for any report built from random
/// valid data"): synthetic incidents over 14 ISO weeks in the three countries, with awkward names (accents, Arabic,
/// formula-like text, very long names), and optional displacement figures. Linked into every test project that renders.
/// </summary>
internal static class RandomReports
{
    /// <summary>The week every random report is built for (2024-W44); incidents fall in the 13 weeks before it or in it.</summary>
    public static readonly IsoWeek Week = new(2024, 44);

    /// <summary>The fixed clock of every random report.</summary>
    public static readonly Instant Now = Instant.FromUtc(2024, 11, 4, 8, 0);

    private static readonly LocalDate s_firstDay = new(2024, 8, 5); // Monday of 2024-W32

    private static readonly (string Country, string? Admin1Code, string? Admin1, string? Admin2Code, string? Admin2)[] s_places =
    [
        ("MLI", "ML05", "Mopti", "ML0501", "Bandiagara"), ("MLI", "ML05", "Mopti", "ML0504", "Douentza"), ("MLI", "ML07", "Gao", null, null),
        ("MLI", "ML04", "Ségou", null, "Cercle inconnu"), ("BFA", "BF56", "Sahel", "BF5603", "Soum"), ("BFA", "BF46", "Boucle du Mouhoun", null, null),
        ("BFA", "BF13", "Centre", null, null), ("NER", "NE006", "Tillabéri", "NE006012", "Tillabéri"), ("NER", "NE003", "Dosso", null, null),
        ("NER", null, "Nowhere (unmatched)", null, null),
    ];

    private static readonly string[] s_names =
    [
        "JNIM: Group for Support of Islam and Muslims", "Islamic State Sahel Province", "Military Forces of Mali (2021-)",
        "VDP: Volunteers for the Defense of the Homeland", "Dan Na Ambassagou", "Civilians (Burkina Faso)", "Unidentified Armed Group (Niger)",
        "=HYPERLINK(\"http://x\")", "+33 attackers", "@group", "Katiba Macina — « Ansar Dine »", "جماعة نصرة الإسلام والمسلمين",
        new string('W', 300), "Tab\tand\rcontrol\u0001 characters", "Zero\u200Bwidth",
    ];

    private static readonly IReadOnlyList<SubEventType> s_subTypes = AcledTaxonomy.SubEventTypes;

    /// <summary>Random valid incidents (0 to 80), ids unique.</summary>
    public static Gen<ConflictIncident[]> Incidents { get; } =
        Gen.Select(Gen.Int[0, 97], Gen.Int[0, s_places.Length - 1], Gen.Int[0, s_subTypes.Count - 1], Gen.Int[0, s_names.Length - 1],
                Gen.Int[-1, s_names.Length - 1], Gen.Int[0, 400], Gen.Bool, Gen.Int[1, 3])
            .Array[0, 80]
            .Select(rows => rows.Select((r, i) => Make(i, r.Item1, r.Item2, r.Item3, r.Item4, r.Item5, r.Item6, r.Item7, r.Item8)).ToArray());

    /// <summary>Random displacement figures for the three countries (possibly none, stale or dated after the week).</summary>
    public static Gen<DisplacementSet?> Displacement { get; } =
        Gen.Select(Gen.Int[0, 2], Gen.Long[0, 3_000_000], Gen.Int[-800, 120], Gen.Int[0, 3], Gen.Int[0, 2])
            .Array[0, 8]
            .Select(rows => rows.Length == 0 ? null : new DisplacementSet(rows.Select(r =>
            {
                (int country, long individuals, int days, int admin1, int source) = r;
                string alpha3 = new[] { "MLI", "BFA", "NER" }[country];
                string? pcode = admin1 switch { 0 => null, _ => alpha3 switch { "MLI" => "ML05", "BFA" => "BF56", _ => "NE006" } };
                var area = pcode is null ? DisplacementArea.ForCountry(alpha3) : new DisplacementArea(alpha3, 1, new PCode(pcode));
                var src = source switch { 0 => DisplacementSource.Dtm, 1 => DisplacementSource.Unhcr, _ => DisplacementSource.Conasur };
                return new DisplacementFigure(area, PopulationGroup.Idp, individuals, new LocalDate(2024, 11, 3).PlusDays(days), src, round: (days + 800) / 30);
            }).DistinctBy(f => (f.SeriesKey, f.ReportingDate, f.Round))));

    /// <summary>Random weekly-report options: language, countries, history length.</summary>
    public static Gen<WeeklyReportOptions> Options { get; } =
        Gen.Select(Gen.Bool, Gen.Int[1, 7], Gen.Int[12, 20])
            .Select(t => new WeeklyReportOptions
            {
                Language = t.Item1 ? ReportLanguage.French : ReportLanguage.English,
                Countries = new[] { "BFA", "MLI", "NER" }.Where((_, i) => (t.Item2 & (1 << i)) != 0).ToArray(),
                WeeksOfHistory = t.Item3,
                Clock = new FakeClock(Now),
                ReportNumber = "2024/44",
            });

    /// <summary>A random weekly report, built by <see cref="WeeklySituationReportBuilder"/>.</summary>
    public static Gen<SituationReport> Reports { get; } =
        Gen.Select(Incidents, Displacement, Options)
            .Select(t => new WeeklySituationReportBuilder(t.Item3).Build(t.Item1, Week, t.Item2));

    private static ConflictIncident Make(int index, int day, int place, int sub, int actor1, int actor2, int fatalities, bool civilian, int precision)
    {
        var p = s_places[place];
        SubEventType subType = s_subTypes[sub];
        EventType type = AcledTaxonomy.EventTypeOf(subType);
        return new ConflictIncident
        {
            Id = "RND" + index.ToString(CultureInfo.InvariantCulture),
            Date = s_firstDay.PlusDays(day),
            TimePrecision = (TimePrecision)precision,
            DisorderType = AcledTaxonomy.DefaultDisorderTypeOf(type),
            EventType = type,
            SubEventType = subType,
            Actor1 = new Actor(s_names[actor1], (ActorType)(1 + (actor1 % 8))),
            Actor2 = actor2 < 0 ? null : new Actor(s_names[actor2], actor2 % 3 == 0 ? ActorType.Civilians : ActorType.StateForces),
            CivilianTargeting = civilian,
            Location = new IncidentLocation
            {
                CountryAlpha3 = p.Country,
                Admin1 = p.Admin1,
                Admin1Code = p.Admin1Code is null ? null : new PCode(p.Admin1Code),
                Admin2 = p.Admin2,
                Admin2Code = p.Admin2Code is null ? null : new PCode(p.Admin2Code),
                Name = s_names[(actor1 + place) % s_names.Length],
                Latitude = 12 + (place * 0.5),
                Longitude = -3 + (place * 0.7),
                GeoPrecision = (GeoPrecision)(1 + (index % 3)),
            },
            Fatalities = fatalities % 7 == 0 ? fatalities : fatalities / 10,
            Notes = index % 5 == 0 ? new string('n', 6000) : "Synthetic note.",
        };
    }
}
