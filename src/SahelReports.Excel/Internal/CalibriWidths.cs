namespace SahelReports.Excel.Internal;

/// <summary>
/// Column widths from font metrics, without GDI+: text is measured with the advance widths of Calibri Bold 11 pt (the workbook's
/// font; bold so that a bold header fits too) and converted to Excel's width unit, the width of a digit (7 px) plus 5 px of
/// cell padding (ECMA-376 Part 1, §18.3.1.13). Characters outside the table (other scripts, symbols) count as
/// <see cref="FallbackPixels"/>, wider than any Latin letter but the widest capitals, and East Asian wide characters as a full
/// em (<see cref="WidePixels"/>), so that such text is not cut.
/// </summary>
internal static partial class CalibriWidths
{
    /// <summary>The maximum digit width of Calibri 11 at 96 dpi, in pixels: Excel's column width unit.</summary>
    public const int DigitPixels = 7;

    /// <summary>The width counted for a character with no entry in the table.</summary>
    public const int FallbackPixels = 10;

    /// <summary>The width counted for an East Asian wide character (CJK, Hangul, full-width forms): one em at 11 pt.</summary>
    public const int WidePixels = 15;

    /// <summary>The room an autofilter drop-down button takes in a header cell, in pixels.</summary>
    public const int FilterButtonPixels = 16;

    private const int CellPaddingPixels = 5;

    /// <summary>The pixel width of the widest line of <paramref name="text"/>.</summary>
    public static int Pixels(ReadOnlySpan<char> text)
    {
        int widest = 0;
        int line = 0;
        foreach (char c in text)
        {
            if (c is '\n' or '\r')
            {
                widest = Math.Max(widest, line);
                line = 0;
                continue;
            }

            // A surrogate pair counts once (its low half adds nothing).
            line += c switch
            {
                >= TableFirst and <= TableLast => Table[c - TableFirst],
                >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFF60' => WidePixels,
                _ when char.IsLowSurrogate(c) => 0,
                _ => FallbackPixels,
            };
        }

        return Math.Max(widest, line);
    }

    /// <summary>The pixel width of <paramref name="digits"/> digits (numbers and dates whose text is not measured).</summary>
    public static int DigitsPixels(int digits) => digits * DigitPixels;

    /// <summary>
    /// The column width (Excel's unit, rounded up to 1/256 as Excel stores it) that shows <paramref name="pixels"/> of text,
    /// between <paramref name="min"/> and <paramref name="max"/>.
    /// </summary>
    public static double ColumnWidth(int pixels, double min = 8, double max = 60) =>
        Math.Clamp(Math.Ceiling((pixels + CellPaddingPixels) * 256.0 / DigitPixels) / 256, min, max);
}
