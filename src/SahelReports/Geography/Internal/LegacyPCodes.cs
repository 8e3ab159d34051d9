using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace SahelReports.Geography.Internal;

/// <summary>Converts legacy alpha-3 P-codes (<c>MLI001</c>, <c>NER005012</c>) to their current alpha-2 form.</summary>
/// <remarks>
/// <para>Two legacy forms are recognised, using the country's digits per administrative level from OCHA's global P-code
/// lengths list (the level is never inferred from the length of the code alone):</para>
/// <list type="bullet">
/// <item><description>the old global form, an alpha-3 prefix and <b>three</b> digits per level (<c>MLI005002</c> → <c>ML0502</c>):
/// each group must be the current code left-padded with zeros;</description></item>
/// <item><description>an alpha-3 prefix on otherwise current digits (<c>MLI0502</c> → <c>ML0502</c>): the digits must split
/// exactly into the country's current level widths, and the admin1 part must not be all zeros.</description></item>
/// </list>
/// <para>A bare alpha-3 code (<c>MLI</c>) becomes the country's alpha-2 code. When both readings are possible and disagree
/// (<c>BFA046001</c>: <c>BF4601</c> or <c>BF046001</c>), the one that is a code of the built-in gazetteer wins; when neither or
/// both are, the code is not converted: it is ambiguous, and the caller reports it.
/// Countries without a known digit table (or whose codes do not use an alpha-2 prefix) are not converted.</para>
/// </remarks>
internal static class LegacyPCodes
{
    /// <summary>Digits per level (admin1, admin2, …) of current P-codes, from OCHA's global P-code lengths
    /// (countries of the Africa table whose codes have an alpha-2 prefix and fixed widths).</summary>
    private static readonly FrozenDictionary<string, int[]> s_levelDigits = new Dictionary<string, int[]>(StringComparer.Ordinal)
    {
        ["DZA"] = [3, 3],
        ["AGO"] = [2, 3, 3],
        ["BEN"] = [2, 2],
        ["BWA"] = [2, 2, 2],
        ["BFA"] = [2, 2, 2],
        ["CPV"] = [2, 2],
        ["CMR"] = [3, 3, 3],
        ["CAF"] = [2, 1, 1],
        ["TCD"] = [2, 2, 2],
        ["COM"] = [1, 1, 1],
        ["COG"] = [2, 2],
        ["COD"] = [2, 2],
        ["CIV"] = [2, 2, 2],
        ["DJI"] = [2, 2],
        ["EGY"] = [2, 2, 2],
        ["GNQ"] = [3, 3],
        ["ERI"] = [1, 2],
        ["SWZ"] = [1, 2],
        ["ETH"] = [2, 2, 2],
        ["GMB"] = [2, 2, 2],
        ["GHA"] = [2, 2],
        ["GIN"] = [3, 3, 2],
        ["GNB"] = [2, 2],
        ["KEN"] = [3, 3],
        ["LSO"] = [1, 2],
        ["LBR"] = [2, 2],
        ["LBY"] = [2, 2],
        ["MDG"] = [2],
        ["MWI"] = [1, 2, 2],
        ["MLI"] = [2, 2, 2],
        ["MRT"] = [2, 1, 2],
        ["MUS"] = [2],
        ["MAR"] = [3, 3, 7, 1],
        ["MOZ"] = [2, 2, 2],
        ["NAM"] = [2, 2],
        ["NER"] = [3, 3, 3],
        ["NGA"] = [3, 3, 3],
        ["RWA"] = [1, 1, 2, 2],
        ["STP"] = [2, 2],
        ["SEN"] = [2, 2, 2],
        ["SYC"] = [1, 1, 4],
        ["SLE"] = [2, 2, 2, 2],
        ["SOM"] = [2],
        ["ZAF"] = [1, 2, 1, 3],
        ["SSD"] = [2, 2, 2],
        ["SDN"] = [2, 3],
        ["TZA"] = [2, 2],
        ["TGO"] = [2, 2, 2],
        ["TUN"] = [1, 1, 2, 2],
        ["UGA"] = [1, 3],
        ["ZMB"] = [3, 3, 3, 3],
        ["ZWE"] = [2, 2, 2],
        ["ESH"] = [2],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the digits per level of the country's current P-codes, when known.</summary>
    public static bool TryGetLevelDigits(string alpha3, [NotNullWhen(true)] out IReadOnlyList<int>? digits)
    {
        bool found = s_levelDigits.TryGetValue(alpha3, out int[]? d);
        digits = d;
        return found;
    }

    /// <summary>Converts an upper-case legacy code; returns <see langword="false"/> when it is not one, or is ambiguous.</summary>
    public static bool TryConvert(string upper, [NotNullWhen(true)] out string? converted)
    {
        converted = null;
        if (upper.Length < 3 || !char.IsAsciiLetterUpper(upper[0]) || !char.IsAsciiLetterUpper(upper[1]) || !char.IsAsciiLetterUpper(upper[2]))
        {
            return false;
        }

        if (!Countries.TryFromAlpha3(upper[..3], out Country? country))
        {
            return false;
        }

        if (upper.Length == 3)
        {
            // The country itself (DTM's admin0Pcode is an alpha-3 code): its P-code is the alpha-2 code.
            converted = country.Alpha2;
            return true;
        }

        if (!s_levelDigits.TryGetValue(country.Alpha3, out int[]? widths))
        {
            return false;
        }

        ReadOnlySpan<char> digits = upper.AsSpan(3);
        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        string? padded = FromThreeDigitGroups(digits, widths);
        string? current = FromCurrentWidths(digits, widths);
        string? digitsOut = (padded, current) switch
        {
            (null, null) => null,
            (not null, null) => padded,
            (null, not null) => current,
            _ when string.Equals(padded, current, StringComparison.Ordinal) => padded,
            _ => KnownToBuiltInGazetteer(country.Alpha2, padded, current),
        };
        if (digitsOut is null)
        {
            return false;
        }

        converted = string.Concat(country.Alpha2, digitsOut);
        return true;
    }

    /// <summary>Breaks a tie between two readings: the one that is a code of the built-in gazetteer, when exactly one is.</summary>
    private static string? KnownToBuiltInGazetteer(string alpha2, string padded, string current)
    {
        bool paddedKnown = Gazetteer.Default.TryGet(new PCode(alpha2 + padded), out _);
        bool currentKnown = Gazetteer.Default.TryGet(new PCode(alpha2 + current), out _);
        return paddedKnown == currentKnown ? null : paddedKnown ? padded : current;
    }

    private static string? FromThreeDigitGroups(ReadOnlySpan<char> digits, int[] widths)
    {
        if (digits.Length % 3 != 0 || digits.Length / 3 > widths.Length)
        {
            return null;
        }

        var sb = new System.Text.StringBuilder(digits.Length);
        for (int level = 0; level < digits.Length / 3; level++)
        {
            int width = widths[level];
            if (width > 3)
            {
                return null;
            }

            ReadOnlySpan<char> group = digits.Slice(level * 3, 3);
            if (group[..(3 - width)].ContainsAnyExcept('0'))
            {
                return null;
            }

            sb.Append(group[(3 - width)..]);
        }

        return sb.ToString();
    }

    private static string? FromCurrentWidths(ReadOnlySpan<char> digits, int[] widths)
    {
        int length = 0;
        for (int level = 0; level < widths.Length; level++)
        {
            length += widths[level];
            if (length == digits.Length)
            {
                return digits[..widths[0]].ContainsAnyExcept('0') ? digits.ToString() : null;
            }

            if (length > digits.Length)
            {
                return null;
            }
        }

        return null;
    }
}
