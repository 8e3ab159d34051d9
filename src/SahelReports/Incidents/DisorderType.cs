namespace SahelReports.Incidents;

/// <summary>ACLED's disorder type: the broadest classification of an event.</summary>
public enum DisorderType
{
    /// <summary>Political violence (battles, explosions/remote violence, violence against civilians, some riots).</summary>
    PoliticalViolence = 1,

    /// <summary>Demonstrations (protests and most riots).</summary>
    Demonstrations = 2,

    /// <summary>Strategic developments: contextually important non-violent or not-yet-violent activity.</summary>
    StrategicDevelopments = 3,

    /// <summary>ACLED's combined value <c>Political violence; Demonstrations</c>, used for some mob violence.</summary>
    PoliticalViolenceAndDemonstrations = 4,
}
