using System.Diagnostics.CodeAnalysis;

namespace SahelReports.Geography.Internal;

/// <summary>Converts legacy alpha-3 P-codes (<c>MLI001</c>, <c>NER005012</c>) to their current alpha-2 form.</summary>
internal static class LegacyPCodes
{
    public static bool TryConvert(string upper, [NotNullWhen(true)] out string? converted)
    {
        converted = null;
        if (upper.Length < 3 || !char.IsAsciiLetterUpper(upper[2]))
        {
            return false;
        }

        if (Countries.TryFromAlpha3(upper[..3], out Country? country) is false)
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

        // Mali's legacy codes used three digits per level (MLI001, MLI001002); current codes use two (ML01, ML0102).
        if (string.Equals(country.Alpha2, "ML", StringComparison.Ordinal) && digits.Length % 3 == 0 && digits.Length > 0)
        {
            var sb = new System.Text.StringBuilder("ML");
            for (int i = 0; i < digits.Length; i += 3)
            {
                if (digits[i] != '0')
                {
                    return false;
                }

                sb.Append(digits.Slice(i + 1, 2));
            }

            converted = sb.ToString();
            return true;
        }

        converted = string.Concat(country.Alpha2, digits);
        return true;
    }
}
