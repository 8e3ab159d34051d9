using System.Diagnostics.CodeAnalysis;
using SahelReports.Geography;

namespace SahelReports.Displacement;

/// <summary>The area a displacement figure is about: a country, or an administrative area identified by its P-code.</summary>
/// <remarks>
/// <para>Areas are keyed by code, never by name: equality compares <see cref="CountryAlpha3"/>, <see cref="Level"/> and
/// <see cref="Code"/> only, so <c>Tillabéri</c> and <c>Tillaberi</c> with the same P-code are the same area.</para>
/// <para>The level is given, never inferred from the length of the code (Mali uses two digits per level, Niger three).
/// Any ISO 3166-1 alpha-3 country works, not only those of <see cref="Countries"/>.</para>
/// </remarks>
public sealed record DisplacementArea
{
    /// <summary>Creates an area.</summary>
    /// <param name="countryAlpha3">The ISO 3166-1 alpha-3 code of the country (three upper-case letters, <c>MLI</c>).</param>
    /// <param name="level">The administrative level: 0 for the whole country, 1 for regions, 2 for provinces/cercles…</param>
    /// <param name="code">The P-code of the area; must be <see langword="null"/> at level 0 and given at level 1 and below.</param>
    /// <param name="name">The name as the source wrote it, for display only; or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="countryAlpha3"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="countryAlpha3"/> is not three upper-case letters, or
    /// <paramref name="code"/> is given at level 0 or missing below it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside 0–5.</exception>
    public DisplacementArea(string countryAlpha3, int level, PCode? code, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(countryAlpha3);
        if (!IsAlpha3(countryAlpha3))
        {
            throw new ArgumentException($"'{countryAlpha3}' is not an ISO 3166-1 alpha-3 code: expected three upper-case letters such as 'MLI'.", nameof(countryAlpha3));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 5);
        if (level == 0 && code is not null)
        {
            throw new ArgumentException($"A country-level area (level 0) has no P-code; got '{code}'. Use level 1 or below for '{code}'.", nameof(code));
        }

        if (level > 0 && code is null)
        {
            throw new ArgumentException($"An area at level {level} needs its P-code.", nameof(code));
        }

        if (code is { } c)
        {
            _ = c.Value;
        }

        CountryAlpha3 = countryAlpha3;
        Level = level;
        Code = code;
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
    }

    /// <summary>Gets the ISO 3166-1 alpha-3 code of the country.</summary>
    public string CountryAlpha3 { get; }

    /// <summary>Gets the administrative level (0 = the whole country).</summary>
    public int Level { get; }

    /// <summary>Gets the P-code, or <see langword="null"/> for a whole country.</summary>
    public PCode? Code { get; }

    /// <summary>Gets the name as the source wrote it (display only, not part of equality), or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>Gets a value indicating whether the area is a whole country.</summary>
    public bool IsCountry => Level == 0;

    /// <summary>Gets the key used in tables and JSON: the P-code, or the alpha-3 code for a whole country.</summary>
    public string Key => Code?.Value ?? CountryAlpha3;

    /// <summary>Creates the whole-country area of <paramref name="countryAlpha3"/>.</summary>
    /// <param name="countryAlpha3">The ISO 3166-1 alpha-3 code.</param>
    /// <param name="name">The country name as the source wrote it, or <see langword="null"/>.</param>
    /// <returns>The area.</returns>
    /// <exception cref="ArgumentException"><paramref name="countryAlpha3"/> is not three upper-case letters.</exception>
    public static DisplacementArea ForCountry(string countryAlpha3, string? name = null) => new(countryAlpha3, 0, null, name);

    /// <summary>Gets a value indicating whether this area is <paramref name="ancestor"/> or lies inside it (same country,
    /// and the P-code starts with the ancestor's P-code).</summary>
    /// <param name="ancestor">The candidate ancestor.</param>
    /// <returns><see langword="true"/> when the area is inside <paramref name="ancestor"/> or equal to it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ancestor"/> is <see langword="null"/>.</exception>
    public bool IsWithin(DisplacementArea ancestor)
    {
        ArgumentNullException.ThrowIfNull(ancestor);
        if (!string.Equals(CountryAlpha3, ancestor.CountryAlpha3, StringComparison.Ordinal) || Level < ancestor.Level)
        {
            return false;
        }

        return ancestor.Code is not { } a || (Code is { } c && c.IsWithin(a));
    }

    /// <inheritdoc/>
    public bool Equals(DisplacementArea? other) =>
        other is not null
        && string.Equals(CountryAlpha3, other.CountryAlpha3, StringComparison.Ordinal)
        && Level == other.Level
        && Code == other.Code;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CountryAlpha3, Level, Code);

    /// <summary>Returns the key and, when known, the name (<c>ML05 Mopti</c>).</summary>
    /// <returns>The display text.</returns>
    public override string ToString() => Name is null ? Key : $"{Key} {Name}";

    internal static bool IsAlpha3([NotNullWhen(true)] string? text) =>
        text is { Length: 3 } && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiLetterUpper(text[2]);
}
