namespace SahelReports.Incidents.Internal;

/// <summary>
/// How an incident is coded: precision, taxonomy, actors, interaction, civilian targeting. A few thousand combinations cover
/// a million ACLED rows, so the importer shares one instance between the incidents that have the same values.
/// </summary>
/// <remarks>
/// An instance is changed only while the incident in <see cref="Owner"/> is being initialised (its <c>init</c> accessors); any
/// other incident, including a <c>with</c> copy, clones it first. Shared instances have no owner, so they never change.
/// Equality compares the values, never the owner.
/// </remarks>
internal sealed class IncidentCoding : IEquatable<IncidentCoding>
{
    /// <summary>Nothing set yet (an incident being initialised).</summary>
    public static IncidentCoding None { get; } = new();

    public TimePrecision TimePrecision { get; set; }

    public DisorderType DisorderType { get; set; }

    public EventType EventType { get; set; }

    public SubEventType SubEventType { get; set; }

    public string? LegacyEventType { get; set; }

    public Actor Actor1 { get; set; } = null!;

    public Actor? Actor2 { get; set; }

    public Interaction? Interaction { get; set; }

    public bool CivilianTargeting { get; set; }

    /// <summary>The incident being initialised that may still change this instance, or <see langword="null"/> (shared, fixed).</summary>
    public object? Owner { get; private set; }

    /// <summary>Makes this instance fixed (no owner): called when its owner is copied, so that neither changes it again and the
    /// copy does not keep the owner alive through it.</summary>
    public IncidentCoding Freeze()
    {
        if (!ReferenceEquals(this, None))
        {
            Owner = null;
        }

        return this;
    }

    /// <summary>This instance when <paramref name="owner"/> owns it, otherwise a copy owned by it.</summary>
    public IncidentCoding WritableBy(object owner) => ReferenceEquals(Owner, owner) ? this : new IncidentCoding
    {
        TimePrecision = TimePrecision, DisorderType = DisorderType, EventType = EventType, SubEventType = SubEventType,
        LegacyEventType = LegacyEventType, Actor1 = Actor1, Actor2 = Actor2, Interaction = Interaction, CivilianTargeting = CivilianTargeting,
        Owner = owner,
    };

    /// <inheritdoc/>
    public bool Equals(IncidentCoding? other) =>
        other is not null && (ReferenceEquals(this, other) || (TimePrecision == other.TimePrecision && DisorderType == other.DisorderType
        && EventType == other.EventType && SubEventType == other.SubEventType && string.Equals(LegacyEventType, other.LegacyEventType, StringComparison.Ordinal)
        && Equals(Actor1, other.Actor1) && Equals(Actor2, other.Actor2) && Interaction == other.Interaction && CivilianTargeting == other.CivilianTargeting));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IncidentCoding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TimePrecision, DisorderType, EventType, SubEventType, Actor1, Actor2, Interaction, CivilianTargeting);
}
