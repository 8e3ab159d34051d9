namespace SahelReports.Incidents;

/// <summary>ACLED's six event types.</summary>
public enum EventType
{
    /// <summary>Battles: violent interactions between two organised armed groups.</summary>
    Battles = 1,

    /// <summary>Explosions/Remote violence: one-sided violence by explosive or remote means.</summary>
    ExplosionsRemoteViolence = 2,

    /// <summary>Violence against civilians: violence by an organised armed group against unarmed non-combatants.</summary>
    ViolenceAgainstCivilians = 3,

    /// <summary>Protests: public demonstrations where demonstrators are not engaged in violence.</summary>
    Protests = 4,

    /// <summary>Riots: violent events where demonstrators or mobs engage in disruptive acts.</summary>
    Riots = 5,

    /// <summary>Strategic developments: important non-violent activity (agreements, arrests, base establishment…).</summary>
    StrategicDevelopments = 6,
}
