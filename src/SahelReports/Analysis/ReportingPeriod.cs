using System.Globalization;
using NodaTime;

namespace SahelReports.Analysis;

/// <summary>A reporting period: an ISO week, a calendar month or any interval of whole days, with its previous period and
/// the same period one year earlier.</summary>
/// <remarks>
/// <para><see cref="Interval"/> includes both its start and its end, as NodaTime's <see cref="DateInterval"/> does.</para>
/// <para>Periods are immutable values: two periods are equal when they have the same kind and the same days.</para>
/// </remarks>
/// <example><code>
/// var week = ReportingPeriod.ForWeek(IsoWeek.Parse("2024-W44"));    // 2024-10-28 to 2024-11-03
/// ReportingPeriod before = week.Previous();                          // 2024-W43
/// ReportingPeriod lastYear = week.SamePeriodLastYear();              // 2023-W44
/// </code></example>
public sealed record ReportingPeriod
{
    private ReportingPeriod(PeriodKind kind, DateInterval interval, IsoWeek? week, YearMonth? month)
    {
        Kind = kind;
        Interval = interval;
        Week = week;
        Month = month;
    }

    /// <summary>Gets the kind of period.</summary>
    public PeriodKind Kind { get; }

    /// <summary>Gets the days of the period (start and end both inclusive).</summary>
    public DateInterval Interval { get; }

    /// <summary>Gets the ISO week when <see cref="Kind"/> is <see cref="PeriodKind.Week"/>, otherwise <see langword="null"/>.</summary>
    public IsoWeek? Week { get; }

    /// <summary>Gets the month when <see cref="Kind"/> is <see cref="PeriodKind.Month"/>, otherwise <see langword="null"/>.</summary>
    public YearMonth? Month { get; }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate Start => Interval.Start;

    /// <summary>Gets the last day of the period (inclusive).</summary>
    public LocalDate End => Interval.End;

    /// <summary>Gets the number of days in the period.</summary>
    public int Days => Interval.Length;

    /// <summary>Creates the period of one ISO week.</summary>
    /// <param name="week">The week.</param>
    /// <returns>The period, Monday to Sunday.</returns>
    /// <exception cref="ArgumentException"><paramref name="week"/> is the default value, which is not a week.</exception>
    public static ReportingPeriod ForWeek(IsoWeek week)
    {
        if (week.Week == 0)
        {
            throw new ArgumentException("The default IsoWeek is not a week; create one with new IsoWeek(year, week) or IsoWeek.FromDate.", nameof(week));
        }

        return new(PeriodKind.Week, week.ToDateInterval(), week, null);
    }

    /// <summary>Creates the period of one calendar month.</summary>
    /// <param name="month">The month, in the ISO calendar.</param>
    /// <returns>The period, first to last day of the month.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    public static ReportingPeriod ForMonth(YearMonth month)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The month must be in the ISO calendar; got " + month.Calendar.Id + ".", nameof(month));
        }

        return new(PeriodKind.Month, month.ToDateInterval(), null, month);
    }

    /// <summary>Creates a period of any whole days.</summary>
    /// <param name="interval">The days, start and end inclusive, in the ISO calendar.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is not in the ISO calendar.</exception>
    public static ReportingPeriod ForInterval(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        if (interval.Start.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The interval must be in the ISO calendar; got " + interval.Start.Calendar.Id + ".", nameof(interval));
        }

        return new(PeriodKind.Custom, interval, null, null);
    }

    /// <summary>Creates the week or month period that contains <paramref name="date"/>.</summary>
    /// <param name="date">A date in the ISO calendar.</param>
    /// <param name="granularity">Week or month.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="granularity"/> is not a defined value.</exception>
    public static ReportingPeriod Containing(LocalDate date, PeriodGranularity granularity) => granularity switch
    {
        PeriodGranularity.Week => ForWeek(IsoWeek.FromDate(date)),
        PeriodGranularity.Month => ForMonth(date.ToYearMonth()),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Expected Week or Month."),
    };

    /// <summary>Gets the period just before this one: the previous week, the previous month, or for a custom period the
    /// same number of days ending the day before <see cref="Start"/>.</summary>
    /// <returns>The previous period, of the same kind.</returns>
    public ReportingPeriod Previous() => Kind switch
    {
        PeriodKind.Week => ForWeek(Week!.Value.PlusWeeks(-1)),
        PeriodKind.Month => ForMonth(Month!.Value.PlusMonths(-1)),
        _ => new(PeriodKind.Custom, new DateInterval(Start.PlusDays(-Days), Start.PlusDays(-1)), null, null),
    };

    /// <summary>Gets the period after this one: the next week, the next month, or for a custom period the same number of days
    /// starting the day after <see cref="End"/>.</summary>
    /// <returns>The next period, of the same kind.</returns>
    public ReportingPeriod Next() => Kind switch
    {
        PeriodKind.Week => ForWeek(Week!.Value.PlusWeeks(1)),
        PeriodKind.Month => ForMonth(Month!.Value.PlusMonths(1)),
        _ => new(PeriodKind.Custom, new DateInterval(End.PlusDays(1), End.PlusDays(Days)), null, null),
    };

    /// <summary>Gets the same period one year earlier.</summary>
    /// <returns>For a week, the week with the same number in the previous ISO week-year (week 53 becomes week 52 when the
    /// previous year has only 52 weeks); for a month, the same month of the previous year; for a custom period, the interval
    /// moved back one calendar year (29 February becomes 28 February).</returns>
    public ReportingPeriod SamePeriodLastYear()
    {
        switch (Kind)
        {
            case PeriodKind.Week:
                IsoWeek w = Week!.Value;
                int year = w.WeekYear - 1;
                return ForWeek(new IsoWeek(year, Math.Min(w.Week, IsoWeek.WeeksInWeekYear(year))));
            case PeriodKind.Month:
                return ForMonth(Month!.Value.PlusMonths(-12));
            default:
                return new(PeriodKind.Custom, new DateInterval(Start.PlusYears(-1), End.PlusYears(-1)), null, null);
        }
    }

    /// <summary>Determines whether <paramref name="date"/> falls within the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => Interval.Contains(date);

    /// <summary>Formats the period: <c>2024-W44</c> for a week, <c>2024-11</c> for a month, <c>2024-11-01/2024-11-10</c> for a
    /// custom period (ISO 8601 interval). Culture-independent.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Kind switch
    {
        PeriodKind.Week => Week!.Value.ToString(),
        PeriodKind.Month => Month!.Value.ToString("uuuu'-'MM", CultureInfo.InvariantCulture),
        _ => Start.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture) + "/" + End.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture),
    };
}
