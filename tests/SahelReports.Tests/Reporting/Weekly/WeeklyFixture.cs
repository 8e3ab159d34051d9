using NodaTime;
using SahelReports.Analysis;
using SahelReports.Displacement;
using SahelReports.Geography;
using SahelReports.Incidents;

namespace SahelReports.Tests.Reporting.Weekly;

/// <summary>
/// A synthetic incident set (written by us, not ACLED rows) for the seed week 2024-W44 and the weeks before it.
/// </summary>
/// <remarks>
/// Background, weeks 2024-W32 to W43: Mopti cercle (Mali) one battle with 2 deaths in even weeks; Séno (Burkina Faso, Sahel)
/// one attack on civilians with 3 deaths every week; Tillabéri (Niger) one shelling with 1 death every week; Bandiagara one
/// clash with 20 deaths in W40. Outside the window: Bandiagara 50 deaths in W20, one event in W45, one in Chad.
/// Seed week W44 (28 Oct – 3 Nov 2024): Boni/Douentza mortar fire 0 deaths; Tougoumé/Bandiagara JNIM vs Dan Na Ambassagou
/// 14 deaths; Kari (Mouhoun, Boucle du Mouhoun) JNIM vs VDP 8 deaths; Tillabéri JNIM vs police 1 death; plus Mopti cercle
/// 2 deaths, Djenné attack on civilians 1 death, Séno attack on civilians 3 deaths, and a Mopti event located to the region only.
/// </remarks>
internal static class WeeklyFixture
{
    public static readonly IsoWeek Week = new(2024, 44);

    public static readonly Instant Now = Instant.FromUtc(2024, 11, 4, 8, 0);

    private static readonly Actor s_jnim = new("JNIM: Group for Support of Islam and Muslims", ActorType.RebelGroup);
    private static readonly Actor s_isgs = new("Islamic State (Sahel)", ActorType.RebelGroup);
    private static readonly Actor s_fama = new("Military Forces of Mali (2021-)", ActorType.StateForces);
    private static readonly Actor s_nigerPolice = new("Police Forces of Niger (2023-)", ActorType.StateForces);
    private static readonly Actor s_nigerArmy = new("Military Forces of Niger (2023-)", ActorType.StateForces);
    private static readonly Actor s_dna = new("Dan Na Ambassagou", ActorType.IdentityMilitia);
    private static readonly Actor s_vdp = new("VDP: Volunteers for the Defense of the Homeland", ActorType.PoliticalMilitia);
    private static readonly Actor s_civiliansBf = new("Civilians (Burkina Faso)", ActorType.Civilians);
    private static readonly Actor s_civiliansMl = new("Civilians (Mali)", ActorType.Civilians);

    public static IReadOnlyList<ConflictIncident> Incidents { get; } = Build();

    public static IncidentSet Set() => new(Incidents);

    /// <summary>Synthetic displacement figures: Mali by admin 1 from DTM (two rounds), Burkina Faso from UNHCR (stale, dated
    /// 31 March 2023), Niger nationally from DTM (two rounds), and a Mali figure dated after the week that must be ignored.</summary>
    public static DisplacementSet Displacement() => new(
    [
        new(new DisplacementArea("MLI", 1, new PCode("ML05")), PopulationGroup.Idp, 200_000, new LocalDate(2024, 6, 30), DisplacementSource.Dtm, 10, AssessmentType.Baseline),
        new(new DisplacementArea("MLI", 1, new PCode("ML05")), PopulationGroup.Idp, 215_500, new LocalDate(2024, 9, 30), DisplacementSource.Dtm, 11, AssessmentType.Baseline),
        new(new DisplacementArea("MLI", 1, new PCode("ML06")), PopulationGroup.Idp, 50_000, new LocalDate(2024, 6, 30), DisplacementSource.Dtm, 10, AssessmentType.Baseline),
        new(new DisplacementArea("MLI", 1, new PCode("ML06")), PopulationGroup.Idp, 48_000, new LocalDate(2024, 9, 30), DisplacementSource.Dtm, 11, AssessmentType.Baseline),
        new(new DisplacementArea("MLI", 1, new PCode("ML05")), PopulationGroup.Idp, 999_999, new LocalDate(2024, 12, 31), DisplacementSource.Dtm, 12, AssessmentType.Baseline),
        new(DisplacementArea.ForCountry("BFA"), PopulationGroup.Idp, 1_882_391, new LocalDate(2022, 12, 31), DisplacementSource.Unhcr),
        new(DisplacementArea.ForCountry("BFA"), PopulationGroup.Idp, 2_062_534, new LocalDate(2023, 3, 31), DisplacementSource.Unhcr),
        new(DisplacementArea.ForCountry("NER"), PopulationGroup.Idp, 509_437, new LocalDate(2024, 5, 31), DisplacementSource.Dtm, 7, AssessmentType.Baseline),
        new(DisplacementArea.ForCountry("NER"), PopulationGroup.Idp, 507_437, new LocalDate(2024, 8, 31), DisplacementSource.Dtm, 8, AssessmentType.Baseline),
    ]);

