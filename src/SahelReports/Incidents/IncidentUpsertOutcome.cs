namespace SahelReports.Incidents;

/// <summary>What <see cref="IncidentSet"/> did with a row.</summary>
public enum IncidentUpsertOutcome
{
    /// <summary>The id was new: the row became a new incident (counted as accepted).</summary>
    Added = 0,

    /// <summary>The row is a newer revision (later timestamp) and replaced the stored incident (counted as merged).</summary>
    Replaced = 1,

    /// <summary>The row is an older revision; the stored, newer incident was kept (counted as merged).</summary>
    KeptNewer = 2,

    /// <summary>The row repeats the stored revision exactly (same timestamp and content) (counted as merged).</summary>
    Duplicate = 3,

    /// <summary>The row has the stored revision's timestamp but different content; the first row was kept (counted as merged, with a warning).</summary>
    ConflictingDuplicate = 4,

    /// <summary>The row is the other actor's row of a monadic event and was merged into it (counted as merged).</summary>
    MergedMonadic = 5,
}
