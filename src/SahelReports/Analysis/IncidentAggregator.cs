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
/// counts what it is given. Given an <see cref="Import.AcledReader"/> that has not been enumerated yet, it groups the file in one
/// pass without building incidents: the reader validates every row as usual (same issues and counts) and hands over each
/// accepted row's values, so memory is bounded by the number of groups, not rows; the result is the same as aggregating the
/// reader's incidents. A monadic file (one row per actor of each event) is the exception: its rows are merged into events first, as
/// <see cref="Import.AcledImporter"/> does, so memory then grows with the file. Otherwise the reader does not merge duplicate ids:
/// a file that repeats ids (revisions) is counted row by row, and the reader then ends its issues with a
/// <see cref="Import.ImportIssueCodes.RepeatedIdNotMerged"/> warning; import such files into an <see cref="IncidentSet"/> and
/// aggregate that.</para>
/// <para>Groups are found with integer keys and arrays, not string tuples. One pass over a million incident objects is bound
/// by memory reads (tens of milliseconds); for repeated aggregation build an <see cref="IncidentIndex"/> once and pass it
/// instead: it reads a few arrays (about 11 ms for a million incidents by admin1 × ISO week, measured on a loaded 2-core machine).</para>
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

        if (incidents is IncidentIndex index)
        {
            return index.Aggregate(options);
        }

        IReadOnlyList<AggregateDimension> dims = options.Dimensions;
        var encoders = new DimensionEncoder[dims.Count];
        for (int d = 0; d < encoders.Length; d++)
        {
            encoders[d] = DimensionEncoder.Create(dims[d], options);
        }

        if (incidents is SahelReports.Import.AcledReader acled)
        {
            // Streamed straight from a file: one pass that groups each row's validated values as it is read, with no
            // incident built and memory bounded by the number of groups (see StreamingGroups).
            var streamed = new StreamingGroups(encoders, options);
            acled.PrepareForAggregation(streamed);
            IncidentSet? events = null;
            foreach (ConflictIncident incident in acled)
            {
                // Only what the reader does not stream as values still gives incidents: JSON, added as given, and a monadic CSV,
                // whose rows (one per actor) are merged into their events first, as AcledImporter does.
                if (acled.Layout == SahelReports.Import.AcledLayout.Monadic)
                {
                    (events ??= []).MergeMonadic(incident);
                }
                else
                {
                    streamed.Add(incident);
                }
            }

            foreach (ConflictIncident incident in events ?? [])
            {
                streamed.Add(incident);
            }

            return streamed.ToAggregate(options);
        }

        int capacity = incidents.TryGetNonEnumeratedCount(out int known) ? Math.Max(known, 16) : 1024;
        using var reader = new IncidentReader(encoders, options, capacity);
        reader.ReadAll(incidents);
        return Group(options, encoders, reader.Columns, reader.Fatalities, reader.Civilian, reader.Count, reader.Read, reader.Exclusions);
    }

    /// <summary>The second pass: turns per-incident dimension ids into groups, counts them and builds the sorted rows.</summary>
    internal static IncidentAggregate Group(
        AggregationOptions options, DimensionEncoder[] encoders, int[][] columns, int[] fatalities, int[] civilian, int n, int read, PrecisionExclusions exclusions)
    {
        IReadOnlyList<AggregateDimension> dims = options.Dimensions;
        int[]? keys = null;
        try
        {
            long totalFatalities = 0;
            int totalCivilian = 0;
            for (int i = 0; i < n; i++)
            {
                totalFatalities += fatalities[i];
                totalCivilian += civilian[i];
            }

            long space = 1;
            foreach (DimensionEncoder e in encoders)
            {
                space = Math.Min(space * Math.Max(e.Cardinality, 1), long.MaxValue / int.MaxValue);
            }

            int groups;
            int[] events, civilianSums, first;
            long[] fatalitySums;
            if (space <= DirectLimit(n))
            {
                // Small key space: one fused pass computes each incident's key from its ids and adds it up.
                groups = (int)space;
                (events, fatalitySums, civilianSums, first) = (new int[groups], new long[groups], new int[groups], new int[groups]);
                int c1 = encoders.Length > 1 ? Math.Max(encoders[1].Cardinality, 1) : 1;
                for (int i = 0; i < n; i++)
                {
                    int k = encoders.Length switch
                    {
                        0 => 0,
                        1 => columns[0][i],
                        2 => (columns[0][i] * c1) + columns[1][i],
                        _ => KeyOf(encoders, columns, i),
                    };
                    if (events[k]++ == 0)
                    {
                        first[k] = i;
                    }

                    fatalitySums[k] += fatalities[i];
                    civilianSums[k] += civilian[i];
                }
            }
            else
            {
                keys = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
                groups = CombineKeys(encoders, columns, keys, n);
                (events, fatalitySums, civilianSums, first) = (new int[groups], new long[groups], new int[groups], new int[groups]);
                for (int i = 0; i < n; i++)
                {
                    int k = keys[i];
                    if (events[k]++ == 0)
                    {
                        first[k] = i;
                    }

                    fatalitySums[k] += fatalities[i];
                    civilianSums[k] += civilian[i];
                }
            }

            var totals = new AggregateCounts(n, totalFatalities, totalCivilian);
            return ToAggregate(options, encoders, columns, first, events, fatalitySums, civilianSums, groups, totals, read, exclusions);
        }
        finally
        {
            if (keys is not null)
            {
                ArrayPool<int>.Shared.Return(keys);
            }
        }
    }

    /// <summary>The last step: sorts the groups by their dimension values and builds the rows.</summary>
    /// <param name="options">The options.</param>
    /// <param name="encoders">The encoders, completed (ids dense).</param>
    /// <param name="columns">Per dimension, the ids of each entry.</param>
    /// <param name="first">Per group, an entry of it (whose ids are the group's).</param>
    /// <param name="events">Per group, its events (0: no such group).</param>
    /// <param name="fatalitySums">Per group, its fatalities.</param>
    /// <param name="civilianSums">Per group, its civilian-targeting events.</param>
    /// <param name="groups">The number of group keys.</param>
    /// <param name="totals">The totals.</param>
    /// <param name="read">The incidents read.</param>
    /// <param name="exclusions">What the filters left out.</param>
    internal static IncidentAggregate ToAggregate(
        AggregationOptions options, DimensionEncoder[] encoders, int[][] columns, int[] first, int[] events, long[] fatalitySums, int[] civilianSums, int groups,
        AggregateCounts totals, int read, PrecisionExclusions exclusions)
    {
        var ranks = new int[encoders.Length][];
        for (int d = 0; d < encoders.Length; d++)
        {
            ranks[d] = encoders[d].SortRanks();
        }

        var order = new List<int>();
        for (int k = 0; k < groups; k++)
        {
            if (events[k] > 0)
            {
                order.Add(k);
            }
        }

        order.Sort((x, y) =>
        {
            for (int d = 0; d < ranks.Length; d++)
            {
                int c = ranks[d][columns[d][first[x]]].CompareTo(ranks[d][columns[d][first[y]]]);
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        });
        var rows = new AggregateRow[order.Count];
        for (int r = 0; r < rows.Length; r++)
        {
            int k = order[r];
            var values = default(RowValues);
            for (int d = 0; d < encoders.Length; d++)
            {
                encoders[d].Describe(columns[d][first[k]], ref values);
            }

            rows[r] = ToRow(values, new AggregateCounts(events[k], fatalitySums[k], civilianSums[k]), totals);
        }

        return new IncidentAggregate(options, rows, totals, read, exclusions);
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

    /// <summary>The text of a target type, as <see cref="AggregateRow.GetText"/> writes it.</summary>
    internal static string TargetText(TargetType target) => target switch
    {
        TargetType.NoTarget => nameof(TargetType.NoTarget),
        TargetType.Civilians => nameof(TargetType.Civilians),
        TargetType.StateForces => nameof(TargetType.StateForces),
        TargetType.LocalDefenceForces => nameof(TargetType.LocalDefenceForces),
        TargetType.ArmedGroups => nameof(TargetType.ArmedGroups),
        TargetType.Demonstrators => nameof(TargetType.Demonstrators),
        TargetType.Other => nameof(TargetType.Other),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "Not a defined target type."),
    };

    /// <summary>The text of one dimension of described values (used to sort enumeration ids as their rows will show them).</summary>
    internal static string TextOf(in RowValues values, AggregateDimension dimension) => ToRow(values, default, default).GetText(dimension);

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

        try
        {
            _ = AreaMatcher.Create(options.Area);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException("AggregationOptions.Area: " + e.Message, nameof(options), e);
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
        long limit = DirectLimit(n);
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

    /// <summary>The largest key space counted in arrays directly (larger ones are re-numbered first).</summary>
    private static long DirectLimit(int n) => Math.Max(1 << 16, n);

    private static int KeyOf(DimensionEncoder[] encoders, int[][] columns, int i)
    {
        int k = columns[0][i];
        for (int d = 1; d < encoders.Length; d++)
        {
            k = (k * Math.Max(encoders[d].Cardinality, 1)) + columns[d][i];
        }

        return k;
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