    private static IReadOnlyList<ConflictIncident> Build()
    {
        var list = new List<ConflictIncident>();
        for (int w = 32; w <= 43; w++)
        {
            LocalDate wednesday = new IsoWeek(2024, w).Monday.PlusDays(2);
            if (w % 2 == 0)
            {
                list.Add(Make($"MLI9{w}1", wednesday, "ML05", "ML0506", "Mopti", 2, EventType.Battles, SubEventType.ArmedClash, s_jnim, s_fama));
            }

            list.Add(Make($"BFO9{w}2", wednesday, "BF56", "BF5602", "Dori", 3, EventType.ViolenceAgainstCivilians, SubEventType.Attack, s_jnim, s_civiliansBf, civilian: true));
            list.Add(Make($"NIR9{w}3", wednesday, "NE006", "NE006012", "Tillaberi", 1, EventType.ExplosionsRemoteViolence, SubEventType.ShellingArtilleryMissileAttack, s_isgs, s_nigerArmy));
        }

        list.Add(Make("MLI940", new LocalDate(2024, 10, 1), "ML05", "ML0501", "Bandiagara", 20, EventType.Battles, SubEventType.ArmedClash, s_jnim, s_dna));
        list.Add(Make("MLI920", new LocalDate(2024, 5, 15), "ML05", "ML0501", "Bandiagara", 50, EventType.Battles, SubEventType.ArmedClash, s_jnim, s_dna));
        list.Add(Make("MLI945", new LocalDate(2024, 11, 4), "ML05", "ML0501", "Bandiagara", 5, EventType.Battles, SubEventType.ArmedClash, s_jnim, s_dna));
        list.Add(Make("TCD1", new LocalDate(2024, 11, 1), null, null, "Bol", 9, EventType.Battles, SubEventType.ArmedClash, s_isgs, s_nigerArmy, country: "TCD"));

        // The seed week, 2024-W44.
        list.Add(Make("MLI1001", new LocalDate(2024, 11, 2), "ML05", "ML0504", "Boni", 0, EventType.ExplosionsRemoteViolence, SubEventType.ShellingArtilleryMissileAttack, s_jnim, s_fama));
        list.Add(Make("MLI1002", new LocalDate(2024, 11, 3), "ML05", "ML0501", "Tougoume", 14, EventType.Battles, SubEventType.ArmedClash, s_jnim, s_dna));
        list.Add(Make("BFO1003", new LocalDate(2024, 11, 3), "BF46", "BF4604", "Kari", 8, EventType.Battles, SubEventType.ArmedClash, s_jnim, s_vdp));
        list.Add(Make("NIR1004", new LocalDate(2024, 11, 1), "NE006", "NE006012", "Tillaberi", 1, EventType.Battles, SubEventType.ArmedClash, s_jnim, s_nigerPolice));
        list.Add(Make("MLI1005", new LocalDate(2024, 10, 30), "ML05", "ML0506", "Mopti", 2, EventType.Battles, SubEventType.ArmedClash, s_jnim, s_fama));
        list.Add(Make("MLI1006", new LocalDate(2024, 10, 31), "ML05", "ML0503", "Djenne", 1, EventType.ViolenceAgainstCivilians, SubEventType.Attack, s_jnim, s_civiliansMl, civilian: true));
        list.Add(Make("BFO1007", new LocalDate(2024, 10, 29), "BF56", "BF5602", "Dori", 3, EventType.ViolenceAgainstCivilians, SubEventType.Attack, s_jnim, s_civiliansBf, civilian: true));
        list.Add(Make("MLI1008", new LocalDate(2024, 10, 28), "ML05", null, null, 0, EventType.StrategicDevelopments, SubEventType.LootingPropertyDestruction, s_jnim, null, geo: GeoPrecision.Region, time: TimePrecision.Week));
        return list;
    }

    private static ConflictIncident Make(string id, LocalDate date, string? admin1, string? admin2, string? place, int fatalities, EventType type, SubEventType sub, Actor actor1, Actor? actor2, bool civilian = false, string? country = null, GeoPrecision geo = GeoPrecision.Exact, TimePrecision time = TimePrecision.Day)
    {
        string alpha3 = country ?? (id[..3] switch { "MLI" => "MLI", "BFO" => "BFA", _ => "NER" });
        return new ConflictIncident
        {
            Id = id,
            Date = date,
            TimePrecision = time,
            DisorderType = type == EventType.StrategicDevelopments ? DisorderType.StrategicDevelopments : DisorderType.PoliticalViolence,
            EventType = type,
            SubEventType = sub,
            Actor1 = actor1,
            Actor2 = actor2,
            CivilianTargeting = civilian,
            Location = new IncidentLocation
            {
                CountryAlpha3 = alpha3,
                Admin1Code = admin1 is null ? null : new PCode(admin1),
                Admin2Code = admin2 is null ? null : new PCode(admin2),
                Admin1 = admin1 is null ? null : Gazetteer.Default.TryGet(new PCode(admin1), out AdminArea? a1) ? a1.NameEn : null,
                Admin2 = admin2 is null ? null : Gazetteer.Default.TryGet(new PCode(admin2), out AdminArea? a2) ? a2.NameEn : null,
                Name = place,
                Latitude = 14.0,
                Longitude = alpha3 == "NER" ? 1.4 : -3.0,
                GeoPrecision = geo,
            },
            Fatalities = fatalities,
            Timestamp = Instant.FromUnixTimeSeconds(1_730_000_000),
        };
    }
}
