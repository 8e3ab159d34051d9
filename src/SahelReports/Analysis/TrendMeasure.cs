namespace SahelReports.Analysis;

/// <summary>Which count of a series a trend is computed on.</summary>
public enum TrendMeasure
{
    /// <summary>The number of events.</summary>
    Events = 1,

    /// <summary>The reported fatalities.</summary>
    Fatalities = 2,

    /// <summary>The number of civilian-targeting events.</summary>
    CivilianTargetingEvents = 3,
}
