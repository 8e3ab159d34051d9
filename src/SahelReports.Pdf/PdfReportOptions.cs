using NodaTime;

namespace SahelReports.Pdf;

/// <summary>Options for rendering a situation report to PDF.</summary>
public sealed record PdfReportOptions
{
    /// <summary>Gets the clock that stamps the document's creation date; a fixed clock gives identical bytes run to run.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;
}
