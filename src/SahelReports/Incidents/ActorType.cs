namespace SahelReports.Incidents;

/// <summary>ACLED's actor types, whose values are the <c>inter1</c>/<c>inter2</c> codes 1–8.</summary>
public enum ActorType
{
    /// <summary>1: State forces (military, police, government-controlled militias).</summary>
    StateForces = 1,

    /// <summary>2: Rebel groups (aiming to overthrow or secede from the state, for example JNIM, IS Sahel in older codings).</summary>
    RebelGroup = 2,

    /// <summary>3: Political militias.</summary>
    PoliticalMilitia = 3,

    /// <summary>4: Identity militias (communal, ethnic, local defence: Dan Na Ambassagou, Koglweogo, VDP in some codings).</summary>
    IdentityMilitia = 4,

    /// <summary>5: Rioters.</summary>
    Rioters = 5,

    /// <summary>6: Protesters.</summary>
    Protesters = 6,

    /// <summary>7: Civilians.</summary>
    Civilians = 7,

    /// <summary>8: External/Other forces (international forces, private security firms, UN missions).</summary>
    ExternalOtherForces = 8,
}
