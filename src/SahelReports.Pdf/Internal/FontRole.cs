namespace SahelReports.Pdf.Internal;

/// <summary>The typographic role of a piece of text, which picks the embedded face.</summary>
internal enum FontRole
{
    /// <summary>Noto Sans Regular.</summary>
    Regular = 0,

    /// <summary>Noto Sans Bold.</summary>
    Bold = 1,

    /// <summary>Noto Sans Italic.</summary>
    Italic = 2,
}
