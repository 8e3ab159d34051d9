using CsCheck;
using NodaTime;
using SahelReports.Analysis;
using SahelReports.Incidents;

namespace SahelReports.Tests.Analysis;

public sealed class IncidentAggregatorTests
{
    private static readonly AggregateDimension[] s_allDimensions = Enum.GetValues<AggregateDimension>();

    [Fact]
    public void Aggregate_SeedWeekByAdmin2_ReproducesBandiagaraAndKari()
    {
        IncidentAggregate a = IncidentAggregator.Aggregate(IncidentFixtures.SeedWeek(), AggregateDimension.Country, AggregateDimension.Admin2);

        // Hand count of the fixture: 6 events, 14 + 8 + 1 = 23 deaths, 1 civilian-targeting event.
        Assert.Equal(new AggregateCounts(6, 23, 1), a.Totals);
        Assert.Equal(["BFA BF4602", "MLI ML0501", "MLI ML0504", "NER NE006012"], a.Rows.Select(r => r.CountryAlpha3 + " " + r.Admin2Code!.Value.Value));
        AggregateRow bandiagara = a.Rows.Single(r => r.Admin2Name == "Bandiagara");
        Assert.Equal(new AggregateCounts(2, 14, 1), bandiagara.Counts);
        Assert.Equal(2.0 / 6, bandiagara.EventShare, 12);
        Assert.Equal(14.0 / 23, bandiagara.FatalityShare, 12);
        Assert.Equal(8, a.Rows.Single(r => r.Admin2Name == "Banwa").Fatalities);
    }

    [Fact]
    public void Aggregate_SeedWeekByTargetType_SharesOfLocalDefenceForces()
    {
        IncidentAggregate a = IncidentAggregator.Aggregate(IncidentFixtures.SeedWeek(), AggregateDimension.TargetType);
        AggregateRow local = a.Rows.Single(r => r.TargetType == TargetType.LocalDefenceForces);

        // Dan Na Ambassagou at Bandiagara (14) and the VDP at Kari (8).
        Assert.Equal(new AggregateCounts(2, 22, 0), local.Counts);
        Assert.Equal(2, a.Rows.Single(r => r.TargetType == TargetType.StateForces).Events);
        Assert.Equal(1, a.Rows.Single(r => r.TargetType == TargetType.Civilians).Events);
        Assert.Equal(1, a.Rows.Single(r => r.TargetType == TargetType.NoTarget).Events);
    }

    [Fact]
    public void Aggregate_ByActor_NormalisesJnimSpellingsAndKatibaMacina()
    {
        IncidentAggregate a = IncidentAggregator.Aggregate(IncidentFixtures.SeedWeek(), AggregateDimension.Actor);
        AggregateRow jnim = Assert.Single(a.Rows);
        Assert.Equal(IncidentFixtures.Jnim, jnim.Actor);
        Assert.Equal(6, jnim.Events);
    }

    [Fact]
    public void Aggregate_ByPeriodMonthAndWeek_LabelsAndSorts()
    {
        ConflictIncident[] incidents =
        [
            IncidentFixtures.Make("a", new LocalDate(2021, 1, 3), fatalities: 2),
            IncidentFixtures.Make("b", new LocalDate(2020, 12, 31), fatalities: 3),
            IncidentFixtures.Make("c", new LocalDate(2021, 1, 4), fatalities: 5),
        ];
        IncidentAggregate weeks = IncidentAggregator.Aggregate(incidents, AggregateDimension.Period);
        Assert.Equal(["2020-W53", "2021-W01"], weeks.Rows.Select(r => r.GetText(AggregateDimension.Period)));
        Assert.Equal([5L, 5L], weeks.Rows.Select(r => r.Fatalities));

        IncidentAggregate months = IncidentAggregator.Aggregate(incidents, new AggregationOptions { Dimensions = [AggregateDimension.Period], Granularity = PeriodGranularity.Month });
        Assert.Equal(["2020-12", "2021-01"], months.Rows.Select(r => r.GetText(AggregateDimension.Period)));
        Assert.Equal([3L, 7L], months.Rows.Select(r => r.Fatalities));
    }

