using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace SahelReports.Incidents;

/// <summary>
/// ACLED's event taxonomy: the names used in exports for disorder types, event types, sub-event types and actor types,
/// the sub-event → event type hierarchy, and the visible mapping from the pre-2019 event types.
/// </summary>
/// <remarks><para>Name look-ups are case-insensitive and ignore surrounding white space. All members are thread-safe.</para></remarks>
public static class AcledTaxonomy
{
    private static readonly (SubEventType Sub, EventType Event, string Name)[] s_subEvents =
    [
        (SubEventType.ArmedClash, EventType.Battles, "Armed clash"),
        (SubEventType.GovernmentRegainsTerritory, EventType.Battles, "Government regains territory"),
        (SubEventType.NonStateActorOvertakesTerritory, EventType.Battles, "Non-state actor overtakes territory"),
        (SubEventType.ChemicalWeapon, EventType.ExplosionsRemoteViolence, "Chemical weapon"),
        (SubEventType.AirDroneStrike, EventType.ExplosionsRemoteViolence, "Air/drone strike"),
        (SubEventType.SuicideBomb, EventType.ExplosionsRemoteViolence, "Suicide bomb"),
        (SubEventType.ShellingArtilleryMissileAttack, EventType.ExplosionsRemoteViolence, "Shelling/artillery/missile attack"),
        (SubEventType.RemoteExplosiveLandmineIed, EventType.ExplosionsRemoteViolence, "Remote explosive/landmine/IED"),
        (SubEventType.Grenade, EventType.ExplosionsRemoteViolence, "Grenade"),
        (SubEventType.SexualViolence, EventType.ViolenceAgainstCivilians, "Sexual violence"),
        (SubEventType.Attack, EventType.ViolenceAgainstCivilians, "Attack"),
        (SubEventType.AbductionForcedDisappearance, EventType.ViolenceAgainstCivilians, "Abduction/forced disappearance"),
        (SubEventType.PeacefulProtest, EventType.Protests, "Peaceful protest"),
        (SubEventType.ProtestWithIntervention, EventType.Protests, "Protest with intervention"),
        (SubEventType.ExcessiveForceAgainstProtesters, EventType.Protests, "Excessive force against protesters"),
        (SubEventType.ViolentDemonstration, EventType.Riots, "Violent demonstration"),
        (SubEventType.MobViolence, EventType.Riots, "Mob violence"),
        (SubEventType.Agreement, EventType.StrategicDevelopments, "Agreement"),
        (SubEventType.Arrests, EventType.StrategicDevelopments, "Arrests"),
        (SubEventType.ChangeToGroupActivity, EventType.StrategicDevelopments, "Change to group/activity"),
        (SubEventType.DisruptedWeaponsUse, EventType.StrategicDevelopments, "Disrupted weapons use"),
        (SubEventType.HeadquartersOrBaseEstablished, EventType.StrategicDevelopments, "Headquarters or base established"),
        (SubEventType.LootingPropertyDestruction, EventType.StrategicDevelopments, "Looting/property destruction"),
        (SubEventType.NonViolentTransferOfTerritory, EventType.StrategicDevelopments, "Non-violent transfer of territory"),
        (SubEventType.Other, EventType.StrategicDevelopments, "Other"),
    ];

    private static readonly (EventType Type, string Name)[] s_eventTypes =
    [
        (EventType.Battles, "Battles"),
        (EventType.ExplosionsRemoteViolence, "Explosions/Remote violence"),
        (EventType.ViolenceAgainstCivilians, "Violence against civilians"),
        (EventType.Protests, "Protests"),
        (EventType.Riots, "Riots"),
        (EventType.StrategicDevelopments, "Strategic developments"),
    ];

    private static readonly (DisorderType Type, string Name)[] s_disorderTypes =
    [
        (DisorderType.PoliticalViolence, "Political violence"),
        (DisorderType.Demonstrations, "Demonstrations"),
        (DisorderType.StrategicDevelopments, "Strategic developments"),
        (DisorderType.PoliticalViolenceAndDemonstrations, "Political violence; Demonstrations"),
    ];

    private static readonly (ActorType Type, string Name)[] s_actorTypes =
    [
        (ActorType.StateForces, "State forces"),
        (ActorType.RebelGroup, "Rebel group"),
        (ActorType.PoliticalMilitia, "Political militia"),
        (ActorType.IdentityMilitia, "Identity militia"),
        (ActorType.Rioters, "Rioters"),
        (ActorType.Protesters, "Protesters"),
        (ActorType.Civilians, "Civilians"),
        (ActorType.ExternalOtherForces, "External/Other forces"),
    ];

