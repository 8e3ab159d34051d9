namespace SahelReports.Geography;

/// <summary>A country with the codes the data sources use for it.</summary>
/// <param name="Alpha3">ISO 3166-1 alpha-3 code, for example <c>MLI</c>; the key used throughout SahelReports.</param>
/// <param name="Alpha2">ISO 3166-1 alpha-2 code, the P-code prefix, for example <c>ML</c>.</param>
/// <param name="Numeric">ISO 3166-1 numeric code, as used in ACLED's <c>iso</c> column, for example 466.</param>
/// <param name="UnhcrCode">UNHCR's own country code, for example <c>BKF</c> for Burkina Faso; for territories UNHCR does not list
/// separately (Mayotte, Saint Helena), the ISO alpha-3 code.</param>
/// <param name="NameEn">English short name.</param>
/// <param name="NameFr">French short name.</param>
/// <param name="AcledPrefix">ACLED's event id prefix, for example <c>BFO</c> for Burkina Faso, or <see langword="null"/> when not known.</param>
public sealed record Country(string Alpha3, string Alpha2, int Numeric, string UnhcrCode, string NameEn, string NameFr, string? AcledPrefix)
{
    /// <summary>Gets the name in the given language (<c>fr</c> gives French; anything else English).</summary>
    /// <param name="language">A two-letter language code.</param>
    /// <returns>The name.</returns>
    public string GetName(string language) =>
        string.Equals(language, "fr", StringComparison.OrdinalIgnoreCase) ? NameFr : NameEn;

    /// <summary>Gets other names the country goes by in data sources (<c>Ivory Coast</c>, <c>DRC</c>, <c>Swaziland</c>), matched
    /// accent-, case- and punctuation-insensitively by <see cref="Countries.TryFromName(string?, out Country?)"/>.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Gets the P-code of the country itself (its alpha-2 code).</summary>
    public PCode PCode => new(Alpha2);
}
