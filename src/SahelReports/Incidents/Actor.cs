namespace SahelReports.Incidents;

/// <summary>A party to an incident: a named actor, its ACLED actor type, and the actors associated with it in the event.</summary>
/// <param name="Name">The actor's name as coded by the source, for example <c>JNIM: Group for Support of Islam and Muslims</c>.</param>
/// <param name="Type">The actor type (inter code), or <see langword="null"/> when the source gives none.</param>
/// <param name="AssociatedActors">Actors fighting alongside it in this event (ACLED's <c>assoc_actor_N</c>, split on <c>;</c>).</param>
public sealed record Actor(string Name, ActorType? Type, IReadOnlyList<string> AssociatedActors)
{
    /// <summary>Creates an actor without associated actors.</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The actor type.</param>
    public Actor(string name, ActorType? type)
        : this(name, type, [])
    {
    }

    /// <summary>Determines whether two actors are equal: same name, type and associated actors in the same order.</summary>
    /// <param name="other">The other actor.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(Actor? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Type == other.Type && AssociatedActors.SequenceEqual(other.AssociatedActors, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Type, AssociatedActors.Count);
}
