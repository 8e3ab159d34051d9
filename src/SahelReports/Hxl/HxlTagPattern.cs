using System.Diagnostics.CodeAnalysis;

namespace SahelReports.Hxl;

/// <summary>A pattern that selects columns by hashtag: a tag, attributes it must have (<c>+</c>) and attributes it must
/// not have (<c>-</c>), as in libhxl (<c>#affected+idps-hh</c> matches <c>#affected+idps+ind</c> but not
/// <c>#affected+idps+hh</c>). Matching is case-insensitive and ignores attribute order; other attributes are allowed.</summary>
public sealed record HxlTagPattern
{
    private HxlTagPattern(string tag, string[] include, string[] exclude)
    {
        Tag = tag;
        Include = include;
        Exclude = exclude;
    }

    /// <summary>Gets the tag name, lower-case without <c>#</c>.</summary>
    public string Tag { get; }

    /// <summary>Gets the attributes a matching hashtag must have.</summary>
    public IReadOnlyList<string> Include { get; }

    /// <summary>Gets the attributes a matching hashtag must not have.</summary>
    public IReadOnlyList<string> Exclude { get; }

    /// <summary>Parses a pattern such as <c>#affected+idps-hh</c>.</summary>
    /// <param name="text">The pattern.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a pattern.</exception>
    public static HxlTagPattern Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out HxlTagPattern? p)
            ? p
            : throw new FormatException($"'{text}' is not an HXL tag pattern: expected '#tag' followed by '+attribute' or '-attribute' parts, such as '#affected+idps-hh'.");
    }

    /// <summary>Parses a pattern without throwing.</summary>
    /// <param name="text">The pattern.</param>
    /// <param name="result">The pattern, when valid.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out HxlTagPattern? result)
    {
        result = null;
        if (text is null)
        {
            return false;
        }

        string s = text.Trim();
        if (s.Length < 2 || s[0] != '#')
        {
            return false;
        }

        var include = new List<string>();
        var exclude = new List<string>();
        string? tag = null;
        int i = 1;
        List<string>? target = null;
        while (i <= s.Length)
        {
            int start = i;
            while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '_'))
            {
                i++;
            }

            if (i == start || !char.IsAsciiLetter(s[start]))
            {
                return false;
            }

            string name = s[start..i].ToLowerInvariant();
            if (target is null)
            {
                tag = name;
            }
            else
            {
                target.Add(name);
            }

            if (i == s.Length)
            {
                break;
            }

            target = s[i] switch
            {
                '+' => include,
                '-' => exclude,
                _ => null,
            };
            if (target is null)
            {
                return false;
            }

            i++;
        }

        result = new HxlTagPattern(tag!, [.. include.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], [.. exclude.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
        return true;
    }

    /// <summary>Gets a value indicating whether a hashtag matches the pattern.</summary>
    /// <param name="hashtag">The hashtag.</param>
    /// <returns><see langword="true"/> when the tag is the same, every included attribute is present and no excluded one is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hashtag"/> is <see langword="null"/>.</exception>
    public bool Matches(HxlHashtag hashtag)
    {
        ArgumentNullException.ThrowIfNull(hashtag);
        if (!string.Equals(Tag, hashtag.Tag, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (string a in Include)
        {
            if (!hashtag.HasAttribute(a))
            {
                return false;
            }
        }

        foreach (string a in Exclude)
        {
            if (hashtag.HasAttribute(a))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the normalised pattern (<c>#tag+a-b</c>).</summary>
    /// <returns>The pattern text.</returns>
    public override string ToString() =>
        "#" + Tag + string.Concat(Include.Select(a => "+" + a)) + string.Concat(Exclude.Select(a => "-" + a));

    /// <inheritdoc/>
    public bool Equals(HxlTagPattern? other) =>
        other is not null && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
