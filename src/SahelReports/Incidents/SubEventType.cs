namespace SahelReports.Incidents;

/// <summary>ACLED's 25 sub-event types. Each belongs to exactly one <see cref="EventType"/> (see <see cref="AcledTaxonomy.EventTypeOf"/>).</summary>
public enum SubEventType
{
    /// <summary>Battles: Armed clash.</summary>
    ArmedClash = 1,

    /// <summary>Battles: Government regains territory.</summary>
    GovernmentRegainsTerritory,

    /// <summary>Battles: Non-state actor overtakes territory.</summary>
    NonStateActorOvertakesTerritory,

    /// <summary>Explosions/Remote violence: Chemical weapon.</summary>
    ChemicalWeapon,

    /// <summary>Explosions/Remote violence: Air/drone strike.</summary>
    AirDroneStrike,

    /// <summary>Explosions/Remote violence: Suicide bomb.</summary>
    SuicideBomb,

    /// <summary>Explosions/Remote violence: Shelling/artillery/missile attack.</summary>
    ShellingArtilleryMissileAttack,

    /// <summary>Explosions/Remote violence: Remote explosive/landmine/IED.</summary>
    RemoteExplosiveLandmineIed,

    /// <summary>Explosions/Remote violence: Grenade.</summary>
    Grenade,

    /// <summary>Violence against civilians: Sexual violence.</summary>
    SexualViolence,

    /// <summary>Violence against civilians: Attack.</summary>
    Attack,

    /// <summary>Violence against civilians: Abduction/forced disappearance.</summary>
    AbductionForcedDisappearance,

    /// <summary>Protests: Peaceful protest.</summary>
    PeacefulProtest,

    /// <summary>Protests: Protest with intervention.</summary>
    ProtestWithIntervention,

    /// <summary>Protests: Excessive force against protesters.</summary>
    ExcessiveForceAgainstProtesters,

    /// <summary>Riots: Violent demonstration.</summary>
    ViolentDemonstration,

    /// <summary>Riots: Mob violence.</summary>
    MobViolence,

    /// <summary>Strategic developments: Agreement.</summary>
    Agreement,

    /// <summary>Strategic developments: Arrests.</summary>
    Arrests,

    /// <summary>Strategic developments: Change to group/activity.</summary>
    ChangeToGroupActivity,

    /// <summary>Strategic developments: Disrupted weapons use.</summary>
    DisruptedWeaponsUse,

    /// <summary>Strategic developments: Headquarters or base established.</summary>
    HeadquartersOrBaseEstablished,

    /// <summary>Strategic developments: Looting/property destruction.</summary>
    LootingPropertyDestruction,

    /// <summary>Strategic developments: Non-violent transfer of territory.</summary>
    NonViolentTransferOfTerritory,

    /// <summary>Strategic developments: Other.</summary>
    Other,
}
