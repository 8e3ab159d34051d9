using NodaTime;
using SahelReports.Incidents;

namespace SahelReports.Analysis;

/// <summary>The HDX Signals rule for armed conflict: a signal when the 30-day rolling sum of fatalities reaches a level not seen
/// in the previous one year (medium) or three years (high), and only when it is at least 100.</summary>
/// <remarks>
/// <para>After OCHA's HDX Signals methodology (armed conflict, ACLED): "monthly fatalities" are the rolling sum over the past
/// 30 days; a signal is generated when they reach levels not seen in the past one or three years, and not below the minimum
/// of 100. Here "a year" is 365 days and "not seen" means strictly above the highest 30-day sum on each earlier day of the
/// window.</para>
/// <para>Days with no incident count as zero only from <c>dataStart</c> on; before it, the data are unknown, and a rule that
/// needs them reports <see cref="HdxSignalLevel.NotEnoughData"/> (one year) or leaves the three-year maximum empty.</para>
/// </remarks>
public static class HdxSignals
{
    /// <summary>The minimum 30-day fatalities for a signal.</summary>
    public const int MinimumFatalities = 100;

    /// <summary>The length of the rolling window, in days.</summary>
    public const int WindowDays = 30;

    /// <summary>Evaluates the rule on <paramref name="asOf"/>.</summary>
    /// <param name="incidents">The incidents of the area (filter them first; for example with <see cref="AggregationOptions.Area"/>).</param>
    /// <param name="asOf">The date to evaluate.</param>
    /// <param name="dataStart">The first day the data cover; by default the earliest incident date (of any area).</param>
    /// <param name="area">Only incidents in this country (ISO alpha-3) or admin area (P-code) count, as for
    /// <see cref="AggregationOptions.Area"/>; <see langword="null"/> for all.</param>
    /// <returns>The signal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incidents"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="area"/> is not a country code or P-code.</exception>
    public static HdxSignal Evaluate(IEnumerable<ConflictIncident> incidents, LocalDate asOf, LocalDate? dataStart = null, string? area = null)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        Internal.AreaMatcher? matcher = Internal.AreaMatcher.Create(area);
        const int year = 365;
        int span = (3 * year) + WindowDays - 1;
        LocalDate first = asOf.PlusDays(-span);
        var daily = new long[span + 1];
        LocalDate? earliest = null;
        foreach (ConflictIncident incident in incidents)
        {
            ArgumentNullException.ThrowIfNull(incident, nameof(incidents));
            if (earliest is null || incident.Date < earliest)
            {
                earliest = incident.Date;
            }

            if (incident.Date >= first && incident.Date <= asOf && (matcher is null || matcher.Contains(incident)))
            {
                daily[Period.DaysBetween(first, incident.Date)] += incident.Fatalities;
            }
        }

        LocalDate start = dataStart ?? earliest ?? asOf;

        // rolling[d] = sum of daily[d - 29 .. d]; valid for d ≥ 29.
        var rolling = new long[daily.Length];
        long sum = 0;
        for (int d = 0; d < daily.Length; d++)
        {
            sum += daily[d];
            if (d >= WindowDays)
            {
                sum -= daily[d - WindowDays];
            }

            rolling[d] = sum;
        }

        int today = span;
        long current = rolling[today];
        long? maxYear = MaxBefore(rolling, today, year, first, start);
        long? maxThree = MaxBefore(rolling, today, 3 * year, first, start);
        HdxSignalLevel level = maxYear is not { } y ? HdxSignalLevel.NotEnoughData
            : current < MinimumFatalities || current <= y ? HdxSignalLevel.None
            : maxThree is { } t && current > t ? HdxSignalLevel.High
            : HdxSignalLevel.Medium;
        return new HdxSignal(asOf, current, maxYear, maxThree, level);
    }

    /// <summary>The highest rolling sum on the <paramref name="days"/> days before <paramref name="today"/>, when the data cover every
    /// window needed (the earliest window starts <paramref name="days"/> + 29 days before today).</summary>
    private static long? MaxBefore(long[] rolling, int today, int days, LocalDate first, LocalDate dataStart)
    {
        LocalDate needed = first.PlusDays(today - days - (WindowDays - 1));
        if (dataStart > needed)
        {
            return null;
        }

        long max = 0;
        for (int d = today - days; d < today; d++)
        {
            max = Math.Max(max, rolling[d]);
        }

        return max;
    }
}
