using System.Buffers;
using NodaTime;
using SahelReports.Analysis.Internal;
using SahelReports.Incidents;

namespace SahelReports.Analysis;

/// <summary>Counts incidents by any combination of dimensions: events, fatalities, civilian-targeting events and shares.</summary>
/// <remarks>
/// <para>Every incident falls in exactly one group, so the groups always sum to the totals, and the groups of a finer
/// breakdown (admin2) sum to those of a coarser one (admin1). Incidents left out by the interval or the precision filters are
/// counted in <see cref="IncidentAggregate.Exclusions"/>, never dropped silently. The result does not depend on the order of the
/// incidents.</para>
/// <para>Give distinct incidents (an <see cref="IncidentSet"/> has already merged revisions and monadic rows): the aggregator
/// counts what it is given.</para>
/// <para>Groups are found with integer keys and arrays, not string tuples: one million incidents by admin1 × ISO week take a
/// few tens of milliseconds.</para>
/// </remarks>
/// <example><code>
/// IncidentAggregate byArea = IncidentAggregator.Aggregate(incidents, new AggregationOptions
/// {
///     Dimensions = [AggregateDimension.Admin1, AggregateDimension.Period],
///     Interval = new DateInterval(new LocalDate(2024, 10, 28), new LocalDate(2024, 11, 3)),
///     MaxGeoPrecision = GeoPrecision.Near,
/// });
/// // byArea.Rows: one row per admin1 and week; byArea.Exclusions.ImpreciseLocation: incidents located only to a region
/// </code></example>
public static class IncidentAggregator
{
    /// <summary>Aggregates incidents by the given dimensions, with default options otherwise.</summary>
    /// <param name="incidents">The incidents.</param>
    /// <param name="dimensions">The dimensions, in order.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A dimension is repeated or undefined, or an incident is <see langword="null"/>.</exception>
    public static IncidentAggregate Aggregate(IEnumerable<ConflictIncident> incidents, params IEnumerable<AggregateDimension> dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        return Aggregate(incidents, new AggregationOptions { Dimensions = dimensions.ToArray() });
    }

