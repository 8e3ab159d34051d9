using NodaTime;
using SahelReports.Geography;

namespace SahelReports.Reporting;

/// <summary>Settings for <see cref="WeeklySituationReportBuilder"/>: which countries, which language, how much history,
/// the thresholds behind generated sentences, and the masthead.</summary>
/// <remarks><para>A record with validated <c>init</c> properties, so <c>with</c> expressions cannot skip a check.
/// The defaults give the standard Central Sahel report in English.</para></remarks>
public sealed record WeeklyReportOptions
{
    private readonly IReadOnlyList<string> _countries = ["BFA", "MLI", "NER"];
    private readonly int _weeksOfHistory = 12;
    private readonly int _staleFigureDays = 180;
    private readonly int _topIncidents = 10;
    private readonly int _topActors = 10;
    private readonly double _riseProbability = 0.01;
    private readonly int _riseMinimumEvents = 3;

    /// <summary>Gets the countries covered (ISO 3166-1 alpha-3, for example <c>MLI</c>), in any order; the report lists
    /// them alphabetically by name. Incidents in other countries are left out. Default: Burkina Faso, Mali, Niger.</summary>
    /// <exception cref="ArgumentException">The list is empty or holds a code that is not a known alpha-3 country code.</exception>
    public IReadOnlyList<string> Countries
    {
        get => _countries;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count == 0)
            {
                throw new ArgumentException("A weekly report needs at least one country.", nameof(value));
            }

            foreach (string code in value)
            {
                if (!SahelReports.Geography.Countries.TryFromAlpha3(code, out _))
                {
                    throw new ArgumentException($"'{code}' is not an ISO 3166-1 alpha-3 country code known to SahelReports.", nameof(value));
                }
            }

            _countries = value.Distinct(StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>Gets the report language. Default: English.</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.English;

    /// <summary>Gets how many weeks before the reported week the trends, means and "first time" tests look at (at least 12). Default: 12.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 12 or above 520.</exception>
    public int WeeksOfHistory
    {
        get => _weeksOfHistory;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 12);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 520);
            _weeksOfHistory = value;
        }
    }

    /// <summary>Gets the age in days, at the end of the reported week, beyond which a displacement figure is flagged as stale. Default: 180.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int StaleFigureDays
    {
        get => _staleFigureDays;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _staleFigureDays = value;
        }
    }

    /// <summary>Gets how many incidents the top-incidents table lists. Default: 10.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int TopIncidents
    {
        get => _topIncidents;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _topIncidents = value;
        }
    }

    /// <summary>Gets how many actors the actors table lists. Default: 10.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int TopActors
    {
        get => _topActors;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _topActors = value;
        }
    }

    /// <summary>Gets the largest Poisson tail probability for which a weekly rise in an area is highlighted. Default: 0.01.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 0 and 0.5 (exclusive of 0).</exception>
    public double RiseProbability
    {
        get => _riseProbability;
        init
        {
            if (!(value > 0 && value <= 0.5))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The rise probability threshold must be greater than 0 and at most 0.5.");
            }

            _riseProbability = value;
        }
    }

    /// <summary>Gets the fewest events in the week for which a rise in an area is highlighted. Default: 3.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int RiseMinimumEvents
    {
        get => _riseMinimumEvents;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _riseMinimumEvents = value;
        }
    }

    /// <summary>Gets the report number shown in the masthead (for example <c>2024/44</c>), or <see langword="null"/> for none.</summary>
    public string? ReportNumber { get; init; }

    /// <summary>Gets the title, or <see langword="null"/> for the standard title in the report language.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the publishing organisation for the masthead. Default: <see cref="Reporting.Publisher.Default"/>.</summary>
    public Publisher Publisher { get; init; } = Publisher.Default;

    /// <summary>Gets the clock that stamps "generated on". Pass a fixed clock for reproducible output. Default: the system clock.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>Gets the gazetteer used for area names in the report language. Default: <see cref="Gazetteer.Default"/>.</summary>
    public Gazetteer Gazetteer { get; init; } = Gazetteer.Default;
}
