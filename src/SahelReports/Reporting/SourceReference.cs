using NodaTime;

namespace SahelReports.Reporting;

/// <summary>A data source cited by a report.</summary>
/// <param name="Name">The source's name, for example <c>ACLED</c>.</param>
/// <param name="Description">What was used, for example <c>conflict events to 3 November 2024</c>, or <see langword="null"/>.</param>
/// <param name="Url">An http(s) link, or <see langword="null"/>.</param>
/// <param name="Date">The date of the data, or <see langword="null"/>.</param>
public sealed record SourceReference(string Name, string? Description = null, string? Url = null, LocalDate? Date = null);
