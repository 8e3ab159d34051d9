using NodaTime;

namespace SahelReports.Import.Acled.Internal;

/// <summary>Reads the date forms ACLED files use: ISO <c>2024-11-02</c>, <c>31 December 2020</c>, <c>16-Feb-21</c>, <c>12-September-22</c>, numeric <c>dd/mm/yyyy</c>.</summary>
internal static class AcledDates
{
    public enum Result
    {
        Ok,
        Invalid,
        Ambiguous,
    }

    private static readonly string[] s_months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Parses a date.</summary>
    /// <param name="text">The value (ASCII expected; anything else is invalid).</param>
    /// <param name="order">The order for numeric dates with slashes, or <see langword="null"/> when the layout does not fix it.</param>
    /// <param name="date">The date.</param>
    public static Result Parse(ReadOnlySpan<byte> text, AcledDateOrder? order, out LocalDate date)
    {
        date = default;
        text = AcledText.TrimBlanks(text);
        if (text.Length is < 6 or > 24)
        {
            return Result.Invalid;
        }

        // ISO: yyyy-MM-dd, optionally followed by a time.
        if (text.Length >= 10 && text[4] == '-' && text[7] == '-' && (text.Length == 10 || text[10] is (byte)' ' or (byte)'T'))
        {
            return Make(Num(text[..4]), Num(text[5..7]), Num(text[8..10]), out date);
        }

        int a = Span(text, 0, out int end1);
        if (end1 == 0 || end1 >= text.Length)
        {
            return Result.Invalid;
        }

        byte sep = text[end1];
        if (sep is (byte)'/' or (byte)'.')
        {
            int b = Span(text, end1 + 1, out int end2);
            if (end2 == end1 + 1 || end2 >= text.Length || text[end2] != sep)
            {
                return Result.Invalid;
            }

            int year = Year(text[(end2 + 1)..]);
            if (year < 0 || a < 0 || b < 0)
            {
                return Result.Invalid;
            }

            if (end1 == 4)
            {
                // yyyy/MM/dd
                return Make(a, b, year, out date);
            }

            if (order is AcledDateOrder.DayMonthYear)
            {
                return Make(year, b, a, out date);
            }

            if (order is AcledDateOrder.MonthDayYear)
            {
                return Make(year, a, b, out date);
            }

            bool dmy = Make(year, b, a, out LocalDate d1) == Result.Ok;
            bool mdy = Make(year, a, b, out LocalDate d2) == Result.Ok;
            if (dmy && mdy && d1 != d2)
            {
                return Result.Ambiguous;
            }

            date = dmy ? d1 : d2;
            return dmy || mdy ? Result.Ok : Result.Invalid;
        }

        if (sep is (byte)' ' or (byte)'-' && a > 0)
        {
            // d Month yyyy, d-Mon-yy, d-Month-yy
            int start = end1 + 1;
            int stop = text[start..].IndexOf(sep);
            if (stop <= 0)
            {
                return Result.Invalid;
            }

            int month = Month(text.Slice(start, stop));
            int year = Year(text[(start + stop + 1)..]);
            return month < 0 || year < 0 ? Result.Invalid : Make(year, month, a, out date);
        }

        return Result.Invalid;
    }

    private static Result Make(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return Result.Invalid;
        }

        date = new LocalDate(year, month, day);
        return Result.Ok;
    }

    private static int Span(ReadOnlySpan<byte> text, int start, out int end)
    {
        int v = 0;
        int i = start;
        while (i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9' && i - start < 4)
        {
            v = (v * 10) + (text[i] - '0');
            i++;
        }

        end = i;
        return i == start ? -1 : v;
    }

    private static int Num(ReadOnlySpan<byte> digits)
    {
        if (digits.Length > 9)
        {
            return -1; // more digits than an int holds: not a date part (and no overflow)
        }

        int v = 0;
        foreach (byte b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            v = (v * 10) + (b - '0');
        }

        return v;
    }

    /// <summary>A four-digit year, or a two-digit one: 00–89 → 2000–2089, 90–99 → 1990–1999 (ACLED starts in 1997).</summary>
    private static int Year(ReadOnlySpan<byte> digits)
    {
        int v = Num(digits);
        return digits.Length switch
        {
            4 => v,
            2 when v >= 0 => v >= 90 ? 1900 + v : 2000 + v,
            _ => -1,
        };
    }

    private static int Month(ReadOnlySpan<byte> name)
    {
        if (name.Length < 3)
        {
            return -1;
        }

        Span<char> lower = stackalloc char[name.Length];
        for (int i = 0; i < name.Length; i++)
        {
            byte b = name[i];
            if (b is < (byte)'A' or > (byte)'z')
            {
                return -1;
            }

            lower[i] = (char)(b | 0x20);
        }

        for (int m = 0; m < 12; m++)
        {
            string full = s_months[m];
            if (lower.SequenceEqual(full) || (lower.Length == 3 && full.AsSpan().StartsWith(lower)) || (lower.Length == 4 && m == 8 && lower.SequenceEqual("sept")))
            {
                return m + 1;
            }
        }

        return -1;
    }
}
