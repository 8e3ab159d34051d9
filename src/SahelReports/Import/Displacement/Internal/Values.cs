using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SahelReports.Import.Displacement.Internal;

/// <summary>Strict value parsing: nothing is guessed (no thousands separators, no ambiguous day/month dates).</summary>
internal static class Values
{
    /// <summary>Empty, <c>-</c>, <c>NA</c>, <c>null</c> and <c>Not available</c> mean "not reported".</summary>
    public static bool IsMissing(string? text) =>
        string.IsNullOrWhiteSpace(text)
        || text.Trim() is "-" or "NA" or "N/A" or "null" or "None"
        || string.Equals(text.Trim(), "Not available", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses a non-negative whole number written with ASCII digits only (a JSON <c>123.0</c> is accepted).</summary>
    public static bool TryParseCount(string text, out long value)
    {
        string t = text.Trim();
        if (t.EndsWith(".0", StringComparison.Ordinal))
        {
            t = t[..^2];
        }

        return long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses an ISO date, optionally followed by a time (<c>2017-09-30T00:00:00</c>, <c>2025-01-31 00:00:00+00:00</c>).</summary>
    public static bool TryParseDate(string text, out LocalDate date)
    {
        string t = text.Trim();
        if (t.Length > 10 && (t[10] == 'T' || t[10] == ' '))
        {
            t = t[..10];
        }

        ParseResult<LocalDate> r = LocalDatePattern.Iso.Parse(t);
        date = r.Success ? r.Value : default;
        return r.Success;
    }
}
