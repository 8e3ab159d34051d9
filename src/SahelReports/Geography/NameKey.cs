using System.Globalization;
using System.Text;

namespace SahelReports.Geography;

/// <summary>The comparison key for place names: accents, case, white space and punctuation removed.</summary>
/// <remarks><para><c>Tillabéri</c>, <c>TILLABERI</c> and <c>Tillabéri </c> share the key <c>tillaberi</c>;
/// <c>Hauts-Bassins</c> becomes <c>hautsbassins</c>. Spelling variants (<c>Tillabery</c>) are matched through aliases, not by this key.</para></remarks>
public static class NameKey
{
    /// <summary>Computes the comparison key of a name.</summary>
    /// <param name="name">The name; <see langword="null"/> gives an empty key.</param>
    /// <returns>Lower-case ASCII letters and digits (other letters kept lower-cased), without accents or punctuation.</returns>
    public static string From(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        if (name.Length <= 256)
        {
            Span<char> buffer = stackalloc char[256];
            if (TryWriteAsciiKey(name, buffer, out int written))
            {
                return written == 0 ? string.Empty : new string(buffer[..written]);
            }
        }

        string decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>Writes the key of an all-ASCII name without allocating; returns <see langword="false"/> when the name has a
    /// non-ASCII character (then use <see cref="From(string?)"/>, which removes accents).</summary>
    internal static bool TryWriteAsciiKey(ReadOnlySpan<char> name, Span<char> destination, out int written)
    {
        written = 0;
        foreach (char c in name)
        {
            if (!char.IsAscii(c))
            {
                written = 0;
                return false;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                destination[written++] = char.ToLowerInvariant(c);
            }
        }

        return true;
    }
}
