namespace SahelReports.Reporting;

/// <summary>One series of a chart: a value per category.</summary>
/// <param name="Name">The legend name.</param>
/// <param name="Values">One value per category of the chart.</param>
/// <param name="IsTrendLine">Whether the series is a fitted trend (drawn dashed, without markers).</param>
/// <param name="SecondaryAxis">Whether the series uses the right-hand axis (line charts only).</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values, bool IsTrendLine = false, bool SecondaryAxis = false);
