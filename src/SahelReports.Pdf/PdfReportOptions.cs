using NodaTime;

namespace SahelReports.Pdf;

/// <summary>Options for rendering a situation report to PDF.</summary>
public sealed record PdfReportOptions
{
    private readonly float _margin = 48f;

    /// <summary>Gets the clock that stamps the document's creation date; a fixed clock gives identical bytes run to run.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>Gets the paper size; A4 by default.</summary>
    public PdfPageSize PageSize { get; init; } = PdfPageSize.A4;

    /// <summary>Gets a value indicating whether pages are landscape (wider than tall); portrait by default.</summary>
    public bool Landscape { get; init; }

    /// <summary>Gets the page margin on all four sides, in points (1/72 inch); 48 by default (about 17 mm).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 18 or above 144 points (the header and footer are drawn inside the margin).</exception>
    public float Margin
    {
        get => _margin;
        init => _margin = value is >= 18f and <= 144f
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The margin must be between 18 and 144 points.");
    }

    /// <summary>Gets the document author written to the PDF metadata; the report's publisher name when <see langword="null"/>.</summary>
    public string? Author { get; init; }

    /// <summary>
    /// Gets a value indicating whether to ask SkiaSharp for PDF/A-2b output (XMP metadata, embedded fonts). SkiaSharp's random
    /// XMP DocumentID/InstanceID and trailer /ID are replaced with an ID hashed from the content, so PDF/A output is
    /// byte-identical for the same report and clock too. Conformance has not been checked with a PDF/A validator.
    /// </summary>
    public bool PdfA { get; init; }
}