    [Fact]
    public void Aggregate_PrecisionAndInterval_ReportExclusions()
    {
        LocalDate d = new(2024, 11, 2);
        ConflictIncident[] incidents =
        [
            IncidentFixtures.Make("in", d, fatalities: 1),
            IncidentFixtures.Make("week", d, timePrecision: TimePrecision.Week, fatalities: 2),
            IncidentFixtures.Make("region", d, geoPrecision: GeoPrecision.Region, fatalities: 4),
            IncidentFixtures.Make("both", d, timePrecision: TimePrecision.Month, geoPrecision: GeoPrecision.Region, fatalities: 8),
            IncidentFixtures.Make("old", d.PlusDays(-30), fatalities: 16),
        ];
        IncidentAggregate a = IncidentAggregator.Aggregate(incidents, new AggregationOptions
        {
            Interval = new DateInterval(d.PlusDays(-6), d),
            MaxTimePrecision = TimePrecision.Day,
            MaxGeoPrecision = GeoPrecision.Near,
        });
        Assert.Equal(new PrecisionExclusions(1, 0, 2, 1), a.Exclusions);
        Assert.Equal(new AggregateCounts(1, 1, 0), a.Totals);
        Assert.Equal(5, a.IncidentsRead);
    }

    [Fact]
    public void Aggregate_UnresolvedAdmin1_KeepsNameAsGroup()
    {
        ConflictIncident[] incidents =
        [
            IncidentFixtures.Make("a", new LocalDate(2024, 1, 1), admin1Code: null, admin1: "Nowhere"),
            IncidentFixtures.Make("b", new LocalDate(2024, 1, 1), admin1Code: null, admin1: null),
            IncidentFixtures.Make("c", new LocalDate(2024, 1, 1)),
        ];
        IncidentAggregate a = IncidentAggregator.Aggregate(incidents, AggregateDimension.Admin1);
        Assert.Equal(["ML05", "", "Nowhere"], a.Rows.Select(r => r.GetText(AggregateDimension.Admin1)));
    }

    [Fact]
    public void Aggregate_RepeatedDimension_Throws() =>
        Assert.Throws<ArgumentException>("options", () => IncidentAggregator.Aggregate([], AggregateDimension.Admin1, AggregateDimension.Admin1));

    [Theory]
    [InlineData("Mopti")]
    [InlineData("XX")]
    [InlineData("")]
    public void Aggregate_BadArea_ThrowsNamingOptions(string area) =>
        Assert.Throws<ArgumentException>("options", () => IncidentAggregator.Aggregate([], new AggregationOptions { Area = area }));

    [Theory]
    [InlineData("MLI", 4)]
    [InlineData("ml", 4)]
    [InlineData("ML05", 4)]
    [InlineData("ML0501", 2)]
    [InlineData("NER", 1)]
    [InlineData("BF46", 1)]
    public void Aggregate_Area_KeepsIncidentsWithin(string area, int expected)
    {
        // Hand count from the fixture: Mali has 4 events, all in Mopti (ML05), 2 of them in Bandiagara (ML0501);
        // Niger 1; Boucle du Mouhoun (BF46) 1. "ml" is the country P-code of Mali.
        IncidentAggregate a = IncidentAggregator.Aggregate(IncidentFixtures.SeedWeek(), new AggregationOptions { Area = area });
        Assert.Equal(expected, a.Totals.Events);
        Assert.Equal(6 - expected, a.Exclusions.OutsideArea);
    }

    [Fact]
    public void Aggregate_Empty_GivesNoRowsAndZeroTotals()
    {
        IncidentAggregate a = IncidentAggregator.Aggregate([], AggregateDimension.Admin1, AggregateDimension.Period);
        Assert.Empty(a.Rows);
        Assert.Equal(default, a.Totals);
    }

