namespace SahelReports.Analysis;

/// <summary>Whom an incident was directed against, derived from the second actor and ACLED's civilian-targeting flag
/// (see <see cref="ActorNormalizer.GetTargetType"/>). Each incident has exactly one target type, so totals by target reconcile.</summary>
public enum TargetType
{
    /// <summary>No second actor is coded (for example a one-sided explosion or a strategic development).</summary>
    NoTarget = 1,

    /// <summary>Civilians: ACLED flags the event as civilian targeting, or the second actor is coded as civilians (inter code 7).</summary>
    Civilians = 2,

    /// <summary>State forces (inter code 1): military, police, gendarmerie.</summary>
    StateForces = 3,

    /// <summary>Local defence forces and identity militias: VDP, Koglweogo, Dan Na Ambassagou, Dozo hunters (recognised by
    /// name) and any other identity militia (inter code 4).</summary>
    LocalDefenceForces = 4,

    /// <summary>Rebel groups and political militias that are not local defence forces (inter codes 2 and 3).</summary>
    ArmedGroups = 5,

    /// <summary>Rioters and protesters (inter codes 5 and 6).</summary>
    Demonstrators = 6,

    /// <summary>External or other forces (inter code 8), or a second actor without an actor type.</summary>
    Other = 7,
}
