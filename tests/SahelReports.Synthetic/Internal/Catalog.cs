namespace SahelReports.Synthetic.Internal;

/// <summary>A town used as an event location, with its admin2 (gazetteer name) and approximate position.</summary>
internal sealed record Town(string Name, string Admin2, double Latitude, double Longitude);

/// <summary>An actor as ACLED names it, with its inter code.</summary>
internal sealed record ActorInfo(string Name, int Inter);

/// <summary>A place outside the built-in gazetteer (a neighbouring country).</summary>
internal sealed record NeighbourPlace(string Alpha3, string Admin1, string Admin2, string Location, double Latitude, double Longitude);

/// <summary>Hand-written catalogue of conflict intensity, towns, actors and sources (all written by us).</summary>
internal static class Catalog
{
    /// <summary>Relative event weight per admin1 P-code (higher = more events). Areas absent here get weight 1.</summary>
    public static readonly IReadOnlyDictionary<string, double> Admin1Weight = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        // Mali
        ["ML01"] = 2, ["ML02"] = 4, ["ML03"] = 3, ["ML04"] = 12, ["ML05"] = 30, ["ML06"] = 10,
        ["ML07"] = 10, ["ML08"] = 3, ["ML09"] = 2, ["ML10"] = 8,
        // Burkina Faso
        ["BF13"] = 2, ["BF46"] = 10, ["BF47"] = 3, ["BF48"] = 6, ["BF49"] = 12, ["BF50"] = 2, ["BF51"] = 1,
        ["BF52"] = 12, ["BF53"] = 3, ["BF54"] = 10, ["BF55"] = 2, ["BF56"] = 20, ["BF57"] = 2,
        // Niger
        ["NE001"] = 2, ["NE002"] = 8, ["NE003"] = 3, ["NE004"] = 6, ["NE005"] = 6, ["NE006"] = 22, ["NE007"] = 2, ["NE008"] = 2,
    };

    /// <summary>Admin1 areas whose share of events rises over the generated period (so trend analysis has something to find).</summary>
    public static readonly IReadOnlySet<string> RisingAdmin1 = new HashSet<string>(StringComparer.Ordinal) { "NE006", "BF52" };

    /// <summary>Towns per admin1 P-code; admin2 names are the gazetteer's official names.</summary>
    public static readonly IReadOnlyDictionary<string, Town[]> Towns = new Dictionary<string, Town[]>(StringComparer.Ordinal)
    {
        ["ML05"] =
        [
            new("Boni", "Douentza", 15.04, -1.93), new("Douentza", "Douentza", 15.00, -2.95), new("Bandiagara", "Bandiagara", 14.35, -3.61),
            new("Djenné", "Djenné", 13.91, -4.55), new("Ténenkou", "Ténenkou", 14.46, -4.92), new("Koro", "Koro", 14.07, -3.08),
            new("Bankass", "Bankass", 14.08, -3.52), new("Sévaré", "Mopti", 14.53, -4.10), new("Youwarou", "Youwarou", 15.38, -4.26),
            new("Diallassagou", "Bankass", 13.88, -3.63), new("Sokoura", "Bankass", 14.00, -3.70), new("Mondoro", "Douentza", 14.62, -1.96),
        ],
        ["ML04"] = [new("Niono", "Niono", 14.25, -5.99), new("Macina", "Macina", 13.96, -5.36), new("Ségou", "Ségou", 13.43, -6.26), new("Diabaly", "Niono", 14.69, -6.02)],
        ["ML06"] = [new("Tombouctou", "Tombouctou", 16.77, -3.01), new("Léré", "Niafunké", 15.71, -4.91), new("Goundam", "Goundam", 16.41, -3.67), new("Ber", "Tombouctou", 16.19, -2.86)],
        ["ML07"] = [new("Gao", "Gao", 16.27, -0.04), new("Ansongo", "Ansongo", 15.66, 0.50), new("Bourem", "Bourem", 16.95, -0.35), new("Tessit", "Ansongo", 15.22, 0.31)],
        ["ML10"] = [new("Ménaka", "Ménaka", 15.92, 2.40), new("Anderamboukane", "Andéramboukane", 15.42, 3.02), new("Tidermène", "Tidermène", 16.13, 2.68)],
        ["BF56"] =
        [
            new("Djibo", "Soum", 14.10, -1.63), new("Arbinda", "Soum", 14.23, -0.87), new("Gorom-Gorom", "Oudalan", 14.44, -0.23),
            new("Sebba", "Yagha", 13.44, 0.53), new("Dori", "Séno", 14.03, -0.03), new("Markoye", "Oudalan", 14.65, 0.04), new("Solhan", "Yagha", 13.42, 0.43),
        ],
        ["BF52"] =
        [
            new("Fada N'Gourma", "Gourma", 12.06, 0.36), new("Diapaga", "Tapoa", 12.07, 1.79), new("Pama", "Kompienga", 11.25, 0.70),
            new("Gayéri", "Komandjari", 12.65, 0.49), new("Bogandé", "Gnagna", 12.97, -0.14), new("Kantchari", "Tapoa", 12.48, 1.52), new("Matiacoali", "Gourma", 12.36, 1.03),
        ],
        ["BF49"] = [new("Kaya", "Sanmatenga", 13.09, -1.08), new("Barsalogho", "Sanmatenga", 13.42, -1.06), new("Boulsa", "Namentenga", 12.66, -0.57), new("Kongoussi", "Bam", 13.33, -1.53)],
        ["BF54"] = [new("Ouahigouya", "Yatenga", 13.58, -2.42), new("Titao", "Loroum", 13.77, -2.07), new("Thiou", "Yatenga", 13.81, -2.66), new("Séguénéga", "Yatenga", 13.44, -1.97)],
        ["BF46"] = [new("Dédougou", "Mouhoun", 12.46, -3.46), new("Kari", "Mouhoun", 12.30, -3.40), new("Nouna", "Kossi", 12.73, -3.86), new("Tougan", "Sourou", 13.07, -3.07), new("Solenzo", "Banwa", 12.18, -4.08)],
        ["NE006"] =
        [
            new("Tillabéri", "Tillabéri", 14.21, 1.45), new("Téra", "Téra", 14.01, 0.75), new("Ayorou", "Ayérou", 14.73, 0.92), new("Ouallam", "Ouallam", 14.32, 2.09),
            new("Bankilaré", "Bankilaré", 14.58, 0.72), new("Torodi", "Torodi", 13.11, 1.80), new("Abala", "Abala", 14.93, 3.43), new("Banibangou", "Banibangou", 15.04, 2.70),
            new("Makalondi", "Torodi", 12.84, 1.68), new("Gothèye", "Gothèye", 13.86, 1.57),
        ],
        ["NE002"] = [new("Diffa", "Diffa", 13.32, 12.61), new("Bosso", "Bosso", 13.70, 13.31), new("Maïné-Soroa", "Mainé-Soroa", 13.21, 12.02)],
        ["NE005"] = [new("Tahoua", "Ville de Tahoua", 14.89, 5.27), new("Tillia", "Tillia", 16.13, 4.79), new("Tassara", "Tassara", 16.81, 5.65)],
    };

    /// <summary>Events placed outside the three countries (the gazetteer does not know them).</summary>
    public static readonly NeighbourPlace[] Neighbours =
    [
        new("BEN", "Alibori", "Karimama", "Karimama", 12.07, 3.18),
        new("BEN", "Atacora", "Tanguiéta", "Porga", 11.05, 0.97),
        new("TGO", "Savanes", "Kpendjal", "Mandouri", 10.85, 0.83),
        new("CIV", "Savanes", "Bounkani", "Tougbo", 9.80, -3.13),
        new("NGA", "Sokoto", "Tangaza", "Tangaza", 13.36, 4.95),
        new("MRT", "Hodh ech Chargui", "Bassikounou", "Fassala", 15.55, -5.52),
        new("DZA", "Tamanghasset", "In Guezzam", "In Guezzam", 19.57, 5.77),
        new("TCD", "Lac", "Fouli", "Ngouboua", 13.47, 14.02),
    ];

    /// <summary>ACLED's region for neighbouring countries (all Western Africa except Algeria, Chad).</summary>
    public static string RegionOf(string alpha3) => alpha3 switch
    {
        "DZA" => "Northern Africa",
        "TCD" => "Middle Africa",
        _ => "Western Africa",
    };

    public static readonly ActorInfo Jnim = new("JNIM: Group for Support of Islam and Muslims", 2);
    public static readonly ActorInfo Issp = new("Islamic State Sahel Province", 2);
    public static readonly ActorInfo MaliArmy = new("Military Forces of Mali (2021-)", 1);
    public static readonly ActorInfo MaliPolice = new("Police Forces of Mali (2021-)", 1);
    public static readonly ActorInfo BurkinaArmy = new("Military Forces of Burkina Faso (2022-)", 1);
    public static readonly ActorInfo NigerArmy = new("Military Forces of Niger (2023-)", 1);
    public static readonly ActorInfo Vdp = new("VDP: Volunteers for the Defense of the Homeland", 3);
    public static readonly ActorInfo DanNaAmbassagou = new("Dan Na Ambassagou", 4);
    public static readonly ActorInfo Koglweogo = new("Koglweogo Militia", 4);
    public static readonly ActorInfo DozoMali = new("Dozo Communal Militia (Mali)", 4);
    public static readonly ActorInfo FulaniMali = new("Fulani Ethnic Militia (Mali)", 4);
    public static readonly ActorInfo Csp = new("CSP-PSD: Permanent Strategic Framework for Peace, Security and Development", 2);

    /// <summary>The state forces of a country (a generic name for neighbours).</summary>
    public static ActorInfo StateOf(string alpha3, string countryName) => alpha3 switch
    {
        "MLI" => MaliArmy,
        "BFA" => BurkinaArmy,
        "NER" => NigerArmy,
        _ => new ActorInfo($"Military Forces of {countryName}", 1),
    };

    public static ActorInfo CiviliansOf(string countryName) => new($"Civilians ({countryName})", 7);

    public static ActorInfo ProtestersOf(string countryName) => new($"Protesters ({countryName})", 6);

    public static ActorInfo RiotersOf(string countryName) => new($"Rioters ({countryName})", 5);

    public static ActorInfo UnidentifiedOf(string countryName) => new($"Unidentified Armed Group ({countryName})", 3);

    public static readonly string[] SourcesMali = ["Studio Tamani", "Malijet", "Menastream", "Local Source", "Studio Tamani; Malijet", "Xinhua", "Twitter"];
    public static readonly string[] SourcesBurkina = ["Lefaso.net", "Burkina 24", "Local Source", "Le Faso; Burkina 24", "Menastream", "Radio Omega"];
    public static readonly string[] SourcesNiger = ["ActuNiger", "Aïr Info", "Local Source", "ActuNiger; Twitter", "RFI", "Niger Diaspora"];
    public static readonly string[] SourceScales = ["Local partner-Other", "National", "New media", "Subnational-National", "Other-New media", "International", "Subnational"];

    public static readonly string[] Quotes =
    [
        "the village was emptied overnight",
        "we do not know where they took them",
        "the post was abandoned, the soldiers fell back",
        "nobody can reach the fields any more",
    ];
}
