namespace SahelReports.Analysis;

/// <summary>The step of a time series: ISO weeks or calendar months.</summary>
public enum PeriodGranularity
{
    /// <summary>ISO weeks (Monday to Sunday), labelled <c>2024-W44</c>.</summary>
    Week = 1,

    /// <summary>Calendar months, labelled <c>2024-11</c>.</summary>
    Month = 2,
}
