using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace SahelReports.Geography;

/// <summary>The countries SahelReports knows, with look-ups by every code the data sources use.</summary>
/// <remarks><para>All members are thread-safe. Name look-ups are accent-, case- and punctuation-insensitive.</para></remarks>
public static class Countries
{
    private static readonly Country[] s_all =
    [
        new("MLI", "ML", 466, "MLI", "Mali", "Mali", "MLI"),
        new("BFA", "BF", 854, "BKF", "Burkina Faso", "Burkina Faso", "BFO"),
        new("NER", "NE", 562, "NGR", "Niger", "Niger", "NIR"),
        new("TCD", "TD", 148, "CHD", "Chad", "Tchad", "CHA"),
        new("MRT", "MR", 478, "MAU", "Mauritania", "Mauritanie", "MAU"),
        new("SEN", "SN", 686, "SEN", "Senegal", "Sénégal", "SEN"),
        new("GIN", "GN", 324, "GUI", "Guinea", "Guinée", "GIN"),
        new("CIV", "CI", 384, "ICO", "Côte d'Ivoire", "Côte d'Ivoire", "CDI"),
        new("GHA", "GH", 288, "GHA", "Ghana", "Ghana", "GHA"),
        new("TGO", "TG", 768, "TOG", "Togo", "Togo", "TOG"),
        new("BEN", "BJ", 204, "BEN", "Benin", "Bénin", "BEN"),
        new("NGA", "NG", 566, "NIG", "Nigeria", "Nigéria", "NIG"),
        new("DZA", "DZ", 12, "ALG", "Algeria", "Algérie", "ALG"),
        new("LBY", "LY", 434, "LBY", "Libya", "Libye", "LBY"),
        new("CMR", "CM", 120, "CMR", "Cameroon", "Cameroun", "CAO"),
    ];

    private static readonly FrozenDictionary<string, Country> s_byAlpha3 = s_all.ToFrozenDictionary(c => c.Alpha3, StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<string, Country> s_byAlpha2 = s_all.ToFrozenDictionary(c => c.Alpha2, StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<int, Country> s_byNumeric = s_all.ToFrozenDictionary(c => c.Numeric);
    private static readonly FrozenDictionary<string, Country> s_byUnhcr = s_all.ToFrozenDictionary(c => c.UnhcrCode, StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<string, Country> s_byName = s_all
        .SelectMany(c => new[] { (Key: NameKey.From(c.NameEn), c), (Key: NameKey.From(c.NameFr), c) })
        .DistinctBy(p => p.Key, StringComparer.Ordinal)
        .ToFrozenDictionary(p => p.Key, p => p.c, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Country> s_byAcledPrefix = s_all
        .Where(c => c.AcledPrefix is not null)
        .ToFrozenDictionary(c => c.AcledPrefix!, StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets Mali.</summary>
    public static Country Mali => s_byAlpha3["MLI"];

    /// <summary>Gets Burkina Faso.</summary>
    public static Country BurkinaFaso => s_byAlpha3["BFA"];

    /// <summary>Gets Niger.</summary>
    public static Country Niger => s_byAlpha3["NER"];

    /// <summary>Gets every known country, ordered by alpha-3 code.</summary>
    public static IReadOnlyList<Country> All { get; } = s_all.OrderBy(c => c.Alpha3, StringComparer.Ordinal).ToArray();

    /// <summary>Gets the Central Sahel countries this library's gazetteer covers: Burkina Faso, Mali and Niger.</summary>
    public static IReadOnlyList<Country> CentralSahel { get; } = [s_byAlpha3["BFA"], s_byAlpha3["MLI"], s_byAlpha3["NER"]];

    /// <summary>Looks up a country by ISO alpha-3 code.</summary>
    /// <param name="alpha3">The code, for example <c>MLI</c> (case-insensitive).</param>
    /// <param name="country">The country, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromAlpha3([NotNullWhen(true)] string? alpha3, [NotNullWhen(true)] out Country? country) =>
        s_byAlpha3.TryGetValue(alpha3?.Trim() ?? string.Empty, out country);

    /// <summary>Looks up a country by ISO alpha-2 code (the P-code prefix).</summary>
    /// <param name="alpha2">The code, for example <c>ML</c> (case-insensitive).</param>
    /// <param name="country">The country, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromAlpha2([NotNullWhen(true)] string? alpha2, [NotNullWhen(true)] out Country? country) =>
        s_byAlpha2.TryGetValue(alpha2?.Trim() ?? string.Empty, out country);

    /// <summary>Looks up a country by ISO numeric code, as in ACLED's <c>iso</c> column.</summary>
    /// <param name="numeric">The code, for example 466 for Mali.</param>
    /// <param name="country">The country, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromNumeric(int numeric, [NotNullWhen(true)] out Country? country) =>
        s_byNumeric.TryGetValue(numeric, out country);

    /// <summary>Looks up a country by UNHCR's country code (which differs from ISO for some countries: <c>BKF</c>, <c>NGR</c>).</summary>
    /// <param name="unhcrCode">The UNHCR code (case-insensitive).</param>
    /// <param name="country">The country, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromUnhcrCode([NotNullWhen(true)] string? unhcrCode, [NotNullWhen(true)] out Country? country) =>
        s_byUnhcr.TryGetValue(unhcrCode?.Trim() ?? string.Empty, out country);

    /// <summary>Looks up a country by ACLED's event id prefix (<c>MLI</c>, <c>BFO</c>, <c>NIR</c>…).</summary>
    /// <param name="prefix">The prefix (case-insensitive).</param>
    /// <param name="country">The country, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromAcledPrefix([NotNullWhen(true)] string? prefix, [NotNullWhen(true)] out Country? country) =>
        s_byAcledPrefix.TryGetValue(prefix?.Trim() ?? string.Empty, out country);

    /// <summary>Looks up a country by its English or French name, ignoring accents, case and punctuation.</summary>
    /// <param name="name">The name, for example <c>Cote d'Ivoire</c>.</param>
    /// <param name="country">The country, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromName([NotNullWhen(true)] string? name, [NotNullWhen(true)] out Country? country) =>
        s_byName.TryGetValue(NameKey.From(name), out country);

    /// <summary>Gets a country by ISO alpha-3 code.</summary>
    /// <param name="alpha3">The code.</param>
    /// <returns>The country.</returns>
    /// <exception cref="ArgumentException"><paramref name="alpha3"/> is not a known alpha-3 code.</exception>
    public static Country FromAlpha3(string alpha3) =>
        TryFromAlpha3(alpha3, out Country? c) ? c : throw new ArgumentException($"'{alpha3}' is not a known ISO 3166-1 alpha-3 country code.", nameof(alpha3));
}
