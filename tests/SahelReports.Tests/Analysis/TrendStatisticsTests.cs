using NodaTime;
using SahelReports.Analysis;

namespace SahelReports.Tests.Analysis;

/// <summary>Reference values computed independently with python3 (standard library only, no MathNet): least squares by the
/// textbook formulas, Student t p-value and quantile by Simpson integration of the t density (200 000 steps) and bisection;
/// Mann–Kendall S, tie-corrected variance (Gilbert 1987, eq. 16.4) and Z with the continuity correction, p = erfc(|Z|/√2),
/// Sen's slope with statistics.median; Poisson tail as 1 − Σ e^−λ λ^k / k!. The t quantile 2.446912 for 6 degrees of
/// freedom matches printed tables.</summary>
public sealed class TrendStatisticsTests
{
    private static readonly double[] s_rising = [3, 5, 4, 7, 8, 7, 10, 12];
    private static readonly double[] s_tied = [1, 3, 3, 2, 5, 6, 6, 6, 4, 8];

    [Fact]
    public void FitLinear_TextbookSeries_MatchesIndependentReference()
    {
        LinearTrend fit = TrendStatistics.FitLinear(s_rising);
        Assert.Equal(1.1666666666666667, fit.SlopePerPeriod, 12);
        Assert.Equal(2.916666666666666, fit.Intercept, 12);
        Assert.Equal(0.763732256592806, fit.CiLow, 8);
        Assert.Equal(1.5696010767405275, fit.CiHigh, 8);
        Assert.Equal(0.0003966554937632205, fit.PValue, 8);
        Assert.Equal(0.8932291666666666, fit.RSquared, 12);
        Assert.Equal(8, fit.Periods);
    }

    [Fact]
    public void FitLinear_Constant_SlopeZeroPValueOne()
    {
        LinearTrend fit = TrendStatistics.FitLinear([4, 4, 4, 4]);
        Assert.Equal(0, fit.SlopePerPeriod);
        Assert.Equal(1, fit.PValue);
        Assert.Equal(0, fit.CiLow);
        Assert.Equal(0, fit.CiHigh);
    }

    [Fact]
    public void FitLinear_PerfectLine_PValueZero()
    {
        LinearTrend fit = TrendStatistics.FitLinear([1, 3, 5, 7]);
        Assert.Equal(2, fit.SlopePerPeriod, 12);
        Assert.Equal(0, fit.PValue);
        Assert.Equal(1, fit.RSquared, 12);
    }

    [Fact]
    public void FitLinear_TwoValues_ThrowsNamingCount() =>
        Assert.Contains("got 2", Assert.Throws<ArgumentException>("values", () => TrendStatistics.FitLinear([1, 2])).Message, StringComparison.Ordinal);

    [Fact]
    public void MannKendall_SeriesWithTies_MatchesIndependentReference()
    {
        MannKendallTest mk = TrendStatistics.MannKendall(s_tied);
        Assert.Equal(29, mk.S);
        Assert.Equal(120.33333333333333, mk.Variance, 9);
        Assert.Equal(2.552495926943609, mk.Z, 9);
        Assert.Equal(0.01069541600674785, mk.PValue, 9);
        Assert.Equal(0.625, mk.SenSlope, 12);
    }

    [Fact]
    public void MannKendall_AllTied_PValueOne()
    {
        MannKendallTest mk = TrendStatistics.MannKendall([0, 0, 0, 0, 0]);
        Assert.Equal(0, mk.S);
        Assert.Equal(0, mk.Z);
        Assert.Equal(1, mk.PValue);
        Assert.Equal(0, mk.SenSlope);
    }

    [Fact]
    public void MannKendall_Reversed_NegatesS()
    {
        MannKendallTest up = TrendStatistics.MannKendall(s_tied);
        MannKendallTest down = TrendStatistics.MannKendall(s_tied.Reverse().ToArray());
        Assert.Equal(-up.S, down.S);
        Assert.Equal(up.PValue, down.PValue, 12);
        Assert.Equal(-up.SenSlope, down.SenSlope, 12);
    }

    [Fact]
    public void PoissonUnusual_EightAfterMean2Point5_MatchesReference()
    {
        PoissonSurprise p = TrendStatistics.PoissonUnusual([2, 3, 1, 2, 4, 2, 3, 3], 8, 0.01);
        Assert.Equal(2.5, p.BaselineMean);
        Assert.Equal(0.004246695489344643, p.PValue, 12);
        Assert.True(p.IsUnusual);
    }

    [Fact]
    public void PoissonUnusual_ZeroObservedOrZeroBaseline()
    {
        Assert.Equal(1, TrendStatistics.PoissonUnusual([1, 2], 0, 0.01).PValue);
        Assert.True(TrendStatistics.PoissonUnusual([0, 0, 0], 1, 0.01).IsUnusual);
        Assert.False(TrendStatistics.PoissonUnusual([5, 5], 5, 0.01).IsUnusual);
    }

