namespace SahelReports.Reporting;

/// <summary>Emphasis applied to a run of text.</summary>
[Flags]
public enum TextStyle
{
    /// <summary>Plain text.</summary>
    None = 0,

    /// <summary>Strong emphasis (bold).</summary>
    Strong = 1,

    /// <summary>Emphasis (italic).</summary>
    Emphasis = 2,
}
