using NodaTime;
using SahelReports.Displacement;
using SahelReports.Geography;

namespace SahelReports.Tests.Displacement;

public sealed class DisplacementSetTests
{
    private static readonly DisplacementArea s_mali = DisplacementArea.ForCountry("MLI");
    private static readonly DisplacementArea s_mopti = new("MLI", 1, new PCode("ML05"), "Mopti");
    private static readonly DisplacementArea s_segou = new("MLI", 1, new PCode("ML04"), "Ségou");
    private static readonly DisplacementArea s_bandiagara = new("MLI", 2, new PCode("ML0502"), "Bandiagara");

    private static DisplacementFigure Dtm(DisplacementArea area, long n, LocalDate date, int round, string type = "BA") =>
        new(area, PopulationGroup.Idp, n, date, DisplacementSource.Dtm, round, new AssessmentType(type));

    [Fact]
    public void GetLatestStock_BaAndSaSameFigure_NotAdded()
    {
        var date = new LocalDate(2024, 6, 30);
        var set = new DisplacementSet([Dtm(s_mali, 147_032, date, 1, "BA"), Dtm(s_mali, 147_032, date, 1, "SA")]);

        IReadOnlyList<DisplacementStock> stocks = set.GetStocks(s_mali, PopulationGroup.Idp, date);

        Assert.Equal(2, stocks.Count);
        Assert.All(stocks, s => Assert.Equal(147_032, s.Individuals));
        DisplacementStock preferred = set.GetLatestStock(s_mali, PopulationGroup.Idp, date)!;
        Assert.Equal(147_032, preferred.Individuals);
        Assert.Equal(AssessmentType.Baseline, preferred.AssessmentType);
    }

    [Fact]
    public void GetStock_SeveralRounds_TakesLatestAndPreviousNeverSum()
    {
        var set = new DisplacementSet(
        [
            Dtm(s_mali, 100_000, new LocalDate(2024, 1, 31), 10),
            Dtm(s_mali, 120_000, new LocalDate(2024, 4, 30), 11),
            Dtm(s_mali, 110_000, new LocalDate(2024, 8, 31), 12),
        ]);

        DisplacementStock stock = set.GetStock(s_mali, PopulationGroup.Idp, DisplacementSource.Dtm, AssessmentType.Baseline, new LocalDate(2024, 6, 1))!;

        Assert.Equal(120_000, stock.Individuals);
        Assert.Equal(11, stock.Round);
        Assert.Equal(new LocalDate(2024, 4, 30), stock.Date);
        Assert.Equal(100_000, stock.PreviousIndividuals);
        Assert.Equal(10, stock.PreviousRound);
        Assert.Equal(20_000, stock.Change);
        Assert.Equal(0, stock.SummedAreas);
    }

