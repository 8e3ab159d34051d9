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
}
