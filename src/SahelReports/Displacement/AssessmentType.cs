using System.Diagnostics.CodeAnalysis;

namespace SahelReports.Displacement;

/// <summary>How a figure was collected: a DTM assessment type such as <c>BA</c> (baseline, by location) or <c>SA</c>
/// (site assessment), or <see cref="None"/> for sources that have none (UNHCR, national registries).</summary>
/// <remarks>
/// <para>Assessment types overlap: a baseline assessment and a site assessment of the same round often carry the same
/// people (even the same number). They are kept apart and never added together.</para>
/// <para>The code is stored upper-case; comparison is ordinal. <c>default(AssessmentType)</c> equals <see cref="None"/>.</para>
/// </remarks>
public readonly record struct AssessmentType : IComparable<AssessmentType>
{
    private readonly string? _code;

    /// <summary>Creates an assessment type from its code (<c>BA</c>, <c>SA</c>, <c>ETT</c>, <c>MSLA</c>…).</summary>
    /// <param name="code">The code: letters, digits, <c>-</c> or <c>_</c>, at most 16 characters; case is ignored.
    /// An empty code means <see cref="None"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> has other characters or is too long.</exception>
    public AssessmentType(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        string trimmed = code.Trim();
        if (!IsWellFormed(trimmed))
        {
            throw new ArgumentException(
                $"'{code}' is not an assessment type code: expected up to 16 letters, digits, '-' or '_', such as 'BA' or 'SA'.",
                nameof(code));
        }

        _code = trimmed.Length == 0 ? null : trimmed.ToUpperInvariant();
    }

    /// <summary>Gets the value for figures that have no assessment type (UNHCR, national registries).</summary>
    public static AssessmentType None => default;

    /// <summary>Gets DTM's baseline (location) assessment, <c>BA</c>.</summary>
    public static AssessmentType Baseline { get; } = new("BA");

    /// <summary>Gets DTM's site assessment, <c>SA</c>.</summary>
    public static AssessmentType SiteAssessment { get; } = new("SA");

    /// <summary>Gets DTM's emergency tracking tool, <c>ETT</c> (event-based flows; not a stock).</summary>
    public static AssessmentType EmergencyTracking { get; } = new("ETT");

    /// <summary>Gets the upper-case code, or an empty string for <see cref="None"/>.</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <see cref="None"/>.</summary>
    public bool IsNone => _code is null;

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="text">The code; <see langword="null"/> or blank gives <see cref="None"/>.</param>
    /// <param name="result">The assessment type.</param>
    /// <returns><see langword="false"/> when the text is not a well-formed code.</returns>
    public static bool TryParse(string? text, out AssessmentType result)
    {
        result = None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        string trimmed = text.Trim();
        if (!IsWellFormed(trimmed))
        {
            return false;
        }

        result = new AssessmentType(trimmed);
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(AssessmentType other) => string.CompareOrdinal(_code, other._code);

    /// <summary>Returns the code (empty for <see cref="None"/>).</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    private static bool IsWellFormed([NotNullWhen(true)] string? value)
    {
        if (value is null || value.Length > 16)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
