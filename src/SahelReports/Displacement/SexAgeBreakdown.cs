using System.Globalization;

namespace SahelReports.Displacement;

/// <summary>An optional split of a figure by sex and age. Every part is optional; the parts that are given must fit.</summary>
/// <remarks>
/// <para>The rules (checked by <see cref="Validate(long)"/> and by <see cref="DisplacementFigure"/>'s constructor): no part is
/// negative; females + males ≤ the figure's total; children + adults + elderly ≤ the total; children ≤ the total.
/// Parts may add up to less than the total (sources often leave some people unclassified).</para>
/// </remarks>
public sealed record SexAgeBreakdown
{
    /// <summary>Creates a breakdown.</summary>
    /// <param name="females">Women and girls, or <see langword="null"/> when not reported.</param>
    /// <param name="males">Men and boys, or <see langword="null"/>.</param>
    /// <param name="children">People under 18, or <see langword="null"/>.</param>
    /// <param name="adults">People aged 18–59, or <see langword="null"/>.</param>
    /// <param name="elderly">People aged 60 and over, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative.</exception>
    public SexAgeBreakdown(long? females = null, long? males = null, long? children = null, long? adults = null, long? elderly = null)
    {
        ThrowIfNegative(females, nameof(females));
        ThrowIfNegative(males, nameof(males));
        ThrowIfNegative(children, nameof(children));
        ThrowIfNegative(adults, nameof(adults));
        ThrowIfNegative(elderly, nameof(elderly));
        Females = females;
        Males = males;
        Children = children;
        Adults = adults;
        Elderly = elderly;
    }

    /// <summary>Gets the number of women and girls, or <see langword="null"/> when not reported.</summary>
    public long? Females { get; }

    /// <summary>Gets the number of men and boys, or <see langword="null"/> when not reported.</summary>
    public long? Males { get; }

    /// <summary>Gets the number of people under 18, or <see langword="null"/> when not reported.</summary>
    public long? Children { get; }

    /// <summary>Gets the number of people aged 18–59, or <see langword="null"/> when not reported.</summary>
    public long? Adults { get; }

    /// <summary>Gets the number of people aged 60 and over, or <see langword="null"/> when not reported.</summary>
    public long? Elderly { get; }

    /// <summary>Gets a value indicating whether no part is reported.</summary>
    public bool IsEmpty => Females is null && Males is null && Children is null && Adults is null && Elderly is null;

    /// <summary>Checks the breakdown against a total.</summary>
    /// <param name="total">The figure's number of individuals.</param>
    /// <returns><see langword="null"/> when the breakdown fits; otherwise an English sentence naming the rule and the values.</returns>
    public string? Validate(long total)
    {
        long sexes = (Females ?? 0) + (Males ?? 0);
        if (sexes > total)
        {
            return string.Create(CultureInfo.InvariantCulture, $"females ({Females ?? 0}) + males ({Males ?? 0}) = {sexes} exceeds the total of {total} individuals.");
        }

        long ages = (Children ?? 0) + (Adults ?? 0) + (Elderly ?? 0);
        if (ages > total)
        {
            return string.Create(CultureInfo.InvariantCulture, $"children ({Children ?? 0}) + adults ({Adults ?? 0}) + elderly ({Elderly ?? 0}) = {ages} exceeds the total of {total} individuals.");
        }

        return null;
    }

    private static void ThrowIfNegative(long? value, string name)
    {
        if (value is < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "A breakdown part must not be negative.");
        }
    }
}
