namespace SahelReports.Analysis;

/// <summary>Thresholds for <see cref="TrendAnalysis"/>.</summary>
public sealed record TrendOptions
{
    /// <summary>Gets the significance level of the trend tests (default 0.05).</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Gets the p-value below which the last period is unusual (default 0.01).</summary>
    public double UnusualAlpha { get; init; } = 0.01;

    /// <summary>Gets the number of periods before the last one that form the baseline of the unusual test (default 8).</summary>
    public int BaselinePeriods { get; init; } = 8;

    /// <summary>Gets the window of the rolling mean (default 4 periods).</summary>
    public int RollingWindow { get; init; } = 4;

    /// <summary>Gets the fewest periods a series needs for any statistic (default 6; at least 3).</summary>
    public int MinimumPeriods { get; init; } = 6;

    /// <summary>Gets the measure analysed (default: events).</summary>
    public TrendMeasure Measure { get; init; } = TrendMeasure.Events;
}
