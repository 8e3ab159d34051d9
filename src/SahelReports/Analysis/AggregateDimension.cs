namespace SahelReports.Analysis;

/// <summary>A dimension incidents can be grouped by in <see cref="IncidentAggregator"/>. Each incident has exactly one value in
/// every dimension, so the groups of any combination of dimensions sum to the total.</summary>
public enum AggregateDimension
{
    /// <summary>The country (ISO alpha-3).</summary>
    Country = 1,

    /// <summary>The admin1 area: its P-code where the name was resolved, otherwise the name as given by the source.</summary>
    Admin1 = 2,

    /// <summary>The admin2 area: its P-code where the name was resolved, otherwise the name as given by the source.</summary>
    Admin2 = 3,

    /// <summary>The ACLED event type.</summary>
    EventType = 4,

    /// <summary>The ACLED sub-event type.</summary>
    SubEventType = 5,

    /// <summary>The ACLED disorder type.</summary>
    DisorderType = 6,

    /// <summary>The first actor (<c>actor1</c>), its name normalised by <see cref="ActorNormalizer"/>.</summary>
    Actor = 7,

    /// <summary>The first actor's type (inter code); incidents without one form their own group.</summary>
    ActorType = 8,

    /// <summary>Whom the incident targeted (<see cref="Analysis.TargetType"/>), from the second actor and the civilian-targeting flag.</summary>
    TargetType = 9,

    /// <summary>Whether ACLED flags the incident as civilian targeting.</summary>
    CivilianTargeting = 10,

    /// <summary>The ISO week or calendar month of the event date (<see cref="AggregationOptions.Granularity"/>).</summary>
    Period = 11,
}
