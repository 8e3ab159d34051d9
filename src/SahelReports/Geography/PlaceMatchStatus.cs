namespace SahelReports.Geography;

/// <summary>How a place name was matched against a gazetteer.</summary>
public enum PlaceMatchStatus
{
    /// <summary>No area of that name (or alias) at that level under that parent.</summary>
    Unmatched = 0,

    /// <summary>The name matched the area's official or English name (accents, case and punctuation ignored).</summary>
    Name = 1,

    /// <summary>The name matched one of the area's aliases.</summary>
    Alias = 2,

    /// <summary>Several areas carry that name and the parent does not decide between them; nothing was chosen.</summary>
    Ambiguous = 3,
}
