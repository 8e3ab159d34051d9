namespace SahelReports.Analysis;

/// <summary>An actor that <see cref="ActorNormalizer"/> recognises under several spellings.</summary>
/// <param name="Name">The canonical name reports use, for example <c>JNIM: Group for Support of Islam and Muslims</c>.</param>
/// <param name="IsLocalDefenceForce">Whether the actor is a local defence force or community militia (VDP, Koglweogo, Dan Na
/// Ambassagou): attacks on it count as attacks on local defence forces.</param>
/// <param name="Aliases">Other spellings and names of the actor, and associated groups counted with it (for example
/// <c>Katiba Macina</c> with JNIM). Matching ignores case, accents, spaces and punctuation.</param>
public sealed record KnownActor(string Name, bool IsLocalDefenceForce, IReadOnlyList<string> Aliases);
