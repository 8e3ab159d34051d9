namespace SahelReports.Reporting;

/// <summary>The purpose of a callout, which renderers may show with a colour or an icon.</summary>
public enum CalloutTone
{
    /// <summary>Neutral information.</summary>
    Info = 0,

    /// <summary>A key message or highlight.</summary>
    Highlight = 1,

    /// <summary>A caveat or warning about the data.</summary>
    Caution = 2,
}