    [Fact]
    public void RollingMean_FourPeriods_NullUntilFullWindow()
    {
        double?[] r = TrendStatistics.RollingMean([4, 8, 0, 4, 12, 0], 4);
        Assert.Equal([null, null, null, 4.0, 6.0, 4.0], r);
    }

    [Fact]
    public void PeriodChange_FromZero_HasNoPercent()
    {
        Assert.Null(PeriodChange.Between(5, 0).PercentChange);
        Assert.Equal(-50, PeriodChange.Between(5, 10).PercentChange);
        Assert.Equal(5, PeriodChange.Between(5, 0).Change);
    }

    [Fact]
    public void Analyze_RisingSeries_LabelRising()
    {
        ReportingPeriod[] weeks = Weeks(new IsoWeek(2024, 30), s_rising.Length);
        TrendResult r = TrendAnalysis.Analyze(weeks, s_rising);
        Assert.Equal(TrendLabel.Rising, r.Label);
        Assert.NotNull(r.Linear);
        Assert.Equal((8 + 7 + 10 + 12) / 4.0, r.RollingMean[^1]);
        Assert.Equal(20, r.ChangeFromPrevious!.PercentChange!.Value, 9);
    }

    [Fact]
    public void Analyze_FallingSeries_LabelFalling() =>
        Assert.Equal(TrendLabel.Falling, TrendAnalysis.Analyze(Weeks(new IsoWeek(2024, 30), 8), [.. s_rising.Reverse()]).Label);

    [Fact]
    public void Analyze_Spike_LabelUnusual()
    {
        double[] v = [2, 3, 1, 2, 4, 2, 3, 3, 8];
        TrendResult r = TrendAnalysis.Analyze(Weeks(new IsoWeek(2024, 30), v.Length), v);
        Assert.Equal(TrendLabel.Unusual, r.Label);
        Assert.Equal(0.004246695489344643, r.Unusual!.PValue, 12);
    }

    [Fact]
    public void Analyze_Flat_NoClearTrend() =>
        Assert.Equal(TrendLabel.NoClearTrend, TrendAnalysis.Analyze(Weeks(new IsoWeek(2024, 30), 8), [3, 2, 3, 4, 2, 3, 3, 2]).Label);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    public void Analyze_ShortSeries_NotEnoughDataNoNaN(int length)
    {
        double[] v = Enumerable.Repeat(1.0, length).ToArray();
        TrendResult r = TrendAnalysis.Analyze(Weeks(new IsoWeek(2024, 30), length), v);
        Assert.Equal(TrendLabel.NotEnoughData, r.Label);
        Assert.Null(r.Linear);
        Assert.Null(r.MannKendall);
        Assert.Null(r.Unusual);
    }

    [Fact]
    public void Analyze_YearOfWeeks_ComparesSameWeekLastYear()
    {
        ReportingPeriod[] weeks = Weeks(new IsoWeek(2023, 44), 53);
        double[] v = Enumerable.Range(0, 53).Select(i => (double)(i % 7)).ToArray();
        TrendResult r = TrendAnalysis.Analyze(weeks, v);
        Assert.Equal("2024-W44", weeks[^1].ToString());
        Assert.Equal(v[0], r.ChangeFromLastYear!.Previous);
    }

    private static ReportingPeriod[] Weeks(IsoWeek first, int count) =>
        Enumerable.Range(0, count).Select(i => ReportingPeriod.ForWeek(first.PlusWeeks(i))).ToArray();

    [Fact]
    public void Series_FillsZeroWeeksAndFlagsPartial()
    {
        var incidents = new[]
        {
            IncidentFixtures.Make("a", new LocalDate(2024, 11, 3), fatalities: 14),
            IncidentFixtures.Make("b", new LocalDate(2024, 11, 20), country: "BFA", admin1Code: "BF53", fatalities: 8),
        };
        IncidentSeries s = IncidentAggregator.Series(incidents, new AggregationOptions
        {
            Area = "MLI",
            Interval = new DateInterval(new LocalDate(2024, 10, 30), new LocalDate(2024, 11, 24)),
        });
        Assert.Equal(["2024-W44", "2024-W45", "2024-W46", "2024-W47"], s.Points.Select(p => p.Period.ToString()));
        Assert.Equal([14.0, 0, 0, 0], s.GetValues(TrendMeasure.Fatalities));
        Assert.Equal([true, false, false, false], s.Points.Select(p => p.IsPartial));
        Assert.Equal(1, s.Exclusions.OutsideArea);
    }
}
