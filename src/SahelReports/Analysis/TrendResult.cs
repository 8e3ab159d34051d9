namespace SahelReports.Analysis;

/// <summary>The trend of a series: its values, changes, rolling mean, statistics and label.</summary>
/// <remarks><para>Statistics that the series is too short for are <see langword="null"/>, never NaN. When
/// <see cref="Label"/> is <see cref="TrendLabel.NotEnoughData"/>, every statistic is <see langword="null"/>.</para></remarks>
public sealed record TrendResult
{
    /// <summary>Gets the verdict derived from the statistics.</summary>
    public required TrendLabel Label { get; init; }

    /// <summary>Gets the periods, in order (empty when the values were given without periods).</summary>
    public required IReadOnlyList<ReportingPeriod> Periods { get; init; }

    /// <summary>Gets the values analysed, in period order.</summary>
    public required IReadOnlyList<double> Values { get; init; }

    /// <summary>Gets the trailing rolling mean (<see cref="TrendOptions.RollingWindow"/>); <see langword="null"/> elements lack a full window.</summary>
    public required IReadOnlyList<double?> RollingMean { get; init; }

    /// <summary>Gets the change of the last period from the one before, or <see langword="null"/> with fewer than 2 periods.</summary>
    public PeriodChange? ChangeFromPrevious { get; init; }

    /// <summary>Gets the change of the last period from the same period one year earlier, or <see langword="null"/> when the series
    /// does not reach back that far (or has no periods).</summary>
    public PeriodChange? ChangeFromLastYear { get; init; }

    /// <summary>Gets the least-squares line.</summary>
    public LinearTrend? Linear { get; init; }

    /// <summary>Gets the Mann–Kendall test.</summary>
    public MannKendallTest? MannKendall { get; init; }

    /// <summary>Gets the Poisson test of the last period against the <see cref="TrendOptions.BaselinePeriods"/> before it, or
    /// <see langword="null"/> when the series has fewer periods than the baseline plus one.</summary>
    public PoissonSurprise? Unusual { get; init; }
}
