using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace SahelReports.Geography;

/// <summary>The countries SahelReports knows, with look-ups by every code the data sources use.</summary>
/// <remarks><para>All members are thread-safe. Name look-ups are accent-, case- and punctuation-insensitive.</para></remarks>
public static class Countries
{
    // ISO 3166-1 codes; UNHCR codes as in UNHCR's population statistics (refugees R package, countries table), except
    // Mayotte and Saint Helena, which UNHCR does not list separately and which keep their ISO alpha-3 code.
    // ACLED event id prefixes are given only where known: MLI, BFO and NIR for the Central Sahel, and prefixes seen in
    // ACLED exports and codebooks (ALG, CAO, CEN, CHA, CDI, DRC, EGY, ETH, KEN, NIG, SOM, SSD, SUD, TUN, UGA); null elsewhere.
    private static readonly Country[] s_all =
    [
        new("DZA", "DZ", 12, "ALG", "Algeria", "Algérie", "ALG"),
        new("AGO", "AO", 24, "ANG", "Angola", "Angola", null),
        new("BEN", "BJ", 204, "BEN", "Benin", "Bénin", null),
        new("BWA", "BW", 72, "BOT", "Botswana", "Botswana", null),
        new("BFA", "BF", 854, "BKF", "Burkina Faso", "Burkina Faso", "BFO"),
        new("BDI", "BI", 108, "BDI", "Burundi", "Burundi", null),
        new("CPV", "CV", 132, "CVI", "Cabo Verde", "Cap-Vert", null) { Aliases = ["Cape Verde"] },
        new("CMR", "CM", 120, "CMR", "Cameroon", "Cameroun", "CAO"),
        new("CAF", "CF", 140, "CAR", "Central African Republic", "République centrafricaine", "CEN") { Aliases = ["Central African Rep.", "CAR", "Centrafrique"] },
        new("TCD", "TD", 148, "CHD", "Chad", "Tchad", "CHA"),
        new("COM", "KM", 174, "COI", "Comoros", "Comores", null),
        new("COG", "CG", 178, "COB", "Congo", "Congo", null) { Aliases = ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville", "République du Congo"] },
        new("COD", "CD", 180, "COD", "Democratic Republic of the Congo", "République démocratique du Congo", "DRC") { Aliases = ["Democratic Republic of Congo", "Dem. Rep. of the Congo", "DR Congo", "DRC", "Congo-Kinshasa", "RDC", "RD Congo"] },
        new("CIV", "CI", 384, "ICO", "Côte d'Ivoire", "Côte d'Ivoire", "CDI") { Aliases = ["Ivory Coast"] },
        new("DJI", "DJ", 262, "DJB", "Djibouti", "Djibouti", null),
        new("EGY", "EG", 818, "ARE", "Egypt", "Égypte", "EGY"),
        new("GNQ", "GQ", 226, "EGU", "Equatorial Guinea", "Guinée équatoriale", null),
        new("ERI", "ER", 232, "ERT", "Eritrea", "Érythrée", null),
        new("SWZ", "SZ", 748, "SWA", "Eswatini", "Eswatini", null) { Aliases = ["Swaziland"] },
        new("ETH", "ET", 231, "ETH", "Ethiopia", "Éthiopie", "ETH"),
        new("GAB", "GA", 266, "GAB", "Gabon", "Gabon", null),
        new("GMB", "GM", 270, "GAM", "Gambia", "Gambie", null) { Aliases = ["The Gambia", "Gambia, The"] },
        new("GHA", "GH", 288, "GHA", "Ghana", "Ghana", null),
        new("GIN", "GN", 324, "GUI", "Guinea", "Guinée", null) { Aliases = ["Guinea-Conakry"] },
        new("GNB", "GW", 624, "GNB", "Guinea-Bissau", "Guinée-Bissau", null),
        new("KEN", "KE", 404, "KEN", "Kenya", "Kenya", "KEN"),
        new("LSO", "LS", 426, "LES", "Lesotho", "Lesotho", null),
        new("LBR", "LR", 430, "LBR", "Liberia", "Libéria", null),
        new("LBY", "LY", 434, "LBY", "Libya", "Libye", null),
        new("MDG", "MG", 450, "MAD", "Madagascar", "Madagascar", null),
        new("MWI", "MW", 454, "MLW", "Malawi", "Malawi", null),
        new("MLI", "ML", 466, "MLI", "Mali", "Mali", "MLI"),
        new("MRT", "MR", 478, "MAU", "Mauritania", "Mauritanie", null),
        new("MUS", "MU", 480, "MTS", "Mauritius", "Maurice", null),
        new("MAR", "MA", 504, "MOR", "Morocco", "Maroc", null),
        new("MOZ", "MZ", 508, "MOZ", "Mozambique", "Mozambique", null),
        new("NAM", "NA", 516, "NAM", "Namibia", "Namibie", null),
        new("NER", "NE", 562, "NGR", "Niger", "Niger", "NIR"),
        new("NGA", "NG", 566, "NIG", "Nigeria", "Nigéria", "NIG"),
        new("RWA", "RW", 646, "RWA", "Rwanda", "Rwanda", null),
        new("STP", "ST", 678, "STP", "Sao Tome and Principe", "Sao Tomé-et-Principe", null) { Aliases = ["São Tomé and Príncipe"] },
        new("SEN", "SN", 686, "SEN", "Senegal", "Sénégal", null),
        new("SYC", "SC", 690, "SEY", "Seychelles", "Seychelles", null),
        new("SLE", "SL", 694, "SLE", "Sierra Leone", "Sierra Leone", null),
        new("SOM", "SO", 706, "SOM", "Somalia", "Somalie", "SOM"),
        new("ZAF", "ZA", 710, "RSA", "South Africa", "Afrique du Sud", null),
        new("SSD", "SS", 728, "SSD", "South Sudan", "Soudan du Sud", "SSD"),
        new("SDN", "SD", 729, "SUD", "Sudan", "Soudan", "SUD"),
        new("TZA", "TZ", 834, "TAN", "Tanzania", "Tanzanie", null) { Aliases = ["United Republic of Tanzania", "United Rep. of Tanzania", "République-Unie de Tanzanie"] },
        new("TGO", "TG", 768, "TOG", "Togo", "Togo", null),
        new("TUN", "TN", 788, "TUN", "Tunisia", "Tunisie", "TUN"),
        new("UGA", "UG", 800, "UGA", "Uganda", "Ouganda", "UGA"),
        new("ZMB", "ZM", 894, "ZAM", "Zambia", "Zambie", null),
        new("ZWE", "ZW", 716, "ZIM", "Zimbabwe", "Zimbabwe", null),
        new("ESH", "EH", 732, "WSH", "Western Sahara", "Sahara occidental", null),
        new("REU", "RE", 638, "REU", "Réunion", "La Réunion", null) { Aliases = ["Reunion"] },
        new("MYT", "YT", 175, "MYT", "Mayotte", "Mayotte", null),
        new("SHN", "SH", 654, "SHN", "Saint Helena", "Sainte-Hélène", null) { Aliases = ["Saint Helena, Ascension and Tristan da Cunha", "St Helena"] },
    ];

    private static readonly FrozenDictionary<string, Country> s_byAlpha3 = s_all.ToFrozenDictionary(c => c.Alpha3, StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<string, Country> s_byAlpha2 = s_all.ToFrozenDictionary(c => c.Alpha2, StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<int, Country> s_byNumeric = s_all.ToFrozenDictionary(c => c.Numeric);
    private static readonly FrozenDictionary<string, Country> s_byUnhcr = s_all.ToFrozenDictionary(c => c.UnhcrCode, StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<string, Country> s_byName = BuildNameIndex();

    private static readonly FrozenDictionary<string, Country> s_byAcledPrefix = s_all
        .Where(c => c.AcledPrefix is not null)
        .ToFrozenDictionary(c => c.AcledPrefix!, StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets Mali.</summary>
    public static Country Mali => s_byAlpha3["MLI"];

    /// <summary>Gets Burkina Faso.</summary>
    public static Country BurkinaFaso => s_byAlpha3["BFA"];

    /// <summary>Gets Niger.</summary>
    public static Country Niger => s_byAlpha3["NER"];

    /// <summary>Gets every known country, ordered by alpha-3 code: the 54 African states, Western Sahara, Réunion, Mayotte and
    /// Saint Helena (the 58 countries and territories ACLED covers in Africa).</summary>
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

    /// <summary>Looks up a country by its English or French name or a common alias (<c>Ivory Coast</c>, <c>DRC</c>,
    /// <c>Central African Rep.</c>), ignoring accents, case and punctuation.</summary>
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

    private static FrozenDictionary<string, Country> BuildNameIndex()
    {
        var byName = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (Country country in s_all)
        {
            foreach (string name in new[] { country.NameEn, country.NameFr }.Concat(country.Aliases))
            {
                string key = NameKey.From(name);
                if (byName.TryGetValue(key, out Country? other) && !ReferenceEquals(other, country))
                {
                    throw new InvalidOperationException($"The country name '{name}' of {country.Alpha3} is also a name of {other.Alpha3}.");
                }

                byName[key] = country;
            }
        }

        return byName.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
