using System.Text;

namespace SahelReports.Excel.Internal;

/// <summary>Produces valid, unique worksheet names (at most 31 characters, none of <c>[]:*?/\</c>, not blank, no leading or trailing apostrophe).</summary>
internal sealed class SheetNames
{
    /// <summary>The longest worksheet name Excel accepts.</summary>
    public const int MaxLength = 31;

    // Excel reserves "History" (the change-tracking sheet of shared workbooks) and refuses a sheet of that name.
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase) { "History" };

    /// <summary>Returns a valid name close to <paramref name="wanted"/> that no earlier call returned (case-insensitively).</summary>
    public string Reserve(string wanted, string fallback)
    {
        string name = Clean(wanted);
        if (name.Length == 0)
        {
            name = Clean(fallback);
        }

        string candidate = name;
        for (int n = 2; !_used.Add(candidate); n++)
        {
            string suffix = " (" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            candidate = Cut(name, MaxLength - suffix.Length).TrimEnd() + suffix;
        }

        return candidate;
    }

    /// <summary>Replaces forbidden characters and cuts to <see cref="MaxLength"/>.</summary>
    public static string Clean(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            sb.Append(c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? ' ' : c);
        }

        string text = sb.ToString().Trim().Trim('\'').Trim();
        while (text.Contains("  ", StringComparison.Ordinal))
        {
            text = text.Replace("  ", " ", StringComparison.Ordinal);
        }

        return Cut(text, MaxLength).Trim().Trim('\'');
    }

    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        int keep = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..keep];
    }
}