    [Fact]
    public void Aggregate_AnyDimensions_RowsReconcileWithHandCount()
    {
        s_genIncidents.Select(Gen.Int[0, (1 << s_allDimensions.Length) - 1]).Sample((incidents, mask) =>
        {
            AggregateDimension[] dims = s_allDimensions.Where((_, i) => (mask & (1 << i)) != 0).ToArray();
            IncidentAggregate a = IncidentAggregator.Aggregate(incidents, dims);

            // Independent totals: plain sums over the input.
            Assert.Equal(incidents.Length, a.Totals.Events);
            Assert.Equal(incidents.Sum(i => (long)i.Fatalities), a.Totals.Fatalities);
            Assert.Equal(incidents.Count(i => i.CivilianTargeting), a.Totals.CivilianTargetingEvents);
            Assert.Equal(a.Totals.Events, a.Rows.Sum(r => r.Events));
            Assert.Equal(a.Totals.Fatalities, a.Rows.Sum(r => r.Fatalities));
            Assert.Equal(a.Totals.CivilianTargetingEvents, a.Rows.Sum(r => r.CivilianTargetingEvents));
            if (a.Totals.Events > 0)
            {
                Assert.Equal(1.0, a.Rows.Sum(r => r.EventShare), 9);
            }

            // Independent grouping: LINQ GroupBy on the row texts must give the same groups and counts.
            var expected = incidents
                .GroupBy(i => string.Join("|", dims.Select(d => TextOf(i, d))), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(i => (long)i.Fatalities)), StringComparer.Ordinal);
            Assert.Equal(expected.Count, a.Rows.Count);
            foreach (AggregateRow row in a.Rows)
            {
                Assert.Equal(expected[string.Join("|", dims.Select(row.GetText))], (row.Events, row.Fatalities));
            }
        }, iter: 200);
    }

    [Fact]
    public void Aggregate_ShuffledInput_SameRows()
    {
        s_genIncidents.Select(Gen.Int).Sample((incidents, seed) =>
        {
            ConflictIncident[] shuffled = [.. incidents];
            new Random(seed).Shuffle(shuffled);
            AggregateDimension[] dims = [AggregateDimension.Admin1, AggregateDimension.Period, AggregateDimension.Actor, AggregateDimension.TargetType];
            IncidentAggregate a = IncidentAggregator.Aggregate(incidents, dims);
            IncidentAggregate b = IncidentAggregator.Aggregate(shuffled, dims);
            Assert.Equal(a.Rows.Select(r => (string.Join("|", dims.Select(r.GetText)), r.Counts)), b.Rows.Select(r => (string.Join("|", dims.Select(r.GetText)), r.Counts)));
        }, iter: 100);
    }

    [Fact]
    public void Aggregate_Admin2Rows_SumToTheirAdmin1()
    {
        s_genIncidents.Sample(incidents =>
        {
            IncidentAggregate admin1 = IncidentAggregator.Aggregate(incidents, AggregateDimension.Admin1);
            IncidentAggregate both = IncidentAggregator.Aggregate(incidents, AggregateDimension.Admin1, AggregateDimension.Admin2);
            foreach (AggregateRow parent in admin1.Rows)
            {
                AggregateCounts sum = both.Rows.Where(r => r.GetText(AggregateDimension.Admin1) == parent.GetText(AggregateDimension.Admin1))
                    .Aggregate(default(AggregateCounts), (s, r) => s + r.Counts);
                Assert.Equal(parent.Counts, sum);
            }
        }, iter: 100);
    }

    [Fact]
    public void Aggregate_IncidentIndex_SameAsEnumerable()
    {
        var index = IncidentIndex.Create([]);
        Assert.Empty(IncidentAggregator.Aggregate(index, AggregateDimension.Admin1).Rows);
        s_genIncidents.Select(Gen.Int[0, (1 << s_allDimensions.Length) - 1], Gen.Int[0, 15]).Sample((incidents, mask, filters) =>
        {
            var options = new AggregationOptions
            {
                Dimensions = s_allDimensions.Where((_, i) => (mask & (1 << i)) != 0).ToArray(),
                Interval = (filters & 1) != 0 ? new DateInterval(new LocalDate(2019, 6, 1), new LocalDate(2020, 6, 30)) : null,
                Area = (filters & 2) != 0 ? "MLI" : null,
                MaxTimePrecision = (filters & 4) != 0 ? TimePrecision.Day : null,
                MaxGeoPrecision = (filters & 8) != 0 ? GeoPrecision.Exact : null,
                Granularity = (mask & 1) != 0 ? PeriodGranularity.Month : PeriodGranularity.Week,
            };
            var indexed = IncidentIndex.Create(incidents);
            IncidentAggregate expected = IncidentAggregator.Aggregate(incidents.ToList(), options);
            for (int run = 0; run < 2; run++)
            {
                // The second run reuses the cached columns.
                IncidentAggregate actual = IncidentAggregator.Aggregate(indexed, options);
                Assert.Equal(expected.Totals, actual.Totals);
                Assert.Equal(expected.Exclusions, actual.Exclusions);
                Assert.Equal(expected.IncidentsRead, actual.IncidentsRead);
                Assert.Equal(expected.Rows, actual.Rows);
            }
        }, iter: 200);
    }

    private static string TextOf(ConflictIncident i, AggregateDimension d) => d switch
    {
        AggregateDimension.Country => i.Location.CountryAlpha3,
        AggregateDimension.Admin1 => i.Location.Admin1Code?.Value ?? i.Location.Admin1 ?? "",
        AggregateDimension.Admin2 => i.Location.Admin2Code?.Value ?? i.Location.Admin2 ?? "",
        AggregateDimension.EventType => AcledTaxonomy.GetName(i.EventType),
        AggregateDimension.SubEventType => AcledTaxonomy.GetName(i.SubEventType),
        AggregateDimension.DisorderType => AcledTaxonomy.GetName(i.DisorderType),
        AggregateDimension.Actor => ActorNormalizer.Default.Normalize(i.Actor1.Name),
        AggregateDimension.ActorType => i.Actor1.Type is { } t ? AcledTaxonomy.GetName(t) : "",
        AggregateDimension.TargetType => ActorNormalizer.Default.GetTargetType(i).ToString(),
        AggregateDimension.CivilianTargeting => i.CivilianTargeting ? "true" : "false",
        // Independent week computation: the BCL's ISOWeek.
        AggregateDimension.Period => System.Globalization.ISOWeek.GetYear(i.Date.ToDateTimeUnspecified()).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
            + "-W" + System.Globalization.ISOWeek.GetWeekOfYear(i.Date.ToDateTimeUnspecified()).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(d)),
    };

    private static readonly string[] s_actors = [IncidentFixtures.Jnim, "JNIM", "Katiba Macina", "Islamic State Sahel Province", "ISGS", "Military Forces of Mali (2021-)", "Unknown group"];
    private static readonly string?[] s_targets = [null, "VDP", "Koglweogo Militia", "Civilians (Burkina Faso)", "Military Forces of Burkina Faso (2022-)", "Fulani Ethnic Militia (Mali)"];
    private static readonly (string Country, string? Code, string? Name, string? Code2, string? Name2)[] s_places =
    [
        ("MLI", "ML05", "Mopti", "ML0501", "Bandiagara"), ("MLI", "ML05", "Mopti", "ML0504", "Douentza"), ("MLI", "ML05", "Mopti", null, "Unknown cercle"),
        ("MLI", "ML07", "Gao", "ML0703", "Gao"), ("BFA", "BF56", "Sahel", "BF5603", "Soum"), ("NER", "NE006", "Tillaberi", null, null), ("NER", null, "Nowhere", null, null),
    ];

    private static readonly Gen<ConflictIncident[]> s_genIncidents =
        Gen.Select(Gen.Int[0, 3000], Gen.Int[0, s_places.Length - 1], Gen.Int[1, 25], Gen.Int[0, s_actors.Length - 1], Gen.Int[0, s_targets.Length - 1], Gen.Int[0, 30], Gen.Bool)
            .Select(t =>
            {
                (int day, int place, int sub, int actor, int target, int fatalities, bool civilian) = t;
                var p = s_places[place];
                var subType = (SubEventType)sub;
                return IncidentFixtures.Make("x", new LocalDate(2018, 12, 1).PlusDays(day), p.Country, p.Code, p.Name, p.Code2, p.Name2,
                    AcledTaxonomy.EventTypeOf(subType), subType, s_actors[actor], (ActorType)(1 + (actor % 8)),
                    s_targets[target], target == 3 ? ActorType.Civilians : target == 4 ? ActorType.StateForces : ActorType.IdentityMilitia, fatalities, civilian);
            })
            .Array[0, 60];
}
