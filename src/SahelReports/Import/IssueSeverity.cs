namespace SahelReports.Import;

/// <summary>How serious a problem found while importing data is.</summary>
public enum IssueSeverity
{
    /// <summary>The row was kept, possibly after a documented normalisation (for example a legacy P-code).</summary>
    Warning = 0,

    /// <summary>The row was rejected and is not in the imported data.</summary>
    Error = 1,

    /// <summary>The whole file could not be read (empty, not CSV, unknown header, record over the size limit).</summary>
    Fatal = 2,
}
