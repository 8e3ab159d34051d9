using System.Globalization;

namespace SahelReports.Excel.Internal;

/// <summary>Makes data text safe for a cell: flags formula-like text for a quote prefix and truncates over-long text visibly.</summary>
internal static class SafeText
{
    /// <summary>The most characters an Excel cell holds.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>Returns whether <paramref name="text"/> starts with a character that spreadsheet applications read as a formula or command.</summary>
    public static bool NeedsQuotePrefix(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    /// <summary>Truncates <paramref name="text"/> to <see cref="MaxCellLength"/> characters with a visible marker that gives the original length.</summary>
    /// <param name="text">The text to fit.</param>
    /// <param name="markerFormat">The marker, with <c>{0}</c> for the original length.</param>
    /// <param name="truncated">Set to <see langword="true"/> when the text was cut.</param>
    public static string Fit(string text, string markerFormat, out bool truncated)
    {
        truncated = text.Length > MaxCellLength;
        if (!truncated)
        {
            return text;
        }

        string marker = " \u2026 " + string.Format(CultureInfo.InvariantCulture, markerFormat, text.Length.ToString(CultureInfo.InvariantCulture));
        int keep = MaxCellLength - marker.Length;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), marker);
    }
}
