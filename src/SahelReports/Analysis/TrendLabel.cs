namespace SahelReports.Analysis;

/// <summary>The verdict of <see cref="TrendAnalysis"/>, derived from the statistics (never from the raw change alone).</summary>
public enum TrendLabel
{
    /// <summary>The series is shorter than <see cref="TrendOptions.MinimumPeriods"/>: no statistic is reported.</summary>
    NotEnoughData = 0,

    /// <summary>Neither a significant monotonic trend nor an unusual last period.</summary>
    NoClearTrend = 1,

    /// <summary>Mann–Kendall finds a significant upward trend and the least-squares slope is positive.</summary>
    Rising = 2,

    /// <summary>Mann–Kendall finds a significant downward trend and the least-squares slope is negative.</summary>
    Falling = 3,

    /// <summary>The last period is unusually high compared with the baseline periods before it (Poisson test).</summary>
    Unusual = 4,
}