    private static readonly FrozenDictionary<string, SubEventType> s_subByName =
        s_subEvents.ToFrozenDictionary(s => s.Name, s => s.Sub, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, EventType> s_eventByName = s_eventTypes
        .Select(e => (e.Name, e.Type))
        .Append(("Explosions/Remote Violence", EventType.ExplosionsRemoteViolence))
        .Append(("Remote violence", EventType.ExplosionsRemoteViolence))
        .DistinctBy(e => e.Item1, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(e => e.Item1, e => e.Item2, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DisorderType> s_disorderByName =
        s_disorderTypes.ToFrozenDictionary(d => d.Name, d => d.Type, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, ActorType> s_actorByName = s_actorTypes
        .Select(a => (a.Name, a.Type))
        .Concat(
        [
            ("Rebel groups", ActorType.RebelGroup),
            ("Political militias", ActorType.PoliticalMilitia),
            ("Identity militias", ActorType.IdentityMilitia),
            ("Communal militia", ActorType.IdentityMilitia),
            ("Communal militias", ActorType.IdentityMilitia),
            ("Ethnic militia", ActorType.IdentityMilitia),
            ("Rioter", ActorType.Rioters),
            ("Protester", ActorType.Protesters),
            ("Civilian", ActorType.Civilians),
            ("External/Other force", ActorType.ExternalOtherForces),
            ("Other forces", ActorType.ExternalOtherForces),
            ("State force", ActorType.StateForces),
        ])
        .ToFrozenDictionary(a => a.Item1, a => a.Item2, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets the mapping from ACLED's pre-2019 event types to today's taxonomy, as published in the ACLED codebook's
    /// transition notes. Kept public so that reports and users can see exactly how old data was re-coded.
    /// </summary>
    /// <remarks><para>Where an old type does not fix the sub-event type (for example <c>Riots/Protests</c>), the mapping
    /// gives the most general current sub-event type and says so in <see cref="LegacyEventTypeMapping.Note"/>.</para></remarks>
    public static IReadOnlyList<LegacyEventTypeMapping> LegacyEventTypes { get; } =
    [
        new("Battle-No change of territory", DisorderType.PoliticalViolence, EventType.Battles, SubEventType.ArmedClash, "Exact equivalent."),
        new("Battle-Non-state actor overtakes territory", DisorderType.PoliticalViolence, EventType.Battles, SubEventType.NonStateActorOvertakesTerritory, "Exact equivalent."),
        new("Battle-Government regains territory", DisorderType.PoliticalViolence, EventType.Battles, SubEventType.GovernmentRegainsTerritory, "Exact equivalent."),
        new("Riots/Protests", DisorderType.Demonstrations, EventType.Protests, SubEventType.PeacefulProtest, "The old type did not separate protests from riots; coded as a peaceful protest unless fatalities are reported, in which case the importer codes it Riots/Violent demonstration."),
        new("Remote violence", DisorderType.PoliticalViolence, EventType.ExplosionsRemoteViolence, SubEventType.RemoteExplosiveLandmineIed, "The old type did not give the means; coded as remote explosive/landmine/IED, the most frequent means in the Sahel."),
        new("Violence against civilians", DisorderType.PoliticalViolence, EventType.ViolenceAgainstCivilians, SubEventType.Attack, "The old type did not give the form of violence; coded as an attack."),
        new("Strategic development", DisorderType.StrategicDevelopments, EventType.StrategicDevelopments, SubEventType.Other, "The old type did not give the development; coded as other."),
        new("Non-violent transfer of territory", DisorderType.StrategicDevelopments, EventType.StrategicDevelopments, SubEventType.NonViolentTransferOfTerritory, "Exact equivalent."),
        new("Headquarters or base established", DisorderType.StrategicDevelopments, EventType.StrategicDevelopments, SubEventType.HeadquartersOrBaseEstablished, "Exact equivalent."),
    ];

    private static readonly FrozenDictionary<string, LegacyEventTypeMapping> s_legacyByName =
        LegacyEventTypes.ToFrozenDictionary(l => l.LegacyName, StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets every sub-event type, in ACLED codebook order.</summary>
    public static IReadOnlyList<SubEventType> SubEventTypes { get; } = s_subEvents.Select(s => s.Sub).ToArray();

    /// <summary>Gets the event type a sub-event type belongs to.</summary>
    /// <param name="subEventType">The sub-event type.</param>
    /// <returns>Its event type.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="subEventType"/> is not a defined value.</exception>
    public static EventType EventTypeOf(SubEventType subEventType)
    {
        int index = (int)subEventType - 1;
        return (uint)index < (uint)s_subEvents.Length
            ? s_subEvents[index].Event
            : throw new ArgumentOutOfRangeException(nameof(subEventType), subEventType, "Not an ACLED sub-event type.");
    }

    /// <summary>Gets the usual disorder type of an event type (riots can also be coded as political violence by ACLED).</summary>
    /// <param name="eventType">The event type.</param>
    /// <returns>The disorder type ACLED uses for most events of that type.</returns>
    public static DisorderType DefaultDisorderTypeOf(EventType eventType) => eventType switch
    {
        EventType.Protests or EventType.Riots => DisorderType.Demonstrations,
        EventType.StrategicDevelopments => DisorderType.StrategicDevelopments,
        _ => DisorderType.PoliticalViolence,
    };

    /// <summary>Gets ACLED's export name of a sub-event type, for example <c>Remote explosive/landmine/IED</c>.</summary>
    /// <param name="value">The sub-event type.</param>
    /// <returns>The name as it appears in ACLED exports.</returns>
    public static string GetName(SubEventType value) => s_subEvents[(int)value - 1].Name;

    /// <summary>Gets ACLED's export name of an event type, for example <c>Explosions/Remote violence</c>.</summary>
    /// <param name="value">The event type.</param>
    /// <returns>The name as it appears in ACLED exports.</returns>
    public static string GetName(EventType value) => s_eventTypes[(int)value - 1].Name;

    /// <summary>Gets ACLED's export name of a disorder type.</summary>
    /// <param name="value">The disorder type.</param>
    /// <returns>The name as it appears in ACLED exports.</returns>
    public static string GetName(DisorderType value) => s_disorderTypes[(int)value - 1].Name;

    /// <summary>Gets ACLED's label of an actor type, for example <c>Identity militia</c>.</summary>
    /// <param name="value">The actor type.</param>
    /// <returns>The label as it appears in recent ACLED exports.</returns>
    public static string GetName(ActorType value) => s_actorTypes[(int)value - 1].Name;

    /// <summary>Looks up a sub-event type by its ACLED name.</summary>
    /// <param name="name">The name, for example <c>Armed clash</c>.</param>
    /// <param name="value">The sub-event type, when found.</param>
    /// <returns><see langword="true"/> when the name is a current ACLED sub-event type.</returns>
    public static bool TryParseSubEventType([NotNullWhen(true)] string? name, out SubEventType value) =>
        s_subByName.TryGetValue((name ?? string.Empty).Trim(), out value);

    /// <summary>Looks up an event type by its ACLED name (current names; <c>Remote violence</c> is accepted for explosions/remote violence).</summary>
    /// <param name="name">The name, for example <c>Battles</c>.</param>
    /// <param name="value">The event type, when found.</param>
    /// <returns><see langword="true"/> when the name is an ACLED event type.</returns>
    public static bool TryParseEventType([NotNullWhen(true)] string? name, out EventType value) =>
        s_eventByName.TryGetValue((name ?? string.Empty).Trim(), out value);

    /// <summary>Looks up a disorder type by its ACLED name.</summary>
    /// <param name="name">The name, for example <c>Political violence</c>.</param>
    /// <param name="value">The disorder type, when found.</param>
    /// <returns><see langword="true"/> when the name is an ACLED disorder type.</returns>
    public static bool TryParseDisorderType([NotNullWhen(true)] string? name, out DisorderType value) =>
        s_disorderByName.TryGetValue((name ?? string.Empty).Trim(), out value);

    /// <summary>Reads an actor type from an <c>inter1</c>/<c>inter2</c> value: a number 1–8 or a text label such as <c>State forces</c>.</summary>
    /// <param name="text">The value as it appears in the file.</param>
    /// <param name="value">The actor type, when recognised.</param>
    /// <returns><see langword="true"/> when the value is an inter code or a known label.</returns>
    public static bool TryParseActorType([NotNullWhen(true)] string? text, out ActorType value)
    {
        ReadOnlySpan<char> span = (text ?? string.Empty).AsSpan().Trim();
        if (span.Length == 1 && span[0] is >= '1' and <= '8')
        {
            value = (ActorType)(span[0] - '0');
            return true;
        }

        return s_actorByName.TryGetValue(span.ToString(), out value);
    }

    /// <summary>Looks up a pre-2019 event type.</summary>
    /// <param name="legacyName">The old event type, for example <c>Battle-No change of territory</c>.</param>
    /// <param name="mapping">The mapping to the current taxonomy, when found.</param>
    /// <returns><see langword="true"/> when the name is a pre-2019 ACLED event type.</returns>
    public static bool TryGetLegacyMapping([NotNullWhen(true)] string? legacyName, [NotNullWhen(true)] out LegacyEventTypeMapping? mapping) =>
        s_legacyByName.TryGetValue((legacyName ?? string.Empty).Trim(), out mapping);
}
