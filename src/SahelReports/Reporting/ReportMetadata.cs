using NodaTime;

namespace SahelReports.Reporting;

/// <summary>What a report is: title, area, number, period, "as of" date, language and when it was generated.</summary>
public sealed record ReportMetadata
{
    /// <summary>Gets the title, for example <c>Central Sahel: weekly security and displacement update</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the area covered, for example <c>Burkina Faso, Mali, Niger</c>.</summary>
    public required string Area { get; init; }

    /// <summary>Gets the report number, for example <c>44</c> or <c>2024/44</c>, or <see langword="null"/>.</summary>
    public string? ReportNumber { get; init; }

    /// <summary>Gets the reporting period (inclusive).</summary>
    public required DateInterval Period { get; init; }

    /// <summary>Gets a short label for the period, for example <c>2024-W44</c>.</summary>
    public required string PeriodLabel { get; init; }

    /// <summary>Gets the date the data is current to.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets the report language.</summary>
    public required ReportLanguage Language { get; init; }

    /// <summary>Gets when the report was generated (from the caller's clock, so output is reproducible).</summary>
    public required Instant GeneratedAt { get; init; }

    /// <summary>Gets the publishing organisation.</summary>
    public Publisher Publisher { get; init; } = Publisher.Default;

    /// <summary>Gets keywords for document metadata.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
