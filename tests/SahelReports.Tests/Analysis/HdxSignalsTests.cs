using NodaTime;
using SahelReports.Analysis;
using SahelReports.Incidents;

namespace SahelReports.Tests.Analysis;

public sealed class HdxSignalsTests
{
    private static readonly LocalDate s_asOf = new(2024, 11, 3);

    private static ConflictIncident Deaths(LocalDate date, int fatalities) => IncidentFixtures.Make("x", date, fatalities: fatalities);

    [Fact]
    public void Evaluate_AboveOneYearMaxBelowThreeYearMax_Medium()
    {
        ConflictIncident[] incidents =
        [
            Deaths(s_asOf.PlusDays(-4 * 365), 0), // the data start four years back
            Deaths(s_asOf.PlusDays(-2 * 365), 300), // two years ago: a 30-day sum of 300
            Deaths(s_asOf.PlusDays(-200), 150), // 200 days ago: 150
            Deaths(s_asOf.PlusDays(-10), 120),
            Deaths(s_asOf, 80), // last 30 days: 200
        ];
        HdxSignal s = HdxSignals.Evaluate(incidents, s_asOf);
        Assert.Equal(200, s.Fatalities30Days);
        Assert.Equal(150, s.MaxPreviousYear);
        Assert.Equal(300, s.MaxPreviousThreeYears);
        Assert.Equal(HdxSignalLevel.Medium, s.Level);
    }

    [Fact]
    public void Evaluate_AboveThreeYearMax_High()
    {
        // The level 300 was reached 29 days ago (a signal then); today's 100 more lift the 30-day sum to a new high of 400.
        ConflictIncident[] incidents = [Deaths(s_asOf.PlusDays(-4 * 365), 50), Deaths(s_asOf.PlusDays(-29), 300), Deaths(s_asOf, 100)];
        HdxSignal s = HdxSignals.Evaluate(incidents, s_asOf);
        Assert.Equal(400, s.Fatalities30Days);
        Assert.Equal(300, s.MaxPreviousYear);
        Assert.Equal(HdxSignalLevel.High, s.Level);
    }

    [Fact]
    public void Evaluate_WindowIsThirtyDays()
    {
        // 30 days ago is outside the window that ends today (days -29..0).
        HdxSignal s = HdxSignals.Evaluate([Deaths(s_asOf.PlusDays(-4 * 365), 0), Deaths(s_asOf.PlusDays(-30), 400)], s_asOf);
        Assert.Equal(0, s.Fatalities30Days);
        Assert.Equal(400, s.MaxPreviousYear);
        Assert.Equal(HdxSignalLevel.None, s.Level);
    }

    [Fact]
    public void Evaluate_NewHighBelowFloor_None()
    {
        HdxSignal s = HdxSignals.Evaluate([Deaths(s_asOf.PlusDays(-4 * 365), 0), Deaths(s_asOf, 99)], s_asOf);
        Assert.Equal(HdxSignalLevel.None, s.Level);
    }

    [Fact]
    public void Evaluate_ShortHistory_NotEnoughDataAndNoThreeYearMax()
    {
        HdxSignal s = HdxSignals.Evaluate([Deaths(s_asOf.PlusDays(-200), 10), Deaths(s_asOf, 500)], s_asOf);
        Assert.Equal(HdxSignalLevel.NotEnoughData, s.Level);
        Assert.Null(s.MaxPreviousYear);

        HdxSignal twoYears = HdxSignals.Evaluate([Deaths(s_asOf, 500)], s_asOf, dataStart: s_asOf.PlusDays(-2 * 365));
        Assert.Equal(HdxSignalLevel.Medium, twoYears.Level);
        Assert.Null(twoYears.MaxPreviousThreeYears);
    }
}
