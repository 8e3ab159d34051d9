using System.Globalization;

namespace SahelReports.Reporting;

/// <summary>A language a report can be written in, with its formatting rules.</summary>
/// <remarks>
/// <para>Formatting does not depend on the machine's culture data: SahelReports applies its own rules so that the same
/// report gives the same bytes on every machine (ICU versions disagree, for example, on the French thousands separator).
/// French uses a narrow no-break space (U+202F) between thousands, a decimal comma, a narrow no-break space before
/// <c>%</c> and « guillemets ».</para>
/// </remarks>
public sealed record ReportLanguage
{
    private ReportLanguage(string code, string name, char decimalSeparator, string groupSeparator, string percentSpace, string openQuote, string closeQuote, string[] months)
    {
        Code = code;
        Name = name;
        DecimalSeparator = decimalSeparator;
        GroupSeparator = groupSeparator;
        PercentSpace = percentSpace;
        OpenQuote = openQuote;
        CloseQuote = closeQuote;
        MonthNames = months;
    }

    /// <summary>Gets English.</summary>
    public static ReportLanguage English { get; } = new("en", "English", '.', ",", string.Empty, "\u201C", "\u201D",
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]);

    /// <summary>Gets French.</summary>
    public static ReportLanguage French { get; } = new("fr", "Français", ',', "\u202F", "\u202F", "«\u202F", "\u202F»",
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]);

    /// <summary>Gets the languages SahelReports can write.</summary>
    public static IReadOnlyList<ReportLanguage> All { get; } = [English, French];

    /// <summary>Gets the two-letter code (<c>en</c>, <c>fr</c>).</summary>
    public string Code { get; }

    /// <summary>Gets the language's own name.</summary>
    public string Name { get; }

    /// <summary>Gets the decimal separator.</summary>
    public char DecimalSeparator { get; }

    /// <summary>Gets the thousands separator.</summary>
    public string GroupSeparator { get; }

    /// <summary>Gets the space written between a number and <c>%</c> (empty in English).</summary>
    public string PercentSpace { get; }

    /// <summary>Gets the opening quotation mark (with its space in French).</summary>
    public string OpenQuote { get; }

    /// <summary>Gets the closing quotation mark (with its space in French).</summary>
    public string CloseQuote { get; }

    /// <summary>Gets the month names, January first.</summary>
    public IReadOnlyList<string> MonthNames { get; }

    /// <summary>Gets the .NET culture used to look up this language's resources (never for number formatting).</summary>
    public CultureInfo ResourceCulture => CultureInfo.GetCultureInfo(Code);

    /// <summary>Finds a language by code (<c>en</c>, <c>fr</c>, or a culture name such as <c>fr-FR</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentException">The language is not supported.</exception>
    public static ReportLanguage FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        string two = code.Length >= 2 ? code[..2] : code;
        return All.FirstOrDefault(l => string.Equals(l.Code, two, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Language '{code}' is not supported; supported languages are: {string.Join(", ", All.Select(l => l.Code))}.", nameof(code));
    }

    /// <inheritdoc/>
    public override string ToString() => Code;
}
