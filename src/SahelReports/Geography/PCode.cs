using System.Diagnostics.CodeAnalysis;

namespace SahelReports.Geography;

/// <summary>
/// An OCHA P-code (COD-AB): an ISO 3166-1 alpha-2 prefix followed by digits, such as <c>ML0501</c> or <c>NE006001</c>.
/// </summary>
/// <remarks>
/// <para>The administrative level cannot be inferred from the length of the code alone: Mali uses two digits per level
/// (<c>ML0206</c>) and Niger three (<c>NE005012</c>). Use <see cref="Gazetteer"/> to learn an area's level.</para>
/// <para>Legacy forms with an ISO alpha-3 prefix (<c>MLI001</c>, <c>NER005012</c>) are not P-codes; convert them with
/// <see cref="TryNormalize(string?, out PCode, out bool)"/>, which says whether a legacy form was rewritten.</para>
/// </remarks>
public readonly record struct PCode : IComparable<PCode>
{
    private readonly string? _value;

    /// <summary>Creates a P-code from its canonical text.</summary>
    /// <param name="value">The code, such as <c>ML</c>, <c>ML0206</c> or <c>NE005012</c> (upper case).</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not an alpha-2 prefix followed by digits.</exception>
    public PCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = IsWellFormed(value) ? value : throw new ArgumentException(
            $"'{value}' is not a P-code: expected an ISO 3166-1 alpha-2 prefix followed by digits, such as 'ML0206'.", nameof(value));
    }

    /// <summary>Gets the code's text.</summary>
    /// <exception cref="InvalidOperationException">This is a <see langword="default"/> P-code.</exception>
    public string Value => _value ?? throw new InvalidOperationException("This operation cannot be performed on a default PCode.");

    /// <summary>Gets the ISO 3166-1 alpha-2 country prefix, for example <c>ML</c>.</summary>
    public string CountryAlpha2 => Value[..2];

    /// <summary>Gets a value indicating whether this is a country-level code (the alpha-2 prefix alone).</summary>
    public bool IsCountry => Value.Length == 2;

    /// <summary>Returns whether this code is <paramref name="ancestor"/> or lies within it.</summary>
    /// <param name="ancestor">The possible ancestor.</param>
    /// <returns><see langword="true"/> when this code starts with the ancestor's code.</returns>
    public bool IsWithin(PCode ancestor) => Value.StartsWith(ancestor.Value, StringComparison.Ordinal);

    /// <summary>Parses a canonical P-code.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The P-code, when well formed.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a canonical P-code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PCode result)
    {
        if (text is not null && IsWellFormed(text))
        {
            result = new PCode(text);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>
    /// Parses a P-code, accepting lower case, surrounding white space and legacy alpha-3 forms
    /// (<c>MLI001</c> → <c>ML01</c>, <c>NER005012</c> → <c>NE005012</c>, <c>BFA046001</c> → <c>BF4601</c>).
    /// </summary>
    /// <remarks>
    /// <para>Legacy forms are read with the country's digits per level from OCHA's global P-code lengths (Mali and Burkina Faso
    /// two, Niger three): either three zero-padded digits per level (<c>MLI005002</c>) or the current digits behind an alpha-3
    /// prefix (<c>MLI0502</c>). A bare alpha-3 code (<c>MLI</c>) gives the country code (<c>ML</c>). When the two readings
    /// disagree, the one that is a code of <see cref="Gazetteer.Default"/> wins; otherwise, and for countries whose digits are
    /// not known, the text is not converted and this method returns <see langword="false"/> (report it; do not guess).</para>
    /// <para>ACLED exports for Niger carry legacy codes such as <c>NER006011</c>.</para>
    /// </remarks>
    /// <param name="text">The text as found in a file.</param>
    /// <param name="result">The canonical P-code, when recognised.</param>
    /// <param name="wasLegacy"><see langword="true"/> when a legacy form was rewritten (callers report a warning).</param>
    /// <returns><see langword="true"/> when the text is a P-code or a recognised legacy form.</returns>
    public static bool TryNormalize([NotNullWhen(true)] string? text, out PCode result, out bool wasLegacy)
    {
        wasLegacy = false;
        result = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string trimmed = text.Trim().ToUpperInvariant();
        if (IsWellFormed(trimmed))
        {
            result = new PCode(trimmed);
            return true;
        }

        if (Internal.LegacyPCodes.TryConvert(trimmed, out string? converted) && IsWellFormed(converted))
        {
            result = new PCode(converted);
            wasLegacy = true;
            return true;
        }

        return false;
    }

    /// <inheritdoc/>
    public int CompareTo(PCode other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Returns the code's text, or an empty string for a default P-code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => _value ?? string.Empty;

    private static bool IsWellFormed(string value)
    {
        if (value.Length < 2 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1]))
        {
            return false;
        }

        for (int i = 2; i < value.Length; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
