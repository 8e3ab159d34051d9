namespace SahelReports.Reporting;

/// <summary>The identifiers of the standard sections, for finding them with <see cref="SituationReport.FindSection"/>.</summary>
public static class WeeklyReportSectionIds
{
    /// <summary>The security overview: tables by country and by region.</summary>
    public const string SecurityOverview = "security-overview";

    /// <summary>The weekly trend charts.</summary>
    public const string Trends = "trends";

    /// <summary>The map of the week's events.</summary>
    public const string Map = "map";

    /// <summary>The deadliest incidents of the week.</summary>
    public const string TopIncidents = "top-incidents";

    /// <summary>The actors and event types of the week.</summary>
    public const string Actors = "actors";

    /// <summary>The displacement figures.</summary>
    public const string Displacement = "displacement";

    /// <summary>Methodology and caveats.</summary>
    public const string Methodology = "methodology";
}
