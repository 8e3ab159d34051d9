using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using SahelReports.Geography;
using SahelReports.Incidents;

namespace SahelReports.Analysis;

/// <summary>Maps the spelling variants of actor names to one canonical name, and tells which actors are local defence forces.</summary>
/// <remarks>
/// <para>A name is normalised in three steps: a year range in brackets is removed (<c>Military Forces of Mali (2021-)</c>
/// becomes <c>Military Forces of Mali</c>); the result is compared, ignoring case, accents, spaces and punctuation, with the
/// names and aliases of the known actors; failing that, the part before a colon is compared (<c>VDP: …</c>). A name that
/// matches nothing is returned with only the year range removed: nothing is guessed.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed partial class ActorNormalizer
{
    private static readonly Lazy<ActorNormalizer> s_default = new(() => new ActorNormalizer(DefaultActors()));
    private readonly Dictionary<string, KnownActor> _byKey = new(StringComparer.Ordinal);

    /// <summary>Creates a normaliser for the given actors.</summary>
    /// <param name="actors">The known actors.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actors"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two actors share a name or alias (compared as described in the remarks).</exception>
    public ActorNormalizer(IEnumerable<KnownActor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var list = new List<KnownActor>();
        foreach (KnownActor actor in actors)
        {
            ArgumentNullException.ThrowIfNull(actor, nameof(actors));
            list.Add(actor);
            foreach (string spelling in actor.Aliases.Prepend(actor.Name))
            {
                string key = NameKey.From(StripYears(spelling));
                if (key.Length == 0)
                {
                    throw new ArgumentException("Actor '" + actor.Name + "' has an empty name or alias.", nameof(actors));
                }

                if (_byKey.TryGetValue(key, out KnownActor? other) && !ReferenceEquals(other, actor))
                {
                    throw new ArgumentException("The spelling '" + spelling + "' is claimed by both '" + other.Name + "' and '" + actor.Name + "'.", nameof(actors));
                }

                _byKey[key] = actor;
            }
        }

        Actors = list;
    }

    /// <summary>Gets the normaliser for Central Sahel actors: JNIM (with Katiba Macina), Islamic State Sahel Province,
    /// VDP, Koglweogo, Dan Na Ambassagou and Dozo militias.</summary>
    public static ActorNormalizer Default => s_default.Value;

    /// <summary>Gets the known actors.</summary>
    public IReadOnlyList<KnownActor> Actors { get; }

    /// <summary>Normalises an actor name.</summary>
    /// <param name="name">The name as coded by the source.</param>
    /// <returns>The canonical name of the known actor it matches, or the name without a bracketed year range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGetKnown(name, out KnownActor? known) ? known.Name : StripYears(name);
    }

    /// <summary>Finds the known actor a name stands for.</summary>
    /// <param name="name">The name as coded by the source.</param>
    /// <param name="actor">The known actor, when found.</param>
    /// <returns><see langword="true"/> when the name is a known actor's name or alias.</returns>
    public bool TryGetKnown([NotNullWhen(true)] string? name, [NotNullWhen(true)] out KnownActor? actor)
    {
        actor = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        string stripped = StripYears(name);
        if (_byKey.TryGetValue(NameKey.From(stripped), out actor))
        {
            return true;
        }

        int colon = stripped.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && _byKey.TryGetValue(NameKey.From(stripped[..colon]), out actor);
    }

    /// <summary>Determines whether the name is that of a local defence force (VDP, Koglweogo, Dan Na Ambassagou…).</summary>
    /// <param name="name">The actor name.</param>
    /// <returns><see langword="true"/> for a known local defence force.</returns>
    public bool IsLocalDefenceForce(string? name) => TryGetKnown(name, out KnownActor? actor) && actor.IsLocalDefenceForce;

    /// <summary>Derives whom an incident targeted.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>
    /// <see cref="TargetType.Civilians"/> when ACLED flags civilian targeting; otherwise, from the second actor:
    /// <see cref="TargetType.LocalDefenceForces"/> for a known local defence force or an identity militia, then by its actor type;
    /// <see cref="TargetType.NoTarget"/> without a second actor.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
    public TargetType GetTargetType(ConflictIncident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return Classify(incident.CivilianTargeting, incident.Actor2, !incident.CivilianTargeting && IsLocalDefenceForce(incident.Actor2?.Name));
    }

    /// <summary>The target rule of <see cref="GetTargetType"/>, with the local-defence test already done (so callers can cache it).</summary>
    internal static TargetType Classify(bool civilianTargeting, Actor? target, bool targetIsLocalDefence)
    {
        if (civilianTargeting)
        {
            return TargetType.Civilians;
        }

        if (target is null)
        {
            return TargetType.NoTarget;
        }

        if (targetIsLocalDefence)
        {
            return TargetType.LocalDefenceForces;
        }

        return target.Type switch
        {
            ActorType.Civilians => TargetType.Civilians,
            ActorType.StateForces => TargetType.StateForces,
            ActorType.IdentityMilitia => TargetType.LocalDefenceForces,
            ActorType.RebelGroup or ActorType.PoliticalMilitia => TargetType.ArmedGroups,
            ActorType.Rioters or ActorType.Protesters => TargetType.Demonstrators,
            _ => TargetType.Other,
        };
    }

    private static string StripYears(string name)
    {
        string trimmed = name.Trim();
        return trimmed.Contains('(', StringComparison.Ordinal) ? YearRange().Replace(trimmed, string.Empty).Trim() : trimmed;
    }

    [GeneratedRegex(@"\s*\(\s*\d{4}\s*-\s*(\d{4})?\s*\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex YearRange();

    private static IEnumerable<KnownActor> DefaultActors() =>
    [
        new("JNIM: Group for Support of Islam and Muslims", false,
            ["JNIM", "GSIM", "Group for Support of Islam and Muslims", "Jama'at Nasr al-Islam wal Muslimin", "Jama'at Nusrat al-Islam wal-Muslimin",
             "Jamaat Nusrat al Islam wal Muslimin", "Groupe de soutien à l'islam et aux musulmans", "Katiba Macina", "Macina Liberation Front",
             "Front de libération du Macina", "FLM"]),
        new("Islamic State Sahel Province", false,
            ["IS Sahel", "ISSP", "Islamic State (Sahel)", "Islamic State Sahel", "Islamic State (Greater Sahara)", "Islamic State in the Greater Sahara",
             "ISGS", "EIGS", "État islamique au Grand Sahara", "Etat islamique au Sahel"]),
        new("VDP: Volunteers for the Defense of the Homeland", true,
            ["VDP", "Volunteers for the Defense of the Homeland", "Volunteers for the Defence of the Homeland", "Volontaires pour la défense de la patrie"]),
        new("Koglweogo Militia", true, ["Koglweogo", "Kogl-weogo", "Koglweogo Self-Defense Group"]),
        new("Dan Na Ambassagou", true, ["Dana Ambassagou", "Dan Na Amassagou", "Dan Nan Ambassagou", "Dan na Ambassagou Militia", "Dogon Militia (Dan Na Ambassagou)"]),
        new("Dozo Communal Militia", true, ["Dozo Militia", "Dozo", "Dozo Hunters", "Donso"]),
    ];
}