    [Fact]
    public void GetStock_BeforeFirstFigure_ReturnsNull()
    {
        var set = new DisplacementSet([Dtm(s_mali, 1, new LocalDate(2024, 1, 31), 1)]);
        Assert.Null(set.GetStock(s_mali, PopulationGroup.Idp, DisplacementSource.Dtm, AssessmentType.Baseline, new LocalDate(2023, 12, 31)));
        Assert.Null(set.GetLatestStock(s_mali, PopulationGroup.Refugee, new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void GetStock_NoNationalFigure_SumsAdmin1OfLatestRoundOnly()
    {
        var r1 = new LocalDate(2024, 1, 31);
        var r2 = new LocalDate(2024, 4, 30);
        var set = new DisplacementSet(
        [
            Dtm(s_mopti, 1_000, r1, 1), Dtm(s_segou, 500, r1, 1),
            Dtm(s_mopti, 1_200, r2, 2),                    // Ségou not assessed in round 2
            Dtm(s_bandiagara, 999_999, r2, 2),             // admin2 must not be added to admin1
        ]);

        DisplacementStock stock = set.GetStock(s_mali, PopulationGroup.Idp, DisplacementSource.Dtm, AssessmentType.Baseline, r2)!;

        Assert.Equal(1_200, stock.Individuals);
        Assert.Equal(1, stock.SummedAreas);
        Assert.Equal(1_500, stock.PreviousIndividuals);
        Assert.Equal(2, stock.PreviousSummedAreas);
    }

    [Fact]
    public void GetStocks_TwoSources_KeptApartMostRecentFirst()
    {
        var set = new DisplacementSet(
        [
            Dtm(s_mali, 400_000, new LocalDate(2024, 6, 30), 5),
            new DisplacementFigure(s_mali, PopulationGroup.Idp, 350_000, new LocalDate(2024, 12, 31), DisplacementSource.Unhcr),
        ]);

        IReadOnlyList<DisplacementStock> stocks = set.GetStocks(s_mali, PopulationGroup.Idp, new LocalDate(2025, 1, 15));

        Assert.Equal([350_000L, 400_000L], stocks.Select(s => s.Individuals));
        Assert.Equal(DisplacementSourceKind.Unhcr, stocks[0].Source.Kind);
    }

    [Fact]
    public void IsStale_OlderThanThreshold_Flagged()
    {
        var set = new DisplacementSet(
        [
            new DisplacementFigure(DisplacementArea.ForCountry("BFA"), PopulationGroup.Idp, 2_062_534, new LocalDate(2023, 12, 31), DisplacementSource.Unhcr),
            new DisplacementFigure(DisplacementArea.ForCountry("BFA"), PopulationGroup.Idp, 2_062_534, new LocalDate(2024, 12, 31), DisplacementSource.Unhcr),
        ]);
        DisplacementArea bfa = DisplacementArea.ForCountry("BFA");

        DisplacementStock fresh = set.GetLatestStock(bfa, PopulationGroup.Idp, new LocalDate(2025, 3, 1), Period.FromMonths(6))!;
        DisplacementStock stale = set.GetLatestStock(bfa, PopulationGroup.Idp, new LocalDate(2025, 7, 1), Period.FromMonths(6))!;
        DisplacementStock edge = set.GetLatestStock(bfa, PopulationGroup.Idp, new LocalDate(2025, 6, 30), Period.FromMonths(6))!;

        Assert.False(fresh.IsStale);
        Assert.True(stale.IsStale);
        Assert.False(edge.IsStale);
        Assert.Equal(182, stale.AgeInDays);
        Assert.True(stale.IsUnchanged);
        Assert.Equal(0, stale.Change);
    }

    [Fact]
    public void Add_SameSeriesDateRound_Throws()
    {
        var set = new DisplacementSet([Dtm(s_mali, 1, new LocalDate(2024, 1, 31), 1)]);
        Assert.Throws<ArgumentException>("figure", () => set.Add(Dtm(s_mali, 2, new LocalDate(2024, 1, 31), 1)));
        Assert.False(set.TryAdd(Dtm(s_mali, 2, new LocalDate(2024, 1, 31), 1), out DisplacementFigure? existing));
        Assert.Equal(1, existing.Individuals);
        Assert.Single(set);
    }

    [Fact]
    public void GetLatestFigures_OnePerSeries()
    {
        var set = new DisplacementSet(
        [
            Dtm(s_mali, 1, new LocalDate(2024, 1, 31), 1), Dtm(s_mali, 2, new LocalDate(2024, 2, 29), 2),
            Dtm(s_mali, 3, new LocalDate(2024, 2, 29), 2, "SA"), Dtm(s_mopti, 4, new LocalDate(2024, 1, 31), 1),
        ]);

        // Sorted by country, level, code, group, source, assessment type: MLI BA, MLI SA, then ML05.
        Assert.Equal([2L, 3L, 4L], set.GetLatestFigures().Select(f => f.Individuals));
        Assert.Equal(new long[] { 1, 4 }, set.GetLatestFigures(new LocalDate(2024, 2, 1)).Select(f => f.Individuals).Order());
    }

    [Fact]
    public void DisplacementArea_EqualityIgnoresName()
    {
        Assert.Equal(new DisplacementArea("NER", 1, new PCode("NE006"), "Tillabéri"), new DisplacementArea("NER", 1, new PCode("NE006"), "Tillaberi"));
        Assert.True(s_bandiagara.IsWithin(s_mopti));
        Assert.True(s_bandiagara.IsWithin(s_mali));
        Assert.False(s_mopti.IsWithin(s_bandiagara));
        Assert.False(s_segou.IsWithin(DisplacementArea.ForCountry("NER")));
    }

    [Fact]
    public void DisplacementArea_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentException>("countryAlpha3", () => DisplacementArea.ForCountry("Mali"));
        Assert.Throws<ArgumentException>("code", () => new DisplacementArea("MLI", 0, new PCode("ML05")));
        Assert.Throws<ArgumentException>("code", () => new DisplacementArea("MLI", 1, null));
    }
}

public sealed class DisplacementSetHistoryTests
{
    private static readonly DisplacementArea s_mali = DisplacementArea.ForCountry("MLI");
    private static readonly DisplacementArea s_mopti = new("MLI", 1, new PCode("ML05"));
    private static readonly DisplacementArea s_segou = new("MLI", 1, new PCode("ML04"));
    private static readonly DisplacementArea s_bandiagara = new("MLI", 2, new PCode("ML0502"));
    private static readonly DisplacementArea s_tominian = new("MLI", 2, new PCode("ML0407"));

    private static DisplacementFigure Fig(DisplacementArea area, long n, int month, int round) =>
        new(area, PopulationGroup.Idp, n, new LocalDate(2024, month, 28), DisplacementSource.Conasur, round);

    [Fact]
    public void GetStock_MixedLevelsInOneRound_OutermostAreasOnly()
    {
        // Round 1: Mopti reported at admin1 (with Bandiagara inside it), Ségou only through Tominian (admin2).
        var set = new DisplacementSet([Fig(s_mopti, 1_000, 1, 1), Fig(s_bandiagara, 400, 1, 1), Fig(s_tominian, 250, 1, 1)]);
        DisplacementStock stock = set.GetStock(s_mali, PopulationGroup.Idp, DisplacementSource.Conasur, AssessmentType.None, new LocalDate(2024, 12, 31))!;
        Assert.Equal(1_000 + 250, stock.Individuals);
        Assert.Equal(2, stock.SummedAreas);
    }

    [Fact]
    public void GetHistory_OneStockPerRound_NeverAccumulated()
    {
        var set = new DisplacementSet(
        [
            Fig(s_mopti, 1_000, 1, 1), Fig(s_segou, 500, 1, 1),
            Fig(s_mopti, 1_100, 2, 2), Fig(s_segou, 450, 2, 2),
            Fig(s_mopti, 1_300, 3, 3),
        ]);

        IReadOnlyList<DisplacementStock> history = set.GetHistory(s_mali, PopulationGroup.Idp, DisplacementSource.Conasur, AssessmentType.None);

        Assert.Equal([1_500L, 1_550L, 1_300L], history.Select(s => s.Individuals));
        Assert.Equal([1, 2, 3], history.Select(s => s.Round!.Value));
        Assert.Equal([null, 1_500L, 1_550L], history.Select(s => s.PreviousIndividuals));
        Assert.Equal(2, set.GetHistory(s_mali, PopulationGroup.Idp, DisplacementSource.Conasur, AssessmentType.None,
            new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 12, 31))).Count);
        Assert.Equal([s_segou, s_mopti], set.GetAreas(s_mali, 1, PopulationGroup.Idp));
    }
}
