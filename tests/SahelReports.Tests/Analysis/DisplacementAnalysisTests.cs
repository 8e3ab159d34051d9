using NodaTime;
using SahelReports.Analysis;
using SahelReports.Displacement;
using SahelReports.Geography;

namespace SahelReports.Tests.Analysis;

public sealed class DisplacementAnalysisTests
{
    private static readonly ReportingPeriod s_seedWeek = ReportingPeriod.ForWeek(new IsoWeek(2024, 44));

    private static DisplacementFigure Dtm(string country, string? code, long n, LocalDate date, int round, string type = "BA") =>
        new(code is null ? DisplacementArea.ForCountry(country) : new DisplacementArea(country, 1, new PCode(code)), PopulationGroup.Idp, n, date, DisplacementSource.Dtm, round, new AssessmentType(type));

    private static DisplacementSet Figures() => new(
    [
        // Mopti: two rounds (baseline), plus a site assessment that overlaps it and must never be added.
        Dtm("MLI", "ML05", 40_000, new LocalDate(2024, 6, 30), 1),
        Dtm("MLI", "ML05", 46_500, new LocalDate(2024, 9, 30), 2),
        Dtm("MLI", "ML05", 12_000, new LocalDate(2024, 9, 30), 2, "SA"),
        Dtm("MLI", "ML07", 9_000, new LocalDate(2024, 9, 30), 2),
        // Tillabéri: one figure only; no incident-free admin1 of Niger is invented.
        Dtm("NER", "NE006", 150_000, new LocalDate(2024, 3, 31), 1),
    ]);

    [Fact]
    public void ByAdmin1_SeedWeek_IncidentsBesideLatestStock()
    {
        IReadOnlyList<ConflictDisplacementRow> rows = DisplacementAnalysis.ByAdmin1(
            IncidentFixtures.SeedWeek(), Figures(), s_seedWeek, PopulationGroup.Idp, s_seedWeek.End);

        Assert.Equal(["BFA BF46", "MLI ML05", "MLI ML07", "NER NE006"], rows.Select(r => r.CountryAlpha3 + " " + r.Admin1Code.Value));
        ConflictDisplacementRow mopti = rows[1];
        Assert.Equal(new AggregateCounts(4, 14, 1), mopti.Incidents);
        Assert.Equal(46_500, mopti.Displacement!.Individuals);  // baseline preferred; the SA figure is an alternative
        Assert.Equal(6_500, mopti.Displacement.Change);          // since round 1
        Assert.Equal(1, mopti.AlternativeStocks);
        Assert.Equal("Mopti", mopti.Admin1Name);

        ConflictDisplacementRow gao = rows[2];
        Assert.Equal(default, gao.Incidents);
        Assert.Equal(9_000, gao.Displacement!.Individuals);

        Assert.Null(rows[0].Displacement);                        // Kari: incidents, no displacement figure
        Assert.True(rows[3].Displacement!.IsStale);               // Tillabéri: March figure, more than 6 months old
    }

    [Fact]
    public void NationalStocks_SumsAreasOfOneRoundOnly()
    {
        IReadOnlyList<DisplacementStock> stocks = DisplacementAnalysis.NationalStocks(Figures(), ["MLI", "BFA", "NER"], PopulationGroup.Idp, new LocalDate(2024, 11, 3));

        // Mali: round 2 baseline areas 46 500 + 9 000; never the SA figure, never round 1. Burkina Faso has no figure.
        Assert.Equal(["MLI", "NER"], stocks.Select(s => s.Area.CountryAlpha3));
        Assert.Equal(55_500, stocks[0].Individuals);
        Assert.Equal(150_000, stocks[1].Individuals);
    }
}
