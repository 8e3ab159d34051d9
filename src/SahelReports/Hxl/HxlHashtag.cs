using System.Diagnostics.CodeAnalysis;

namespace SahelReports.Hxl;

/// <summary>An HXL hashtag with its attributes, such as <c>#affected+idps+hh</c> or <c>#adm1+name+i_fr</c>.</summary>
/// <remarks>
/// <para>Tags and attributes are matched case-insensitively and stored lower-case; attribute order is irrelevant and
/// duplicates are ignored (<c>#Affected +HH+idps</c> equals <c>#affected+idps+hh</c>). <see cref="ToString"/> writes the
/// normalised form with the attributes sorted.</para>
/// <para>A tag or attribute name starts with an ASCII letter and continues with letters, digits or <c>_</c>, as in the
/// HXL standard; white space around <c>#</c> and <c>+</c> is tolerated, as libhxl does.</para>
/// </remarks>
public sealed record HxlHashtag
{
    private HxlHashtag(string tag, string[] attributes)
    {
        Tag = tag;
        Attributes = attributes;
    }

    /// <summary>Gets the tag name, lower-case and without <c>#</c> (<c>affected</c>).</summary>
    public string Tag { get; }

    /// <summary>Gets the attributes, lower-case, without <c>+</c>, distinct and sorted ordinally.</summary>
    public IReadOnlyList<string> Attributes { get; }

    /// <summary>Gets the language of the column from an <c>+i_xx</c> attribute (<c>fr</c> for <c>+i_fr</c>), or
    /// <see langword="null"/> when there is none.</summary>
    public string? Language
    {
        get
        {
            foreach (string a in Attributes)
            {
                if (a.Length > 2 && a.StartsWith("i_", StringComparison.Ordinal))
                {
                    return a[2..];
                }
            }

            return null;
        }
    }

    /// <summary>Parses a hashtag specification.</summary>
    /// <param name="text">The text, such as <c>#affected+idps</c>.</param>
    /// <returns>The hashtag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a hashtag specification.</exception>
    public static HxlHashtag Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out HxlHashtag? tag)
            ? tag
            : throw new FormatException($"'{text}' is not an HXL hashtag: expected '#tag' followed by '+attribute' parts, such as '#affected+idps'.");
    }

    /// <summary>Parses a hashtag specification without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The hashtag, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a hashtag specification.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out HxlHashtag? result)
    {
        result = null;
        if (text is null)
        {
            return false;
        }

        ReadOnlySpan<char> s = text.AsSpan().Trim();
        if (s.Length < 2 || s[0] != '#')
        {
            return false;
        }

        int i = 1;
        if (!TryName(s, ref i, out string? tag))
        {
            return false;
        }

        var attributes = new SortedSet<string>(StringComparer.Ordinal);
        while (true)
        {
            SkipSpaces(s, ref i);
            if (i >= s.Length)
            {
                break;
            }

            if (s[i] != '+')
            {
                return false;
            }

            i++;
            SkipSpaces(s, ref i);
            if (!TryName(s, ref i, out string? attribute))
            {
                return false;
            }

            attributes.Add(attribute);
        }

        result = new HxlHashtag(tag, [.. attributes]);
        return true;
    }

    /// <summary>Gets a value indicating whether the hashtag has an attribute (case-insensitive, with or without <c>+</c>).</summary>
    /// <param name="attribute">The attribute, such as <c>idps</c> or <c>+idps</c>.</param>
    /// <returns><see langword="true"/> when present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribute"/> is <see langword="null"/>.</exception>
    public bool HasAttribute(string attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        string a = attribute.TrimStart('+').ToLowerInvariant();
        foreach (string x in Attributes)
        {
            if (string.Equals(x, a, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(HxlHashtag? other) =>
        other is not null && string.Equals(Tag, other.Tag, StringComparison.Ordinal) && Attributes.SequenceEqual(other.Attributes, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Tag, StringComparer.Ordinal);
        foreach (string a in Attributes)
        {
            hash.Add(a, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the normalised specification, <c>#tag+a+b</c> with attributes sorted.</summary>
    /// <returns>The specification.</returns>
    public override string ToString() => Attributes.Count == 0 ? "#" + Tag : "#" + Tag + "+" + string.Join('+', Attributes);

    private static void SkipSpaces(ReadOnlySpan<char> s, ref int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
    }

    private static bool TryName(ReadOnlySpan<char> s, ref int i, [NotNullWhen(true)] out string? name)
    {
        name = null;
        int start = i;
        if (i >= s.Length || !char.IsAsciiLetter(s[i]))
        {
            return false;
        }

        while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '_'))
        {
            i++;
        }

        name = s[start..i].ToString().ToLowerInvariant();
        return true;
    }
}
