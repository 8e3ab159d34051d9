using NodaTime;

namespace SahelReports.Analysis;

/// <summary>Analyses a weekly or monthly series: changes, rolling mean, least-squares and Mann–Kendall trends, a Poisson test of
/// the last period, and a label derived from them.</summary>
/// <remarks>
/// <para>The label follows these rules, in order: fewer than <see cref="TrendOptions.MinimumPeriods"/> periods gives
/// <see cref="TrendLabel.NotEnoughData"/>; an unusual last period (Poisson p &lt; <see cref="TrendOptions.UnusualAlpha"/>) gives
/// <see cref="TrendLabel.Unusual"/>; a Mann–Kendall p &lt; <see cref="TrendOptions.Alpha"/> with a least-squares slope of the same
/// sign gives <see cref="TrendLabel.Rising"/> or <see cref="TrendLabel.Falling"/>; otherwise <see cref="TrendLabel.NoClearTrend"/>.</para>
/// </remarks>
/// <example><code>
/// IncidentSeries weekly = IncidentAggregator.Series(incidents, new AggregationOptions { Area = "ML05", Interval = lastYear });
/// TrendResult trend = TrendAnalysis.Analyze(weekly);
/// // trend.Label: Rising; trend.Linear.SlopePerPeriod: +0.8 events a week (95 % CI 0.3 to 1.3)
/// </code></example>
public static class TrendAnalysis
{
    /// <summary>Analyses the measure chosen in <paramref name="options"/> of a series.</summary>
    /// <param name="series">The series.</param>
    /// <param name="options">The thresholds, or <see langword="null"/> for the defaults.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static TrendResult Analyze(IncidentSeries series, TrendOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= new TrendOptions();
        return Analyze(series.Points.Select(p => p.Period).ToArray(), series.GetValues(options.Measure), options);
    }

    /// <summary>Analyses a series of values with their periods.</summary>
    /// <param name="periods">The periods, consecutive and in order (the same-period-last-year change is looked up among them).</param>
    /// <param name="values">One value per period.</param>
    /// <param name="options">The thresholds, or <see langword="null"/> for the defaults.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The counts differ, a value is not finite, or an option is out of range.</exception>
    public static TrendResult Analyze(IReadOnlyList<ReportingPeriod> periods, IReadOnlyList<double> values, TrendOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(values);
        options ??= new TrendOptions();
        CheckOptions(options);
        if (periods.Count != values.Count)
        {
            throw new ArgumentException("Needs one value per period; got " + periods.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " periods and " + values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " values.", nameof(values));
        }

        double[] v = [.. values];
        double?[] rolling = TrendStatistics.RollingMean(v, options.RollingWindow);
        int n = v.Length;
        PeriodChange? fromPrevious = n >= 2 ? PeriodChange.Between(v[n - 1], v[n - 2]) : null;
        PeriodChange? fromLastYear = null;
        if (n >= 1)
        {
            LocalDate lastYearStart = periods[n - 1].SamePeriodLastYear().Start;
            for (int i = n - 2; i >= 0; i--)
            {
                if (periods[i].Start == lastYearStart)
                {
                    fromLastYear = PeriodChange.Between(v[n - 1], v[i]);
                    break;
                }
            }
        }

        var result = new TrendResult
        {
            Label = TrendLabel.NotEnoughData,
            Periods = [.. periods],
            Values = v,
            RollingMean = rolling,
            ChangeFromPrevious = fromPrevious,
            ChangeFromLastYear = fromLastYear,
        };
        if (n < options.MinimumPeriods)
        {
            return result;
        }

        LinearTrend linear = TrendStatistics.FitLinear(v);
        MannKendallTest mk = TrendStatistics.MannKendall(v);
        PoissonSurprise? unusual = n > options.BaselinePeriods
            ? TrendStatistics.PoissonUnusual(v[(n - 1 - options.BaselinePeriods)..(n - 1)], v[n - 1], options.UnusualAlpha)
            : null;
        TrendLabel label = unusual is { IsUnusual: true } ? TrendLabel.Unusual
            : mk.PValue < options.Alpha && mk.S > 0 && linear.SlopePerPeriod > 0 ? TrendLabel.Rising
            : mk.PValue < options.Alpha && mk.S < 0 && linear.SlopePerPeriod < 0 ? TrendLabel.Falling
            : TrendLabel.NoClearTrend;
        return result with { Label = label, Linear = linear, MannKendall = mk, Unusual = unusual };
    }

    private static void CheckOptions(TrendOptions options)
    {
        if (!(options.Alpha > 0 && options.Alpha < 1))
        {
            throw new ArgumentException("TrendOptions.Alpha must be between 0 and 1.", nameof(options));
        }

        if (!(options.UnusualAlpha > 0 && options.UnusualAlpha < 1))
        {
            throw new ArgumentException("TrendOptions.UnusualAlpha must be between 0 and 1.", nameof(options));
        }

        if (options.BaselinePeriods < 1 || options.RollingWindow < 1 || options.MinimumPeriods < 3)
        {
            throw new ArgumentException("TrendOptions needs BaselinePeriods ≥ 1, RollingWindow ≥ 1 and MinimumPeriods ≥ 3.", nameof(options));
        }
    }
}
