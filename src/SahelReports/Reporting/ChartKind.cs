namespace SahelReports.Reporting;

/// <summary>How a chart draws its series.</summary>
public enum ChartKind
{
    /// <summary>Lines over the categories (weekly series).</summary>
    Line = 0,

    /// <summary>Vertical bars, series side by side.</summary>
    Bar = 1,

    /// <summary>Vertical bars, series stacked.</summary>
    StackedBar = 2,

    /// <summary>Horizontal bars (rankings by area).</summary>
    HorizontalBar = 3,
}
