using NodaTime;
using SahelReports.Geography;

namespace SahelReports.Incidents;

/// <summary>A pre-aggregated count of conflict events and fatalities for one area, period and category, as published
/// by HDX HAPI (monthly, per admin2, from ACLED data). Use it where event-level rows are not available.</summary>
/// <remarks>
/// <para>Categories overlap (see <see cref="ConflictEventCategory"/>): sum over areas or months within one category, never
/// across categories. ACLED's fatality convention applies: 0 means none reported.</para>
/// </remarks>
public sealed record ConflictEventAggregate
{
    /// <summary>Creates an aggregate.</summary>
    /// <param name="countryAlpha3">The ISO 3166-1 alpha-3 code of the country.</param>
    /// <param name="area">The admin area's P-code, or <see langword="null"/> for a whole-country figure.</param>
    /// <param name="level">The admin level of <paramref name="area"/> (0 for a country).</param>
    /// <param name="period">The period covered (inclusive, usually a calendar month).</param>
    /// <param name="category">The category.</param>
    /// <param name="events">The number of events (not negative).</param>
    /// <param name="fatalities">The reported fatalities, or <see langword="null"/> when not given (not negative).</param>
    /// <exception cref="ArgumentNullException"><paramref name="countryAlpha3"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="events"/>, <paramref name="fatalities"/> or
    /// <paramref name="level"/> is negative, or <paramref name="category"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="area"/> is missing below level 0, or given at level 0.</exception>
    public ConflictEventAggregate(string countryAlpha3, PCode? area, int level, DateInterval period, ConflictEventCategory category, int events, int? fatalities)
    {
        ArgumentNullException.ThrowIfNull(countryAlpha3);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        if (fatalities is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fatalities), fatalities, "Fatalities must not be negative.");
        }

        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "Not a defined ConflictEventCategory value.");
        }

        if ((level == 0) != (area is null))
        {
            throw new ArgumentException("A P-code is required below level 0 and not allowed at level 0.", nameof(area));
        }

        CountryAlpha3 = countryAlpha3;
        Area = area;
        Level = level;
        Period = period;
        Category = category;
        Events = events;
        Fatalities = fatalities;
    }

    /// <summary>Gets the ISO 3166-1 alpha-3 code of the country.</summary>
    public string CountryAlpha3 { get; }

    /// <summary>Gets the area's P-code, or <see langword="null"/> for a whole country.</summary>
    public PCode? Area { get; }

    /// <summary>Gets the admin level of <see cref="Area"/>.</summary>
    public int Level { get; }

    /// <summary>Gets the period covered (inclusive).</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the category.</summary>
    public ConflictEventCategory Category { get; }

    /// <summary>Gets the number of events.</summary>
    public int Events { get; }

    /// <summary>Gets the reported fatalities, or <see langword="null"/> when not given.</summary>
    public int? Fatalities { get; }
}