    /// <summary>Aggregates incidents.</summary>
    /// <param name="incidents">The incidents.</param>
    /// <param name="options">The dimensions, interval and precision filters.</param>
    /// <returns>The aggregate, with one row per group that has at least one incident.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A dimension is repeated or undefined, the granularity is undefined, the area is not
    /// a country code or P-code, or an incident is <see langword="null"/>.</exception>
    public static IncidentAggregate Aggregate(IEnumerable<ConflictIncident> incidents, AggregationOptions options)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);

        IReadOnlyList<AggregateDimension> dims = options.Dimensions;
        var encoders = new DimensionEncoder[dims.Count];
        for (int d = 0; d < encoders.Length; d++)
        {
            encoders[d] = DimensionEncoder.Create(dims[d], options);
        }

        int capacity = incidents.TryGetNonEnumeratedCount(out int known) ? Math.Max(known, 16) : 1024;
        var columns = new int[encoders.Length][];
        for (int d = 0; d < columns.Length; d++)
        {
            columns[d] = ArrayPool<int>.Shared.Rent(capacity);
        }

        int[] fatalities = ArrayPool<int>.Shared.Rent(capacity);
        int[] civilian = ArrayPool<int>.Shared.Rent(capacity);
        int[]? keys = null;
        try
        {
            bool hasInterval = options.Interval is not null;
            LocalDate start = options.Interval?.Start ?? default;
            LocalDate end = options.Interval?.End ?? default;
            int maxTime = options.MaxTimePrecision is { } t ? (int)t : int.MaxValue;
            int maxGeo = options.MaxGeoPrecision is { } g ? (int)g : int.MaxValue;
            AreaMatcher? area = AreaMatcher.Create(options.Area);
            int outsideArea = 0;
            int read = 0, outside = 0, impreciseTime = 0, impreciseGeo = 0, n = 0;
            foreach (ConflictIncident incident in incidents)
            {
                if (incident is null)
                {
                    throw new ArgumentException("The incidents contain a null element at position " + read.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", nameof(incidents));
                }

                read++;
                if (hasInterval && (incident.Date < start || incident.Date > end))
                {
                    outside++;
                    continue;
                }

                if (area is not null && !area.Contains(incident))
                {
                    outsideArea++;
                    continue;
                }

                if ((int)incident.TimePrecision > maxTime)
                {
                    impreciseTime++;
                    continue;
                }

                if ((int)incident.Location.GeoPrecision > maxGeo)
                {
                    impreciseGeo++;
                    continue;
                }

                if (n == fatalities.Length)
                {
                    for (int d = 0; d < columns.Length; d++)
                    {
                        columns[d] = Grow(columns[d], n);
                    }

                    fatalities = Grow(fatalities, n);
                    civilian = Grow(civilian, n);
                }

                for (int d = 0; d < encoders.Length; d++)
                {
                    columns[d][n] = encoders[d].Encode(incident);
                }

                fatalities[n] = incident.Fatalities;
                civilian[n] = incident.CivilianTargeting ? 1 : 0;
                n++;
            }

            for (int d = 0; d < encoders.Length; d++)
            {
                encoders[d].Complete(columns[d].AsSpan(0, n));
            }

            keys = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
            int groups = CombineKeys(encoders, columns, keys, n);

            var events = new int[groups];
            var fatalitySums = new long[groups];
            var civilianSums = new int[groups];
            var first = new int[groups];
            long totalFatalities = 0;
            int totalCivilian = 0;
            for (int i = 0; i < n; i++)
            {
                int k = keys[i];
                if (events[k]++ == 0)
                {
                    first[k] = i;
                }

                fatalitySums[k] += fatalities[i];
                civilianSums[k] += civilian[i];
                totalFatalities += fatalities[i];
                totalCivilian += civilian[i];
            }

            var totals = new AggregateCounts(n, totalFatalities, totalCivilian);
            var rows = new List<AggregateRow>();
            for (int k = 0; k < groups; k++)
            {
                if (events[k] == 0)
                {
                    continue;
                }

                var values = default(RowValues);
                for (int d = 0; d < encoders.Length; d++)
                {
                    encoders[d].Describe(columns[d][first[k]], ref values);
                }

                rows.Add(ToRow(values, new AggregateCounts(events[k], fatalitySums[k], civilianSums[k]), totals));
            }

            rows.Sort(RowComparer(dims));
            return new IncidentAggregate(options, rows, totals, read, new PrecisionExclusions(outside, outsideArea, impreciseTime, impreciseGeo));
        }
        finally
        {
            foreach (int[] column in columns)
            {
                ArrayPool<int>.Shared.Return(column);
            }

            ArrayPool<int>.Shared.Return(fatalities);
            ArrayPool<int>.Shared.Return(civilian);
            if (keys is not null)
            {
                ArrayPool<int>.Shared.Return(keys);
            }
        }
    }

    /// <summary>Builds a weekly or monthly series: every period from the one containing the interval's start to the one
    /// containing its end (without an interval: from the first to the last incident kept), with zeros where nothing happened.</summary>
    /// <param name="incidents">The incidents.</param>
    /// <param name="options">The granularity, interval, area and precision filters; <see cref="AggregationOptions.Dimensions"/>
    /// must be empty (the series is by period only).</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="AggregationOptions.Dimensions"/> is not empty, or as for
    /// <see cref="Aggregate(IEnumerable{ConflictIncident}, AggregationOptions)"/>.</exception>
    public static IncidentSeries Series(IEnumerable<ConflictIncident> incidents, AggregationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Dimensions is not { Count: 0 })
        {
            throw new ArgumentException("A series is grouped by period only: AggregationOptions.Dimensions must be empty.", nameof(options));
        }

        IncidentAggregate byPeriod = Aggregate(incidents, options with { Dimensions = [AggregateDimension.Period] });
        PeriodGranularity g = options.Granularity;
        var points = new List<SeriesPoint>();
        LocalDate? first = options.Interval?.Start ?? byPeriod.Rows.FirstOrDefault()?.Period!.Start;
        LocalDate? last = options.Interval?.End ?? byPeriod.Rows.LastOrDefault()?.Period!.Start;
        if (first is { } from && last is { } to)
        {
            var counts = byPeriod.Rows.ToDictionary(r => r.Period!.Start, r => r.Counts);
            for (ReportingPeriod p = ReportingPeriod.Containing(from, g); p.Start <= to; p = p.Next())
            {
                bool partial = options.Interval is { } iv && (p.Start < iv.Start || p.End > iv.End);
                points.Add(new SeriesPoint(p, counts.GetValueOrDefault(p.Start), partial));
            }
        }

        return new IncidentSeries(g, points, byPeriod.Totals, byPeriod.IncidentsRead, byPeriod.Exclusions);
    }

    /// <summary>Builds the comparison that sorts rows by the dimensions in order: text values ordinally (resolved P-codes before
    /// unresolved names), periods by date.</summary>
    internal static Comparison<AggregateRow> RowComparer(IReadOnlyList<AggregateDimension> dimensions) => (a, b) =>
    {
        foreach (AggregateDimension d in dimensions)
        {
            int c = d switch
            {
                AggregateDimension.Period => Nullable.Compare(a.Period?.Start, b.Period?.Start),
                AggregateDimension.Admin1 => (a.Admin1Code is null).CompareTo(b.Admin1Code is null),
                AggregateDimension.Admin2 => (a.Admin2Code is null).CompareTo(b.Admin2Code is null),
                _ => 0,
            };
            if (c == 0)
            {
                c = string.CompareOrdinal(a.GetText(d), b.GetText(d));
            }

            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    };

    private static void Validate(AggregationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.Dimensions, nameof(options));
        ArgumentNullException.ThrowIfNull(options.ActorNormalizer, nameof(options));
        var seen = new HashSet<AggregateDimension>();
        foreach (AggregateDimension d in options.Dimensions)
        {
            if (!Enum.IsDefined(d))
            {
                throw new ArgumentException("Dimension " + ((int)d).ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not a defined AggregateDimension.", nameof(options));
            }

            if (!seen.Add(d))
            {
                throw new ArgumentException("Each dimension may be given once; " + d.ToString() + " is repeated.", nameof(options));
            }
        }

        if (!Enum.IsDefined(options.Granularity))
        {
            throw new ArgumentException("Granularity must be Week or Month; got " + ((int)options.Granularity).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", nameof(options));
        }
    }

    /// <summary>Combines the per-dimension ids of each incident into one dense group key, multiplying while the key space stays
    /// small and re-numbering the keys seen (a dictionary on a 64-bit key) when it would grow too large.</summary>
    /// <returns>The number of possible group keys (every key is below it).</returns>
    private static int CombineKeys(DimensionEncoder[] encoders, int[][] columns, int[] keys, int n)
    {
        long limit = Math.Max(1 << 16, n);
        if (encoders.Length == 0)
        {
            Array.Clear(keys, 0, n);
            return 1;
        }

        Array.Copy(columns[0], keys, n);
        long space = Math.Max(encoders[0].Cardinality, 1);
        for (int d = 1; d < encoders.Length; d++)
        {
            int[] column = columns[d];
            long cardinality = Math.Max(encoders[d].Cardinality, 1);
            if (space * cardinality <= limit)
            {
                int c = (int)cardinality;
                for (int i = 0; i < n; i++)
                {
                    keys[i] = (keys[i] * c) + column[i];
                }

                space *= cardinality;
            }
            else
            {
                var map = new Dictionary<long, int>();
                for (int i = 0; i < n; i++)
                {
                    long combined = (keys[i] * cardinality) + column[i];
                    if (!map.TryGetValue(combined, out int id))
                    {
                        id = map.Count;
                        map.Add(combined, id);
                    }

                    keys[i] = id;
                }

                space = Math.Max(map.Count, 1);
            }
        }

        return (int)space;
    }

    private static int[] Grow(int[] array, int used)
    {
        int[] bigger = ArrayPool<int>.Shared.Rent(checked(array.Length * 2));
        Array.Copy(array, bigger, used);
        ArrayPool<int>.Shared.Return(array);
        return bigger;
    }

    private static AggregateRow ToRow(in RowValues v, AggregateCounts counts, AggregateCounts totals) => new()
    {
        CountryAlpha3 = v.Country,
        Admin1Code = v.Admin1Code,
        Admin1Name = v.Admin1Name,
        Admin2Code = v.Admin2Code,
        Admin2Name = v.Admin2Name,
        EventType = v.EventType,
        SubEventType = v.SubEventType,
        DisorderType = v.DisorderType,
        Actor = v.Actor,
        ActorType = v.ActorType,
        TargetType = v.TargetType,
        CivilianTargeting = v.CivilianTargeting,
        Period = v.Period,
        Counts = counts,
        EventShare = totals.Events == 0 ? 0 : (double)counts.Events / totals.Events,
        FatalityShare = totals.Fatalities == 0 ? 0 : (double)counts.Fatalities / totals.Fatalities,
    };
}
