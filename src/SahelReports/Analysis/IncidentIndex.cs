using System.Buffers;
using System.Collections;
using SahelReports.Analysis.Internal;
using SahelReports.Incidents;

namespace SahelReports.Analysis;

/// <summary>A read-only, column-oriented copy of a set of incidents for repeated aggregation: dates, precisions, fatalities
/// and the id of each incident in each dimension are kept in arrays, so an aggregation reads a few arrays instead of a
/// million objects.</summary>
/// <remarks>
/// <para>Build it once per data set (one pass over the incidents) and pass it wherever an <c>IEnumerable&lt;ConflictIncident&gt;</c>
/// is accepted: <see cref="IncidentAggregator"/>, <see cref="Hotspots"/>, <see cref="ConflictPatterns"/> and the others use
/// the columns when they are given an index. Dimension columns are built on first use and kept.</para>
/// <para>The index keeps the incidents in the order given; it does not merge repeated ids (build it from an
/// <see cref="IncidentSet"/>). It is safe to use from several threads at once.</para>
/// </remarks>
/// <example><code>
/// var index = IncidentIndex.Create(importResult.Data);          // once
/// IncidentAggregate weekly = IncidentAggregator.Aggregate(index, AggregateDimension.Admin1, AggregateDimension.Period);
/// </code></example>
public sealed class IncidentIndex : IReadOnlyList<ConflictIncident>
{
    private readonly ConflictIncident[] _items;
    private readonly int[] _dayNumbers;
    private readonly byte[] _timePrecision;
    private readonly byte[] _geoPrecision;
    private readonly int[] _fatalities;
    private readonly int[] _civilian;
    private readonly Dictionary<(AggregateDimension, PeriodGranularity, ActorNormalizer?), (DimensionEncoder Encoder, int[] Ids)> _columns = [];
    private readonly Lock _lock = new();

    private IncidentIndex(ConflictIncident[] items)
    {
        _items = items;
        int n = items.Length;
        _dayNumbers = new int[n];
        _timePrecision = new byte[n];
        _geoPrecision = new byte[n];
        _fatalities = new int[n];
        _civilian = new int[n];
        for (int i = 0; i < n; i++)
        {
            ConflictIncident incident = items[i];
            _dayNumbers[i] = IsoWeek.DayNumberOf(incident.Date);
            _timePrecision[i] = (byte)incident.TimePrecision;
            _geoPrecision[i] = (byte)incident.Location.GeoPrecision;
            _fatalities[i] = incident.Fatalities;
            _civilian[i] = incident.CivilianTargeting ? 1 : 0;
        }
    }

    /// <summary>Gets the number of incidents.</summary>
    public int Count => _items.Length;

    /// <summary>Gets an incident by position.</summary>
    /// <param name="index">The position, from 0.</param>
    /// <returns>The incident.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside 0 to <see cref="Count"/> − 1.</exception>
    public ConflictIncident this[int index] => _items[index];

    /// <summary>Builds an index of the incidents.</summary>
    /// <param name="incidents">The incidents (distinct events: an <see cref="IncidentSet"/>).</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incidents"/> is or contains <see langword="null"/>.</exception>
    public static IncidentIndex Create(IEnumerable<ConflictIncident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ConflictIncident[] items = [.. incidents];
        foreach (ConflictIncident incident in items)
        {
            ArgumentNullException.ThrowIfNull(incident, nameof(incidents));
        }

        return new IncidentIndex(items);
    }

    /// <inheritdoc/>
    public IEnumerator<ConflictIncident> GetEnumerator() => ((IEnumerable<ConflictIncident>)_items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal IncidentAggregate Aggregate(AggregationOptions options)
    {
        IReadOnlyList<AggregateDimension> dims = options.Dimensions;
        var encoders = new DimensionEncoder[dims.Count];
        var ids = new int[dims.Count][];
        for (int d = 0; d < dims.Count; d++)
        {
            (encoders[d], ids[d]) = GetColumn(dims[d], options);
        }

        int n = _items.Length;
        bool filtered = options.Interval is not null || options.Area is not null || options.MaxTimePrecision is not null || options.MaxGeoPrecision is not null;
        if (!filtered)
        {
            return IncidentAggregator.Group(options, encoders, ids, _fatalities, _civilian, n, n, new PrecisionExclusions(0, 0, 0, 0));
        }

        // Filters: copy the kept rows' values into pooled columns.
        int start = options.Interval is { } iv ? IsoWeek.DayNumberOf(iv.Start) : int.MinValue;
        int end = options.Interval is { } iv2 ? IsoWeek.DayNumberOf(iv2.End) : int.MaxValue;
        int maxTime = options.MaxTimePrecision is { } t ? (int)t : int.MaxValue;
        int maxGeo = options.MaxGeoPrecision is { } g ? (int)g : int.MaxValue;
        AreaMatcher? area = AreaMatcher.Create(options.Area);
        int[][] columns = new int[dims.Count][];
        for (int d = 0; d < columns.Length; d++)
        {
            columns[d] = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
        }

        int[] fatalities = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
        int[] civilian = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
        try
        {
            int kept = 0, outside = 0, outsideArea = 0, impreciseTime = 0, impreciseGeo = 0;
            for (int i = 0; i < n; i++)
            {
                int day = _dayNumbers[i];
                if (day < start || day > end)
                {
                    outside++;
                    continue;
                }

                if (area is not null && !area.Contains(_items[i]))
                {
                    outsideArea++;
                    continue;
                }

                if (_timePrecision[i] > maxTime)
                {
                    impreciseTime++;
                    continue;
                }

                if (_geoPrecision[i] > maxGeo)
                {
                    impreciseGeo++;
                    continue;
                }

                for (int d = 0; d < columns.Length; d++)
                {
                    columns[d][kept] = ids[d][i];
                }

                fatalities[kept] = _fatalities[i];
                civilian[kept] = _civilian[i];
                kept++;
            }

            var exclusions = new PrecisionExclusions(outside, outsideArea, impreciseTime, impreciseGeo);
            return IncidentAggregator.Group(options, encoders, columns, fatalities, civilian, kept, n, exclusions);
        }
        finally
        {
            foreach (int[] column in columns)
            {
                ArrayPool<int>.Shared.Return(column);
            }

            ArrayPool<int>.Shared.Return(fatalities);
            ArrayPool<int>.Shared.Return(civilian);
        }
    }

    private (DimensionEncoder Encoder, int[] Ids) GetColumn(AggregateDimension dimension, AggregationOptions options)
    {
        var key = (dimension,
            dimension == AggregateDimension.Period ? options.Granularity : default,
            dimension is AggregateDimension.Actor or AggregateDimension.TargetType ? options.ActorNormalizer : null);
        lock (_lock)
        {
            if (_columns.TryGetValue(key, out var column))
            {
                return column;
            }

            DimensionEncoder encoder = DimensionEncoder.Create(dimension, options);
            int[] ids = new int[_items.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = encoder.Encode(_items[i]);
            }

            encoder.Complete(ids);
            column = (encoder, ids);
            _columns[key] = column;
            return column;
        }
    }
}
