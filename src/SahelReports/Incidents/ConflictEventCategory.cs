namespace SahelReports.Incidents;

/// <summary>The categories of HDX HAPI's pre-aggregated conflict events (derived from ACLED). They <b>overlap</b>:
/// civilian-targeting events are also political violence, so the categories are never added together.</summary>
public enum ConflictEventCategory
{
    /// <summary>Political violence (<c>political_violence</c>): battles, explosions/remote violence, violence against civilians.</summary>
    PoliticalViolence = 0,

    /// <summary>Events targeting civilians (<c>civilian_targeting</c>), a subset across event types.</summary>
    CivilianTargeting = 1,

    /// <summary>Demonstrations (<c>demonstration</c>): protests and riots. Fatalities are often not given.</summary>
    Demonstration = 2,
}
