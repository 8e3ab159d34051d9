using System.Collections;
using NodaTime;

namespace SahelReports.Displacement;

/// <summary>A collection of displacement figures, organised in series (area, group, source, assessment type), that
/// answers the questions reports ask without the wrong sums.</summary>
/// <remarks>
/// <para>Figures are stocks. The set never adds figures of different rounds, dates, sources or assessment types:
/// <see cref="GetLatest"/> and <see cref="GetStock"/> return a figure of one series; a total for a country or region is
/// either the figure published for it, or the sum of its sub-areas for one round and date of one source and assessment
/// type (see <see cref="DisplacementStock"/>). There is deliberately no "total of everything".</para>
/// <para>Not thread-safe for writing; concurrent reads are safe once filled.</para>
/// </remarks>
/// <example>
/// <code>
/// DisplacementSet set = DisplacementImporter.ImportFile("dtm.csv").Data;
/// DisplacementStock? mali = set.GetLatestStock(DisplacementArea.ForCountry("MLI"), PopulationGroup.Idp, new LocalDate(2024, 11, 8));
/// // mali.Individuals, mali.Date, mali.Source, mali.Change, mali.IsStale
/// </code>
/// </example>
public sealed class DisplacementSet : IReadOnlyCollection<DisplacementFigure>
{
    private readonly Dictionary<DisplacementSeriesKey, List<DisplacementFigure>> _series = [];
    private readonly List<DisplacementFigure> _all = [];

    /// <summary>Creates an empty set.</summary>
    public DisplacementSet()
    {
    }

    /// <summary>Creates a set holding <paramref name="figures"/>.</summary>
    /// <param name="figures">The figures.</param>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is or contains <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two figures have the same series, date and round.</exception>
    public DisplacementSet(IEnumerable<DisplacementFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        foreach (DisplacementFigure f in figures)
        {
            Add(f);
        }
    }

    /// <summary>Gets the age after which a stock is flagged stale unless the caller says otherwise: 6 months.</summary>
    public static Period DefaultStaleAfter { get; } = Period.FromMonths(6);

    /// <summary>Gets the number of figures.</summary>
    public int Count => _all.Count;

    /// <summary>Gets the keys of all series, in a stable order (country, level, code, group, source, assessment type).</summary>
    public IReadOnlyList<DisplacementSeriesKey> SeriesKeys =>
        _series.Keys.Order(SeriesKeyComparer.Instance).ToArray();

    /// <summary>Adds a figure.</summary>
    /// <param name="figure">The figure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The set already has a figure of the same series, date and round.</exception>
    public void Add(DisplacementFigure figure)
    {
        if (!TryAdd(figure, out DisplacementFigure? existing))
        {
            throw new ArgumentException(
                $"The set already has a figure for {existing.Area.Key} {PopulationGroups.ToCode(existing.Group)} from {existing.Source} at the same date and round: {existing}.",
                nameof(figure));
        }
    }

    /// <summary>Adds a figure unless the set already has one of the same series, date and round.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="existing">The figure already in the set when the result is <see langword="false"/>.</param>
    /// <returns><see langword="true"/> when added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is <see langword="null"/>.</exception>
    public bool TryAdd(DisplacementFigure figure, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out DisplacementFigure? existing)
    {
        ArgumentNullException.ThrowIfNull(figure);
        DisplacementSeriesKey key = figure.SeriesKey;
        if (!_series.TryGetValue(key, out List<DisplacementFigure>? list))
        {
            list = [];
            _series.Add(key, list);
        }

        int index = list.BinarySearch(figure, FigureOrder.Instance);
        if (index >= 0)
        {
            existing = list[index];
            return false;
        }

        list.Insert(~index, figure);
        _all.Add(figure);
        existing = null;
        return true;
    }

    /// <summary>Gets the figures of one series, oldest first (by date, then round).</summary>
    /// <param name="key">The series.</param>
    /// <returns>The figures; empty when the series is unknown.</returns>
    public IReadOnlyList<DisplacementFigure> GetSeries(DisplacementSeriesKey key) =>
        _series.TryGetValue(key, out List<DisplacementFigure>? list) ? list.AsReadOnly() : [];

    /// <summary>Gets the latest figure of a series on or before <paramref name="asOf"/>.</summary>
    /// <param name="key">The series.</param>
    /// <param name="asOf">The date; figures after it are ignored.</param>
    /// <returns>The figure, or <see langword="null"/> when the series has none on or before <paramref name="asOf"/>.</returns>
    public DisplacementFigure? GetLatest(DisplacementSeriesKey key, LocalDate asOf)
    {
        IReadOnlyList<DisplacementFigure> list = GetSeries(key);
        int i = LastIndexOnOrBefore(list, asOf);
        return i < 0 ? null : list[i];
    }

