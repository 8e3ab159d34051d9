using NodaTime;
using SahelReports.Geography;
using SahelReports.Incidents;

namespace SahelReports.Tests.Analysis;

/// <summary>Synthetic incidents written for these tests (no ACLED rows): the seed week of DESIGN.md §1 and a builder.</summary>
internal static class IncidentFixtures
{
    public const string Jnim = "JNIM: Group for Support of Islam and Muslims";

    public static ConflictIncident Make(
        string id,
        LocalDate date,
        string country = "MLI",
        string? admin1Code = "ML05",
        string? admin1 = "Mopti",
        string? admin2Code = null,
        string? admin2 = null,
        EventType eventType = EventType.Battles,
        SubEventType subEventType = SubEventType.ArmedClash,
        string actor1 = Jnim,
        ActorType actor1Type = ActorType.RebelGroup,
        string? actor2 = null,
        ActorType? actor2Type = null,
        int fatalities = 0,
        bool civilianTargeting = false,
        TimePrecision timePrecision = TimePrecision.Day,
        GeoPrecision geoPrecision = GeoPrecision.Exact) => new()
        {
            Id = id,
            Date = date,
            TimePrecision = timePrecision,
            DisorderType = eventType == EventType.StrategicDevelopments ? DisorderType.StrategicDevelopments
                : eventType is EventType.Protests or EventType.Riots ? DisorderType.Demonstrations : DisorderType.PoliticalViolence,
            EventType = eventType,
            SubEventType = subEventType,
            Actor1 = new Actor(actor1, actor1Type),
            Actor2 = actor2 is null ? null : new Actor(actor2, actor2Type),
            CivilianTargeting = civilianTargeting,
            Location = new IncidentLocation
            {
                CountryAlpha3 = country,
                Admin1 = admin1,
                Admin1Code = admin1Code is null ? null : new PCode(admin1Code),
                Admin2 = admin2,
                Admin2Code = admin2Code is null ? null : new PCode(admin2Code),
                Latitude = 14.0,
                Longitude = -3.0,
                GeoPrecision = geoPrecision,
            },
            Fatalities = fatalities,
        };

    /// <summary>The seed week (2024-W44, 28 Oct – 3 Nov 2024), synthetic rows after DESIGN.md §1.</summary>
    public static IReadOnlyList<ConflictIncident> SeedWeek() =>
    [
        // 2 Nov, Boni–Douentza: mortar fire on checkpoints, no casualties.
        Make("SYN-MLI-1", new LocalDate(2024, 11, 2), admin2Code: "ML0504", admin2: "Douentza", eventType: EventType.ExplosionsRemoteViolence,
            subEventType: SubEventType.ShellingArtilleryMissileAttack, actor2: "Military Forces of Mali (2021-)", actor2Type: ActorType.StateForces),
        // 2 Nov: weapons captured at the abandoned posts (strategic development).
        Make("SYN-MLI-2", new LocalDate(2024, 11, 2), admin2Code: "ML0504", admin2: "Douentza", eventType: EventType.StrategicDevelopments,
            subEventType: SubEventType.LootingPropertyDestruction, actor1: "Jama'at Nusrat al-Islam wal-Muslimin"),
        // 3 Nov, Bandiagara: clash with Dan Na Ambassagou, 14 killed.
        Make("SYN-MLI-3", new LocalDate(2024, 11, 3), admin2Code: "ML0501", admin2: "Bandiagara", actor2: "Dan Na Ambassagou", actor2Type: ActorType.IdentityMilitia, fatalities: 14),
        // 3 Nov, Tougoumé (Bandiagara) burned: civilians targeted, no deaths reported.
        Make("SYN-MLI-4", new LocalDate(2024, 11, 3), admin2Code: "ML0501", admin2: "Bandiagara", eventType: EventType.ViolenceAgainstCivilians,
            subEventType: SubEventType.Attack, actor1: "Katiba Macina", actor2: "Civilians (Mali)", actor2Type: ActorType.Civilians, civilianTargeting: true),
        // 3 Nov, Kari (Burkina Faso): 8 VDP killed.
        Make("SYN-BFA-1", new LocalDate(2024, 11, 3), country: "BFA", admin1Code: "BF46", admin1: "Boucle du Mouhoun", admin2Code: "BF4602", admin2: "Banwa",
            actor1: "JNIM", actor2: "VDP: Volunteers for the Defense of the Homeland", actor2Type: ActorType.PoliticalMilitia, fatalities: 8),
        // Tillabéri (Niger): one officer killed at a security post.
        Make("SYN-NER-1", new LocalDate(2024, 11, 1), country: "NER", admin1Code: "NE006", admin1: "Tillaberi", admin2Code: "NE006012", admin2: "Tillaberi",
            actor2: "Police Forces of Niger (2023-)", actor2Type: ActorType.StateForces, fatalities: 1),
    ];
}
