using NodaTime;

namespace SahelReports.Synthetic.Internal;

/// <summary>The seed-story events of 2–3 November 2024 (DESIGN.md §1), written by hand in ACLED's current layout.</summary>
/// <remarks><para>Written by us from the public news story; the ids, coordinates, sources and timestamps are made up.</para></remarks>
internal static class SeedStory
{
    // 2024-11-06T09:00:00Z and following: first publication a few days after the events.
    private const long Published = 1_730_883_600;

    public static readonly IReadOnlyList<SyntheticAcledEvent> Events =
    [
        new()
        {
            EventIdCnty = "MLI29001",
            EventDate = new LocalDate(2024, 11, 2),
            TimePrecision = 1,
            DisorderType = "Political violence",
            EventType = "Explosions/Remote violence",
            SubEventType = "Shelling/artillery/missile attack",
            Actor1 = Catalog.Jnim.Name,
            Inter1 = 2,
            Actor2 = Catalog.MaliArmy.Name,
            Inter2 = 1,
            IsoNumeric = 466,
            Country = "Mali",
            Admin1 = "Mopti",
            Admin2 = "Douentza",
            Admin3 = "Boni",
            Location = "Boni",
            Latitude = 15.0400,
            Longitude = -1.9300,
            GeoPrecision = 2,
            Source = "Studio Tamani; Menastream",
            SourceScale = "National-International",
            Notes = "On 2 November 2024, JNIM militants fired 120 mm mortar shells at military checkpoints on the Boni-Douentza axis "
                + "(Douentza, Mopti). The soldiers abandoned their posts, and JNIM captured weapons. No casualties were reported.",
            Fatalities = 0,
            Timestamp = Published,
            Admin1PCode = "ML05",
            CountryAlpha3 = "MLI",
        },
        new()
        {
            EventIdCnty = "MLI29002",
            EventDate = new LocalDate(2024, 11, 3),
            TimePrecision = 1,
            DisorderType = "Political violence",
            EventType = "Battles",
            SubEventType = "Armed clash",
            Actor1 = Catalog.Jnim.Name,
            AssocActor1 = "Katiba Macina",
            Inter1 = 2,
            Actor2 = Catalog.DanNaAmbassagou.Name,
            Inter2 = 4,
            IsoNumeric = 466,
            Country = "Mali",
            Admin1 = "Mopti",
            Admin2 = "Bandiagara",
            Location = "Tougoumé",
            Latitude = 14.2870,
            Longitude = -3.4520,
            GeoPrecision = 1,
            Source = "Studio Tamani; Local Source",
            SourceScale = "Local partner-National",
            Notes = "On 3 November 2024, JNIM (Katiba Macina) militants clashed with Dan Na Ambassagou militiamen in Tougoumé (Bandiagara, Mopti). "
                + "14 people were killed, and the militants burned the village; its residents fled, a local official said \"nobody is left\".",
            Fatalities = 14,
            Timestamp = Published + 3_600,
            Admin1PCode = "ML05",
            CountryAlpha3 = "MLI",
        },
        new()
        {
            EventIdCnty = "BFO29001",
            EventDate = new LocalDate(2024, 11, 3),
            TimePrecision = 1,
            DisorderType = "Political violence",
            EventType = "Battles",
            SubEventType = "Armed clash",
            Actor1 = Catalog.Jnim.Name,
            Inter1 = 2,
            Actor2 = Catalog.Vdp.Name,
            Inter2 = 3,
            IsoNumeric = 854,
            Country = "Burkina Faso",
            Admin1 = "Boucle du Mouhoun",
            Admin2 = "Mouhoun",
            Location = "Kari",
            Latitude = 12.3000,
            Longitude = -3.4000,
            GeoPrecision = 1,
            Source = "Lefaso.net; Menastream",
            SourceScale = "National-International",
            Notes = "On 3 November 2024, JNIM militants attacked VDP volunteers in Kari (Mouhoun, Boucle du Mouhoun), killing 8 VDP. "
                + "The militants seized ammunition, motorbikes and weapons.",
            Fatalities = 8,
            Timestamp = Published + 7_200,
            Admin1PCode = "BF46",
            CountryAlpha3 = "BFA",
        },
        new()
        {
            EventIdCnty = "NIR29001",
            EventDate = new LocalDate(2024, 11, 3),
            TimePrecision = 1,
            DisorderType = "Political violence",
            EventType = "Battles",
            SubEventType = "Armed clash",
            Actor1 = Catalog.Jnim.Name,
            Inter1 = 2,
            Actor2 = Catalog.NigerArmy.Name,
            Inter2 = 1,
            IsoNumeric = 562,
            Country = "Niger",
            Admin1 = "Tillabéri",
            Admin2 = "Tillabéri",
            Location = "Tillabéri",
            Latitude = 14.2100,
            Longitude = 1.4500,
            GeoPrecision = 2,
            Source = "ActuNiger",
            SourceScale = "National",
            Notes = "On 3 November 2024, JNIM militants attacked a security post in Tillabéri (Tillabéri, Tillabéri). One officer was killed.",
            Fatalities = 1,
            Timestamp = Published + 10_800,
            Admin1PCode = "NE006",
            CountryAlpha3 = "NER",
        },
    ];
}