    /// <summary>Gets the figure before the latest one of a series on or before <paramref name="asOf"/> (the previous round
    /// or date), together with the latest.</summary>
    /// <param name="key">The series.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The latest figure and the one before it (<see langword="null"/> when there is none); or
    /// <see langword="null"/> when the series has nothing on or before <paramref name="asOf"/>.</returns>
    public (DisplacementFigure Latest, DisplacementFigure? Previous)? GetLatestWithPrevious(DisplacementSeriesKey key, LocalDate asOf)
    {
        IReadOnlyList<DisplacementFigure> list = GetSeries(key);
        int i = LastIndexOnOrBefore(list, asOf);
        return i < 0 ? null : (list[i], i > 0 ? list[i - 1] : null);
    }

    /// <summary>Gets the latest figure of every series on or before <paramref name="asOf"/>, one per area, group, source and
    /// assessment type. The figures are side by side, not to be added.</summary>
    /// <param name="asOf">The date, or <see langword="null"/> for the latest of all.</param>
    /// <returns>The figures, ordered by country, level, code, group, source and assessment type.</returns>
    public IReadOnlyList<DisplacementFigure> GetLatestFigures(LocalDate? asOf = null)
    {
        LocalDate date = asOf ?? LocalDate.MaxIsoValue;
        var result = new List<DisplacementFigure>();
        foreach (DisplacementSeriesKey key in SeriesKeys)
        {
            if (GetLatest(key, date) is { } f)
            {
                result.Add(f);
            }
        }

        return result;
    }

    /// <summary>Gets the stock of one group in one area from one source and assessment type, as of a date, with the
    /// previous value and the stale flag. Use it for national (<see cref="DisplacementArea.ForCountry"/>) and admin1 totals.</summary>
    /// <param name="area">The area (a country or an administrative area).</param>
    /// <param name="group">The population group.</param>
    /// <param name="source">The source.</param>
    /// <param name="assessmentType">The assessment type (<see cref="AssessmentType.None"/> for sources without one).</param>
    /// <param name="asOf">The date; later figures are ignored.</param>
    /// <param name="staleAfter">The age beyond which the stock is flagged stale; <see langword="null"/> for <see cref="DefaultStaleAfter"/>.</param>
    /// <returns>The stock, or <see langword="null"/> when nothing is known on or before <paramref name="asOf"/>.</returns>
    /// <remarks>
    /// <para>If the source published a figure for <paramref name="area"/> itself, that figure is used. Otherwise the value
    /// is the sum of the figures published for areas inside <paramref name="area"/> at the latest (date, round) pair,
    /// counting only the outermost areas reported in that round (an admin2 figure is not added to the figure of its own
    /// admin1): areas that did not report in that round are not filled in from older rounds. When both exist and the
    /// summed sub-areas are more recent, the sum is used.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    public DisplacementStock? GetStock(DisplacementArea area, PopulationGroup group, DisplacementSource source, AssessmentType assessmentType, LocalDate asOf, Period? staleAfter = null)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(source);
        Period stale = staleAfter ?? DefaultStaleAfter;

        Snapshot? own = null, ownPrevious = null;
        if (GetLatestWithPrevious(new DisplacementSeriesKey(area, group, source, assessmentType), asOf) is var (latest, previous))
        {
            own = new Snapshot(latest.ReportingDate, latest.Round, latest.Individuals, 0);
            ownPrevious = previous is null ? null : new Snapshot(previous.ReportingDate, previous.Round, previous.Individuals, 0);
        }

        (Snapshot? sum, Snapshot? sumPrevious) = SumBelow(area, group, source, assessmentType, asOf);
        Snapshot? current = own;
        Snapshot? before = ownPrevious;
        if (sum is { } s && (own is not { } o || s.Date > o.Date))
        {
            current = s;
            before = sumPrevious;
        }

        if (current is not { } c)
        {
            return null;
        }

