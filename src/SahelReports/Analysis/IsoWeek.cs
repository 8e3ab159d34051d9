using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace SahelReports.Analysis;

/// <summary>An ISO 8601 week: Monday to Sunday, numbered within its ISO week-year (for example <c>2024-W44</c>).</summary>
/// <remarks>
/// <para>The week-year can differ from the calendar year near 1 January: 2020-12-31 and 2021-01-03 fall in <c>2020-W53</c>,
/// 2024-12-30 falls in <c>2025-W01</c>. Week 1 is the week that contains the year's first Thursday; a year has 52 or 53 weeks.</para>
/// <para>Weeks compare in time order. The default value is not a valid week; create weeks with the constructor,
/// <see cref="FromDate(LocalDate)"/> or <see cref="Parse(string)"/>.</para>
/// </remarks>
public readonly record struct IsoWeek : IComparable<IsoWeek>
{
    /// <summary>Creates the ISO week <paramref name="week"/> of <paramref name="weekYear"/>.</summary>
    /// <param name="weekYear">The ISO week-year, which can differ from the calendar year near 1 January (1 to 9998).</param>
    /// <param name="week">The week number, from 1 to 52 or 53 depending on <paramref name="weekYear"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weekYear"/> is outside 1–9998, or <paramref name="week"/>
    /// is outside the weeks of <paramref name="weekYear"/>.</exception>
    public IsoWeek(int weekYear, int week)
    {
        if (weekYear is < 1 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(weekYear), weekYear, "The ISO week-year must be between 1 and 9998.");
        }

        int weeks = WeeksInWeekYear(weekYear);
        if (week < 1 || week > weeks)
        {
            throw new ArgumentOutOfRangeException(nameof(week), week, string.Create(CultureInfo.InvariantCulture, $"ISO week-year {weekYear} has weeks 1 to {weeks}; got week {week}."));
        }

        WeekYear = weekYear;
        Week = week;
    }

    /// <summary>Gets the ISO week-year.</summary>
    public int WeekYear { get; }

    /// <summary>Gets the week number within <see cref="WeekYear"/> (1 to 53).</summary>
    public int Week { get; }

    /// <summary>Gets the Monday that starts the week.</summary>
    public LocalDate Monday => WeekYearRules.Iso.GetLocalDate(WeekYear, Week, IsoDayOfWeek.Monday);

    /// <summary>Gets the Sunday that ends the week.</summary>
    public LocalDate Sunday => Monday.PlusDays(6);

    /// <summary>Gets the number of weeks (52 or 53) in an ISO week-year.</summary>
    /// <param name="weekYear">The week-year (1 to 9998).</param>
    /// <returns>52 or 53.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weekYear"/> is outside 1–9998.</exception>
    public static int WeeksInWeekYear(int weekYear)
    {
        if (weekYear is < 1 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(weekYear), weekYear, "The ISO week-year must be between 1 and 9998.");
        }

        return WeekYearRules.Iso.GetWeeksInWeekYear(weekYear);
    }

    /// <summary>Gets the ISO week that contains <paramref name="date"/>.</summary>
    /// <param name="date">A date in the ISO calendar.</param>
    /// <returns>The week; its <see cref="WeekYear"/> can differ from <c>date.Year</c> near 1 January.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static IsoWeek FromDate(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The date must be in the ISO calendar; got " + date.Calendar.Id + ".", nameof(date));
        }

        return FromWeekNumber(WeekNumberOf(date));
    }

    /// <summary>Returns the week <paramref name="weeks"/> weeks later (earlier when negative).</summary>
    /// <param name="weeks">The number of weeks to add.</param>
    /// <returns>The week.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported years.</exception>
    public IsoWeek PlusWeeks(int weeks) => FromWeekNumber(checked(WeekNumber + weeks));

    /// <summary>Gets the number of weeks from this week to <paramref name="other"/> (negative when <paramref name="other"/> is earlier).</summary>
    /// <param name="other">The other week.</param>
    /// <returns>The signed number of weeks.</returns>
    public int WeeksUntil(IsoWeek other) => other.WeekNumber - WeekNumber;

    /// <summary>Gets the seven days of the week as an interval (Monday to Sunday, both inclusive).</summary>
    /// <returns>The interval.</returns>
    public DateInterval ToDateInterval() => new(Monday, Sunday);

    /// <summary>Parses <c>2024-W44</c> (also <c>2024W44</c>, and a lower-case <c>w</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The week.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not an ISO week, or the week does not exist in that year.</exception>
    public static IsoWeek Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out IsoWeek week)
            ? week
            : throw new FormatException("Expected an ISO week such as 2024-W44 (week 1 to 52 or 53 of the week-year); got '" + text + "'.");
    }

    /// <summary>Tries to parse <c>2024-W44</c> (also <c>2024W44</c>, and a lower-case <c>w</c>).</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="result">The week, when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a week that exists.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out IsoWeek result)
    {
        result = default;
        if (text is null)
        {
            return false;
        }

        ReadOnlySpan<char> s = text.AsSpan().Trim();
        if (s.Length is < 7 or > 8 || !int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return false;
        }

        ReadOnlySpan<char> rest = s[4..];
        if (rest[0] == '-')
        {
            rest = rest[1..];
        }

        if (rest.Length != 3 || rest[0] is not ('W' or 'w') || !int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int week))
        {
            return false;
        }

        if (year is < 1 or > 9998 || week < 1 || week > WeekYearRules.Iso.GetWeeksInWeekYear(year))
        {
            return false;
        }

        result = new IsoWeek(year, week);
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(IsoWeek other)
    {
        int c = WeekYear.CompareTo(other.WeekYear);
        return c != 0 ? c : Week.CompareTo(other.Week);
    }

    /// <summary>Determines whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first week.</param>
    /// <param name="right">The second week.</param>
    /// <returns><see langword="true"/> when earlier.</returns>
    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    /// <param name="left">The first week.</param>
    /// <param name="right">The second week.</param>
    /// <returns><see langword="true"/> when later.</returns>
    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether <paramref name="left"/> is earlier than or the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first week.</param>
    /// <param name="right">The second week.</param>
    /// <returns><see langword="true"/> when earlier or equal.</returns>
    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether <paramref name="left"/> is later than or the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first week.</param>
    /// <param name="right">The second week.</param>
    /// <returns><see langword="true"/> when later or equal.</returns>
    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    /// <summary>Formats the week as <c>2024-W44</c> (culture-independent).</summary>
    /// <returns>The ISO 8601 week text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{WeekYear:D4}-W{Week:D2}");

    /// <summary>Gets a running week number: weeks since the Monday 0001-01-01 (proleptic Gregorian), used for fast grouping.</summary>
    internal int WeekNumber => WeekNumberOf(Monday);

    /// <summary>Gets the running week number of a date: its day number (days since 0001-01-01, a Monday) divided by 7.</summary>
    internal static int WeekNumberOf(LocalDate date) => DayNumberOf(date) / 7;

    /// <summary>Gets the day number of a date: days since 0001-01-01 (as <see cref="DateOnly.DayNumber"/>).</summary>
    internal static int DayNumberOf(LocalDate date)
    {
        int y = date.Year - 1;
        return (y * 365) + (y / 4) - (y / 100) + (y / 400) + date.DayOfYear - 1;
    }

    /// <summary>Gets the week of a running week number.</summary>
    internal static IsoWeek FromWeekNumber(int weekNumber)
    {
        if (weekNumber < 0 || weekNumber > DateOnly.MaxValue.DayNumber / 7)
        {
            throw new ArgumentOutOfRangeException(nameof(weekNumber), weekNumber, "The week is outside the supported dates.");
        }

        // The Thursday of a week always lies in its ISO week-year.
        LocalDate thursday = LocalDate.FromDateOnly(DateOnly.FromDayNumber((weekNumber * 7) + 3));
        int weekYear = thursday.Year;
        return new IsoWeek(weekYear, ((thursday.DayOfYear - 1) / 7) + 1);
    }
}
