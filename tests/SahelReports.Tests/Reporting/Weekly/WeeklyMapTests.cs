using NodaTime;
using NodaTime.Testing;
using SahelReports.Reporting;

namespace SahelReports.Tests.Reporting.Weekly;

public sealed class WeeklyMapTests
{
    private static SituationReport Build(ReportLanguage language, bool displacement = false) =>
        new WeeklySituationReportBuilder(new WeeklyReportOptions { Language = language, Clock = new FakeClock(WeeklyFixture.Now) })
            .Build(WeeklyFixture.Set(), WeeklyFixture.Week, displacement ? WeeklyFixture.Displacement() : null);

    [Fact]
    public void OverviewMap_IsTheFirstSection_WithLegendTitlesAndSource()
    {
        SituationReport report = Build(ReportLanguage.English);
        Assert.Equal(WeeklyReportSectionIds.Map, report.Sections[0].Id);
        var map = (MapBlock)report.Sections[0].Blocks[0];
        Assert.Equal(["BFA", "MLI", "NER"], map.CountryAlpha3);
        Assert.Equal("Event type", map.CategoryLabel);
        Assert.Equal("Reported fatalities per event", map.WeightLabel);
        Assert.Equal("ACLED", map.SourceLine);
    }

    [Fact]
    public void OverviewMap_PointsAndAdmin1Totals_MatchAHandCount()
    {
        var map = (MapBlock)Build(ReportLanguage.English).Sections[0].Blocks[0];

        // Hand count of the seed week: 8 events, one located only to the Mopti region (not drawn).
        // Drawn: Boni 0, Tougoumé 14, Kari 8, Tillabéri 1, Mopti 2, Djenné 1, Séno 3 → 29 fatalities.
        Assert.Equal(7, map.Points.Count);
        Assert.Equal(29, map.Points.Sum(p => p.Weight));
        Assert.Equal(
            [("Battles", 4), ("Explosions/Remote violence", 1), ("Violence against civilians", 2)],
            map.Points.GroupBy(p => p.Category).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())));

        // Events per admin 1 (all 8, the region-only one included): Mopti 5, Boucle du Mouhoun 1, Sahel 1, Tillabéri 1.
        Assert.Equal(
            [("BF46", 1d), ("BF56", 1d), ("ML05", 5d), ("NE006", 1d)],
            map.AreaValues.OrderBy(a => a.Area.Value, StringComparer.Ordinal).Select(a => (a.Area.Value, a.Value)));
        Assert.Equal(8, map.AreaValues.Sum(a => a.Value));
    }

    [Fact]
    public void DisplacementMap_ShowsTheLatestStockPerRegion_WithItsDate()
    {
        ReportSection section = Build(ReportLanguage.English, displacement: true).FindSection(WeeklyReportSectionIds.Displacement)!;
        var map = Assert.IsType<MapBlock>(section.Blocks[^1]);

        // The fixture: Mopti 215,500 and Tombouctou 48,000 (DTM round 11, 30 September 2024); round 12 (31 December) is after
        // the week and must not show. Burkina Faso and Niger have national figures only: no regional symbol.
        Assert.Equal(
            [("ML05", 215_500d, new LocalDate(2024, 9, 30)), ("ML06", 48_000d, new LocalDate(2024, 9, 30))],
            map.AreaValues.OrderBy(a => a.Area.Value, StringComparer.Ordinal).Select(a => (a.Area.Value, a.Value, a.Date!.Value)));
        Assert.Empty(map.Points);
        Assert.Equal("IOM DTM BA", map.SourceLine);
        Assert.Equal("Internally displaced people", map.ValueLabel);
        Assert.Equal("Each region shows its latest figure on or before 3 November 2024 (sources: IOM DTM BA), at the regional capital; figures of different dates and sources are not added.", map.Note);
    }

    [Fact]
    public void DisplacementMap_IsLeftOutWithoutRegionalFigures()
    {
        Assert.DoesNotContain(Build(ReportLanguage.French).Sections.SelectMany(s => s.Blocks).OfType<MapBlock>(), m => m.Points.Count == 0);
        Assert.Single(Build(ReportLanguage.French).Sections.SelectMany(s => s.Blocks).OfType<MapBlock>());
    }

    [Fact]
    public void MapTexts_AreTranslated()
    {
        var map = (MapBlock)Build(ReportLanguage.French).Sections[0].Blocks[0];
        Assert.Equal("Type d’événement", map.CategoryLabel);
        Assert.Equal("Décès rapportés par événement", map.WeightLabel);
        var displacement = Build(ReportLanguage.French, displacement: true).Sections.SelectMany(s => s.Blocks).OfType<MapBlock>().Last();
        Assert.Equal("Personnes déplacées internes", displacement.ValueLabel);
        Assert.StartsWith("Chaque région montre son dernier chiffre au 3 novembre 2024 au plus tard", displacement.Note, StringComparison.Ordinal);
    }
}