        return new DisplacementStock
        {
            Area = area,
            Group = group,
            Source = source,
            AssessmentType = assessmentType,
            Individuals = c.Individuals,
            Date = c.Date,
            Round = c.Round,
            SummedAreas = c.Areas,
            PreviousIndividuals = before?.Individuals,
            PreviousDate = before?.Date,
            PreviousRound = before?.Round,
            PreviousSummedAreas = before?.Areas ?? 0,
            AsOf = asOf,
            StaleAfter = stale,
        };
    }

    /// <summary>Gets one stock per source and assessment type that has figures for <paramref name="area"/> (itself or
    /// below it) and <paramref name="group"/>, as of a date. The stocks are alternatives, never to be added.</summary>
    /// <param name="area">The area (a country or an administrative area).</param>
    /// <param name="group">The population group.</param>
    /// <param name="asOf">The date; later figures are ignored.</param>
    /// <param name="staleAfter">The stale threshold; <see langword="null"/> for <see cref="DefaultStaleAfter"/>.</param>
    /// <returns>The stocks in order of preference: most recent date first; on the same date, by
    /// <see cref="DisplacementSourceKind"/> (DTM first), then baseline (<c>BA</c>) before other assessment types, then by
    /// operation and code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<DisplacementStock> GetStocks(DisplacementArea area, PopulationGroup group, LocalDate asOf, Period? staleAfter = null)
    {
        ArgumentNullException.ThrowIfNull(area);
        var pairs = _series.Keys
            .Where(k => k.Group == group && k.Area.IsWithin(area))
            .Select(k => (k.Source, k.AssessmentType))
            .Distinct()
            .ToArray();
        var result = new List<DisplacementStock>();
        foreach ((DisplacementSource source, AssessmentType type) in pairs)
        {
            if (GetStock(area, group, source, type, asOf, staleAfter) is { } stock)
            {
                result.Add(stock);
            }
        }

        return result
            .OrderByDescending(s => s.Date)
            .ThenBy(s => s.Source.Kind)
            .ThenBy(s => s.AssessmentType == AssessmentType.Baseline ? 0 : 1)
            .ThenBy(s => s.AssessmentType)
            .ThenBy(s => s.Source.Operation ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(s => s.Source.Name ?? string.Empty, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Gets the preferred latest stock of a group in an area as of a date: the first of <see cref="GetStocks"/>.
    /// This is the call a report's displacement section makes for a country or an admin1 area.</summary>
    /// <param name="area">The area (a country or an administrative area).</param>
    /// <param name="group">The population group.</param>
    /// <param name="asOf">The date; later figures are ignored.</param>
    /// <param name="staleAfter">The stale threshold; <see langword="null"/> for <see cref="DefaultStaleAfter"/>.</param>
    /// <returns>The stock (with its date, source, previous value and stale flag), or <see langword="null"/> when nothing is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is <see langword="null"/>.</exception>
    public DisplacementStock? GetLatestStock(DisplacementArea area, PopulationGroup group, LocalDate asOf, Period? staleAfter = null)
    {
        IReadOnlyList<DisplacementStock> stocks = GetStocks(area, group, asOf, staleAfter);
        return stocks.Count == 0 ? null : stocks[0];
    }

    /// <summary>Gets the stock of one series at every date it changed: the published figures of <paramref name="area"/>
    /// and the round sums of its sub-areas, each computed as <see cref="GetStock"/> would on that date. Use it for trend
    /// charts: the values are successive stocks, not flows, and are never to be added.</summary>
    /// <param name="area">The area.</param>
    /// <param name="group">The population group.</param>
    /// <param name="source">The source.</param>
    /// <param name="assessmentType">The assessment type.</param>
    /// <param name="interval">The reporting dates to keep (inclusive), or <see langword="null"/> for all.</param>
    /// <returns>The stocks, oldest first, one per reporting date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<DisplacementStock> GetHistory(DisplacementArea area, PopulationGroup group, DisplacementSource source, AssessmentType assessmentType, DateInterval? interval = null)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(source);
        IEnumerable<LocalDate> dates = _series
            .Where(kv => kv.Key.Group == group && kv.Key.AssessmentType == assessmentType && kv.Key.Source == source && kv.Key.Area.IsWithin(area))
            .SelectMany(kv => kv.Value.Select(f => f.ReportingDate))
            .Distinct()
            .Order();
        var result = new List<DisplacementStock>();
        foreach (LocalDate date in dates)
        {
            if (interval is not null && !interval.Contains(date))
            {
                continue;
            }

            if (GetStock(area, group, source, assessmentType, date) is { } stock && stock.Date == date)
            {
                result.Add(stock);
            }
        }

        return result;
    }

    /// <summary>Gets the areas at <paramref name="level"/> inside <paramref name="parent"/> that have figures of
    /// <paramref name="group"/>, ordered by P-code: the rows of a per-region table.</summary>
    /// <param name="parent">The parent area (usually a country).</param>
    /// <param name="level">The level wanted (1 for regions).</param>
    /// <param name="group">The population group.</param>
    /// <returns>The areas.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parent"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<DisplacementArea> GetAreas(DisplacementArea parent, int level, PopulationGroup group)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return _series.Keys
            .Where(k => k.Group == group && k.Area.Level == level && k.Area.IsWithin(parent))
            .Select(k => k.Area)
            .Distinct()
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Gets the countries (ISO alpha-3) that have figures, sorted.</summary>
    /// <returns>The country codes.</returns>
    public IReadOnlyList<string> GetCountries() =>
        _series.Keys.Select(k => k.Area.CountryAlpha3).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <inheritdoc/>
    public IEnumerator<DisplacementFigure> GetEnumerator() => _all.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private (Snapshot? Latest, Snapshot? Previous) SumBelow(DisplacementArea area, PopulationGroup group, DisplacementSource source, AssessmentType type, LocalDate asOf)
    {
        List<DisplacementSeriesKey> below = _series.Keys
            .Where(k => k.Group == group && k.AssessmentType == type && k.Source == source && k.Area.Level > area.Level && k.Area.IsWithin(area))
            .ToList();
        if (below.Count == 0)
        {
            return (null, null);
        }

        var snapshots = new SortedDictionary<(LocalDate Date, int Round), List<DisplacementFigure>>();
        foreach (DisplacementSeriesKey key in below)
        {
            foreach (DisplacementFigure f in _series[key])
            {
                if (f.ReportingDate > asOf)
                {
                    break;
                }

                var k = (f.ReportingDate, f.Round ?? -1);
                if (!snapshots.TryGetValue(k, out List<DisplacementFigure>? list))
                {
                    list = [];
                    snapshots.Add(k, list);
                }

                list.Add(f);
            }
        }

        if (snapshots.Count == 0)
        {
            return (null, null);
        }

        var ordered = snapshots.ToArray();
        return (Sum(ordered[^1]), ordered.Length > 1 ? Sum(ordered[^2]) : null);

        // Within one round and date, an area's figure already counts its sub-areas: add only the outermost areas reported.
        static Snapshot Sum(KeyValuePair<(LocalDate Date, int Round), List<DisplacementFigure>> kv)
        {
            List<DisplacementFigure> figures = kv.Value;
            long total = 0;
            int areas = 0;
            foreach (DisplacementFigure f in figures)
            {
                bool nested = false;
                foreach (DisplacementFigure g in figures)
                {
                    if (!ReferenceEquals(f, g) && g.Area.Level < f.Area.Level && f.Area.IsWithin(g.Area))
                    {
                        nested = true;
                        break;
                    }
                }

                if (!nested)
                {
                    total += f.Individuals;
                    areas++;
                }
            }

            return new Snapshot(kv.Key.Date, kv.Key.Round < 0 ? null : kv.Key.Round, total, areas);
        }
    }

    private static int LastIndexOnOrBefore(IReadOnlyList<DisplacementFigure> list, LocalDate asOf)
    {
        for (int i = list.Count - 1; i >= 0; i--)
        {
            if (list[i].ReportingDate <= asOf)
            {
                return i;
            }
        }

        return -1;
    }

    private readonly record struct Snapshot(LocalDate Date, int? Round, long Individuals, int Areas);

    private sealed class FigureOrder : IComparer<DisplacementFigure>
    {
        public static readonly FigureOrder Instance = new();

        public int Compare(DisplacementFigure? x, DisplacementFigure? y)
        {
            int c = x!.ReportingDate.CompareTo(y!.ReportingDate);
            return c != 0 ? c : Nullable.Compare(x.Round, y.Round);
        }
    }

    private sealed class SeriesKeyComparer : IComparer<DisplacementSeriesKey>
    {
        public static readonly SeriesKeyComparer Instance = new();

        public int Compare(DisplacementSeriesKey x, DisplacementSeriesKey y)
        {
            int c = string.CompareOrdinal(x.Area.CountryAlpha3, y.Area.CountryAlpha3);
            if (c == 0) { c = x.Area.Level.CompareTo(y.Area.Level); }
            if (c == 0) { c = Nullable.Compare(x.Area.Code, y.Area.Code); }
            if (c == 0) { c = x.Group.CompareTo(y.Group); }
            if (c == 0) { c = x.Source.Kind.CompareTo(y.Source.Kind); }
            if (c == 0) { c = string.CompareOrdinal(x.Source.Operation, y.Source.Operation); }
            if (c == 0) { c = string.CompareOrdinal(x.Source.Name, y.Source.Name); }
            if (c == 0) { c = x.AssessmentType.CompareTo(y.AssessmentType); }
            return c;
        }
    }
}
