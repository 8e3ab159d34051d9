using NodaTime;
using SahelReports.Analysis;
using SahelReports.Incidents;

namespace SahelReports.Tests.Analysis;

public sealed class PatternsTests
{
    private static readonly ReportingPeriod s_seedWeek = ReportingPeriod.ForWeek(new IsoWeek(2024, 44));

    [Fact]
    public void LocalDefenceShare_SeedWeek_TwoOfFiveAttacks()
    {
        // Attacks in the fixture: mortar fire (Douentza), Bandiagara clash, Tougoumé, Kari, Tillabéri = 5; the weapons capture
        // is a strategic development. On local defence forces: Dan Na Ambassagou (14 killed) and VDP at Kari (8 killed).
        TargetShare share = ConflictPatterns.LocalDefenceShare(IncidentFixtures.SeedWeek(), s_seedWeek);
        Assert.Equal(new AggregateCounts(2, 22, 0), share.Targeted);
        Assert.Equal(5, share.Attacks.Events);
        Assert.Equal(0.4, share.EventShare, 12);
        Assert.Equal(22.0 / 23, share.FatalityShare, 12);
    }

    [Fact]
    public void MultiCountryWeeks_SeedWeek_JnimInThreeCountries()
    {
        var interval = new DateInterval(new LocalDate(2024, 10, 21), new LocalDate(2024, 11, 10));
        IReadOnlyList<MultiCountryWeek> weeks = ConflictPatterns.MultiCountryWeeks(IncidentFixtures.SeedWeek(), interval, actor: "JNIM");
        MultiCountryWeek w = Assert.Single(weeks);
        Assert.Equal("2024-W44", w.Week.ToString());
        Assert.Equal(["BFA", "MLI", "NER"], w.Countries);
        Assert.Equal(4, w.ByCountry["MLI"].Events);
        Assert.Equal(23, w.Total.Fatalities);
        Assert.Empty(ConflictPatterns.MultiCountryWeeks(IncidentFixtures.SeedWeek(), interval, actor: "Islamic State Sahel Province"));
    }

    [Fact]
    public void LiptakoGourma_SeedWeek_KariIsOutsideTheZone()
    {
        TriBorderSummary s = LiptakoGourma.Summarize(IncidentFixtures.SeedWeek(), s_seedWeek);

        // Mopti (4 events, 14 deaths) and Tillabéri (1, 1) are in the zone; Kari (Boucle du Mouhoun) is not.
        Assert.Equal(new AggregateCounts(5, 15, 1), s.Zone);
        Assert.Equal(6, s.All.Events);
        Assert.Equal(2, s.Countries);
        Assert.Equal(15.0 / 23, s.FatalityShare, 12);
    }

    [Fact]
    public void Hotspots_Rank_ByFatalitiesWithChange()
    {
        var incidents = IncidentFixtures.SeedWeek().Append(
            IncidentFixtures.Make("prev", new LocalDate(2024, 10, 25), country: "BFA", admin1Code: "BF46", admin1: "Boucle du Mouhoun", fatalities: 20)).ToList();
        IReadOnlyList<Hotspot> h = Hotspots.Rank(incidents, s_seedWeek, AreaLevel.Admin1);
        Assert.Equal(["ML05", "BF46", "NE006"], h.Select(x => x.Code!.Value.Value));
        Assert.Equal(1, h[0].FatalityRank);
        Assert.Equal(1, h[0].EventRank);
        Assert.Equal(-12, h[1].FatalityChange.Change);
        Assert.Equal(-60, h[1].FatalityChange.PercentChange!.Value, 9);
        Assert.Null(h[0].FatalityChange.PercentChange);

        IReadOnlyList<Hotspot> movers = Hotspots.Movers(h, TrendMeasure.Fatalities, 2);
        Assert.Equal(["ML05", "BF46"], movers.Select(x => x.Code!.Value.Value));
    }

    [Fact]
    public void ActorNormalizer_Variants()
    {
        ActorNormalizer n = ActorNormalizer.Default;
        Assert.Equal("Military Forces of Mali", n.Normalize("Military Forces of Mali (2021-)"));
        Assert.Equal("Military Forces of Burkina Faso", n.Normalize("Military Forces of Burkina Faso (2015-2022)"));
        Assert.Equal(IncidentFixtures.Jnim, n.Normalize("jnim"));
        Assert.Equal(IncidentFixtures.Jnim, n.Normalize("Katiba Macina"));
        Assert.Equal("VDP: Volunteers for the Defense of the Homeland", n.Normalize("Volontaires pour la Défense de la Patrie"));
        Assert.Equal("VDP: Volunteers for the Defense of the Homeland", n.Normalize("VDP: Volunteers for the Defence of the Homeland"));
        Assert.True(n.IsLocalDefenceForce("Dana Ambassagou"));
        Assert.True(n.IsLocalDefenceForce("Koglweogo"));
        Assert.False(n.IsLocalDefenceForce("Military Forces of Niger (2023-)"));
        Assert.Equal("Unknown Armed Group (Mali)", n.Normalize(" Unknown Armed Group (Mali) "));
    }

    [Fact]
    public void ActorNormalizer_SharedAlias_Throws() =>
        Assert.Throws<ArgumentException>("actors", () => new ActorNormalizer([new KnownActor("A", false, ["X"]), new KnownActor("B", false, ["x"])]));

    [Fact]
    public void GetTargetType_Rules()
    {
        ActorNormalizer n = ActorNormalizer.Default;
        LocalDate d = new(2024, 11, 3);
        Assert.Equal(TargetType.LocalDefenceForces, n.GetTargetType(IncidentFixtures.Make("a", d, actor2: "VDP", actor2Type: ActorType.PoliticalMilitia)));
        Assert.Equal(TargetType.LocalDefenceForces, n.GetTargetType(IncidentFixtures.Make("b", d, actor2: "Fulani Ethnic Militia (Mali)", actor2Type: ActorType.IdentityMilitia)));
        Assert.Equal(TargetType.ArmedGroups, n.GetTargetType(IncidentFixtures.Make("c", d, actor2: "Islamic State Sahel Province", actor2Type: ActorType.RebelGroup)));
        Assert.Equal(TargetType.Civilians, n.GetTargetType(IncidentFixtures.Make("d", d, actor2: "VDP", actor2Type: ActorType.PoliticalMilitia, civilianTargeting: true)));
        Assert.Equal(TargetType.NoTarget, n.GetTargetType(IncidentFixtures.Make("e", d)));
        Assert.Equal(TargetType.Other, n.GetTargetType(IncidentFixtures.Make("f", d, actor2: "Someone")));
    }
}
