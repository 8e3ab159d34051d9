namespace SahelReports.Pdf;

/// <summary>Paper sizes a situation report can be rendered on.</summary>
public enum PdfPageSize
{
    /// <summary>ISO A4, 210 × 297 mm (595.28 × 841.89 points), the default.</summary>
    A4 = 0,

    /// <summary>US Letter, 8.5 × 11 in (612 × 792 points).</summary>
    Letter = 1,
}
