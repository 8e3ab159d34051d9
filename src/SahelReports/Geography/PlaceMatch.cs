namespace SahelReports.Geography;

/// <summary>The result of matching a place name against a gazetteer.</summary>
/// <param name="Status">How the name was matched, or why it was not.</param>
/// <param name="Area">The matched area, or <see langword="null"/> when unmatched or ambiguous.</param>
/// <param name="Candidates">The candidate areas when <see cref="Status"/> is <see cref="PlaceMatchStatus.Ambiguous"/>; otherwise empty.</param>
public sealed record PlaceMatch(PlaceMatchStatus Status, AdminArea? Area, IReadOnlyList<AdminArea> Candidates)
{
    /// <summary>Gets the result for a name that matched nothing.</summary>
    public static PlaceMatch Unmatched { get; } = new(PlaceMatchStatus.Unmatched, null, []);

    /// <summary>Gets a value indicating whether exactly one area was matched.</summary>
    public bool IsMatched => Area is not null;
}
