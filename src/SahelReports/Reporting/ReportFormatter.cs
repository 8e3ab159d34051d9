using System.Globalization;
using NodaTime;

namespace SahelReports.Reporting;

/// <summary>Formats numbers, percentages and dates for a report language, independently of the machine's culture.</summary>
/// <remarks><para>Renderers use this class so that the PDF, the workbook and the Markdown text agree digit for digit.
/// Thread-safe.</para></remarks>
public static class ReportFormatter
{
    /// <summary>Formats an integer with the language's thousands separator: <c>4,200,000</c> or <c>4 200 000</c> (U+202F).</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language.</param>
    /// <returns>The formatted number.</returns>
    public static string FormatInteger(long value, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        string digits = value.ToString("N0", CultureInfo.InvariantCulture);
        return string.Equals(language.GroupSeparator, ",", StringComparison.Ordinal) ? digits : digits.Replace(",", language.GroupSeparator, StringComparison.Ordinal);
    }

    /// <summary>Formats a decimal number with a fixed number of decimals: <c>1,234.5</c> or <c>1 234,5</c>.</summary>
    /// <param name="value">The value; must be finite.</param>
    /// <param name="decimals">Digits after the separator (0–6).</param>
    /// <param name="language">The language.</param>
    /// <returns>The formatted number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite, or <paramref name="decimals"/> is outside 0–6.</exception>
    public static string FormatDecimal(double value, int decimals, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 6);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Report numbers must be finite.");
        }

        string text = value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (string.Equals(language.GroupSeparator, ",", StringComparison.Ordinal) && language.DecimalSeparator == '.')
        {
            return text;
        }

        var chars = new System.Text.StringBuilder(text.Length + 4);
        foreach (char c in text)
        {
            chars.Append(c switch
            {
                ',' => language.GroupSeparator,
                '.' => language.DecimalSeparator.ToString(),
                _ => c.ToString(),
            });
        }

        return chars.ToString();
    }

    /// <summary>Formats a ratio as a percentage: 0.125 → <c>12.5%</c> or <c>12,5 %</c> (U+202F).</summary>
    /// <param name="ratio">The ratio (1 = 100 %); must be finite.</param>
    /// <param name="decimals">Digits after the separator.</param>
    /// <param name="language">The language.</param>
    /// <param name="signed">Whether to write a leading <c>+</c> for positive values (changes).</param>
    /// <returns>The formatted percentage.</returns>
    /// <remarks><para>A signed percentage that rounds to zero is written without a sign (<c>0%</c>, never <c>-0%</c>), and a
    /// negative one with the minus sign U+2212, like <see cref="FormatChange"/>.</para></remarks>
    public static string FormatPercent(double ratio, int decimals, ReportLanguage language, bool signed = false)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (!signed)
        {
            return FormatDecimal(ratio * 100, decimals, language) + language.PercentSpace + "%";
        }

        string magnitude = FormatDecimal(Math.Abs(ratio * 100), decimals, language);
        bool roundsToZero = magnitude.All(ch => !char.IsAsciiDigit(ch) || ch == '0');
        string sign = roundsToZero ? string.Empty : ratio > 0 ? "+" : "\u2212";
        return sign + magnitude + language.PercentSpace + "%";
    }

    /// <summary>Formats a signed change: <c>+12</c>, <c>−3</c> (U+2212 minus), <c>0</c>.</summary>
    /// <param name="delta">The change.</param>
    /// <param name="language">The language.</param>
    /// <returns>The formatted change.</returns>
    public static string FormatChange(long delta, ReportLanguage language) => delta switch
    {
        > 0 => "+" + FormatInteger(delta, language),
        < 0 => "\u2212" + FormatInteger(-delta, language),
        _ => "0",
    };

    /// <summary>Formats a date in long form: <c>3 November 2024</c> or <c>3 novembre 2024</c>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    /// <returns>The formatted date.</returns>
    public static string FormatDate(LocalDate date, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        string day = date.Day == 1 && string.Equals(language.Code, "fr", StringComparison.Ordinal) ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{day} {language.MonthNames[date.Month - 1]} {date.Year}");
    }

    /// <summary>Formats a date range: <c>28 October – 3 November 2024</c> (an en dash, shortened when month or year repeat).</summary>
    /// <param name="interval">The inclusive interval.</param>
    /// <param name="language">The language.</param>
    /// <returns>The formatted range.</returns>
    public static string FormatDateRange(DateInterval interval, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(interval);
        ArgumentNullException.ThrowIfNull(language);
        LocalDate s = interval.Start;
        LocalDate e = interval.End;
        string end = FormatDate(e, language);
        string startDay = s.Day == 1 && string.Equals(language.Code, "fr", StringComparison.Ordinal) ? "1er" : s.Day.ToString(CultureInfo.InvariantCulture);
        string start = s.Year != e.Year ? FormatDate(s, language)
            : s.Month != e.Month ? $"{startDay} {language.MonthNames[s.Month - 1]}"
            : startDay;
        return s == e ? end : $"{start} \u2013 {end}";
    }

    /// <summary>Formats a date as ISO 8601 (<c>2024-11-03</c>), for tables and data exports.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The ISO date.</returns>
    public static string FormatIsoDate(LocalDate date) =>
        NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary>Wraps text in the language's quotation marks: “…” or « … ».</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The language.</param>
    /// <returns>The quoted text.</returns>
    public static string Quote(string text, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.OpenQuote + text + language.CloseQuote;
    }
}
