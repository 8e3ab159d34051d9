namespace SahelReports.Incidents;

/// <summary>How precisely ACLED knows an event's date (<c>time_precision</c>).</summary>
public enum TimePrecision
{
    /// <summary>1: the exact day is known.</summary>
    Day = 1,

    /// <summary>2: only the week is known; the date is the middle of that week (or as coded by ACLED).</summary>
    Week = 2,

    /// <summary>3: only the month is known.</summary>
    Month = 3,
}
