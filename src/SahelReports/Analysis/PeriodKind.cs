namespace SahelReports.Analysis;

/// <summary>The kind of a <see cref="ReportingPeriod"/>.</summary>
public enum PeriodKind
{
    /// <summary>An ISO week, Monday to Sunday.</summary>
    Week = 1,

    /// <summary>A calendar month.</summary>
    Month = 2,

    /// <summary>Any run of whole days.</summary>
    Custom = 3,
}
