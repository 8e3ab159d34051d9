using CsCheck;
using NodaTime;
using SahelReports.Analysis;
using SahelReports.Incidents;

namespace SahelReports.Tests.Analysis;

public sealed class TrendPropertyTests
{
    private static readonly Gen<double[]> s_counts = Gen.Int[0, 40].Select(i => (double)i).Array[0, 60];

    [Fact]
    public void FitLinear_AgreesWithMathNetFitLine()
    {
        // Independent implementation: MathNet's Fit.Line (QR-free closed form on explicit x values).
        Gen.Double[-1000, 1000].Array[3, 50].Sample(values =>
        {
            double[] x = Enumerable.Range(0, values.Length).Select(i => (double)i).ToArray();
            (double intercept, double slope) = MathNet.Numerics.Fit.Line(x, values);
            LinearTrend fit = TrendStatistics.FitLinear(values);
            Assert.Equal(slope, fit.SlopePerPeriod, 6);
            Assert.Equal(intercept, fit.Intercept, 6);
            Assert.InRange(fit.PValue, 0, 1);
            Assert.True(fit.CiLow <= fit.SlopePerPeriod && fit.SlopePerPeriod <= fit.CiHigh);
        });
    }

    [Fact]
    public void MannKendall_SenSlopeOfALineIsItsSlope()
    {
        Gen.Select(Gen.Int[-20, 20], Gen.Int[-50, 50], Gen.Int[3, 40]).Sample((slope, intercept, n) =>
        {
            double[] v = Enumerable.Range(0, n).Select(i => intercept + ((double)slope * i)).ToArray();
            MannKendallTest mk = TrendStatistics.MannKendall(v);
            Assert.Equal(slope, mk.SenSlope, 9);
            Assert.Equal(Math.Sign(slope) * (long)n * (n - 1) / 2, mk.S);
        });
    }

    [Fact]
    public void Analyze_AnyCountSeries_NeverNaN()
    {
        s_counts.Sample(values =>
        {
            ReportingPeriod[] weeks = Enumerable.Range(0, values.Length).Select(i => ReportingPeriod.ForWeek(new IsoWeek(2023, 1).PlusWeeks(i))).ToArray();
            TrendResult r = TrendAnalysis.Analyze(weeks, values);
            double?[] numbers =
            [
                r.Linear?.SlopePerPeriod, r.Linear?.CiLow, r.Linear?.CiHigh, r.Linear?.PValue, r.Linear?.RSquared, r.Linear?.Intercept,
                r.MannKendall?.Z, r.MannKendall?.PValue, r.MannKendall?.SenSlope, r.MannKendall?.Variance,
                r.Unusual?.PValue, r.Unusual?.BaselineMean, r.ChangeFromPrevious?.PercentChange, r.ChangeFromLastYear?.PercentChange,
                .. r.RollingMean,
            ];
            Assert.All(numbers, x => Assert.False(x is { } d && !double.IsFinite(d)));
            Assert.Equal(values.Length < 6, r.Label == TrendLabel.NotEnoughData);
        });
    }

    [Fact]
    public void Series_PointsAreConsecutiveAndSumToTotals()
    {
        Gen.Select(Gen.Int[0, 400].Array[0, 40], Gen.Int[0, 300], Gen.Int[1, 200], Gen.Bool).Sample((days, fromDay, length, monthly) =>
        {
            LocalDate origin = new(2020, 12, 1);
            ConflictIncident[] incidents = days.Select((d, i) => IncidentFixtures.Make("i" + i, origin.PlusDays(d), fatalities: i % 5)).ToArray();
            var interval = new DateInterval(origin.PlusDays(fromDay), origin.PlusDays(fromDay + length));
            IncidentSeries s = IncidentAggregator.Series(incidents, new AggregationOptions
            {
                Interval = interval,
                Granularity = monthly ? PeriodGranularity.Month : PeriodGranularity.Week,
            });
            for (int i = 1; i < s.Points.Count; i++)
            {
                Assert.Equal(s.Points[i - 1].Period.End.PlusDays(1), s.Points[i].Period.Start);
            }

            Assert.True(s.Points[0].Period.Contains(interval.Start));
            Assert.True(s.Points[^1].Period.Contains(interval.End));
            int inRange = days.Count(d => d >= fromDay && d <= fromDay + length);
            Assert.Equal(inRange, s.Points.Sum(p => p.Counts.Events));
            Assert.Equal(inRange, s.Totals.Events);
            Assert.Equal(days.Length - inRange, s.Exclusions.OutsideInterval);
        });
    }
}
