using NodaTime;
using SahelReports.Geography;

namespace SahelReports.Reporting;

/// <summary>A value for an administrative area, drawn as a proportional symbol at its centroid or as a filled area.</summary>
/// <param name="Area">The area's P-code.</param>
/// <param name="Name">The area's name in the report language.</param>
/// <param name="Value">The value (for example events in the week, or the latest IDP stock).</param>
/// <param name="Date">The date of the value when it is a dated figure, or <see langword="null"/>.</param>
public sealed record MapAreaValue(PCode Area, string Name, double Value, LocalDate? Date = null);
