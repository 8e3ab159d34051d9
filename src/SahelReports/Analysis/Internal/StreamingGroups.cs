using System.Globalization;
using SahelReports.Import.Acled.Internal;
using SahelReports.Incidents;

namespace SahelReports.Analysis.Internal;

/// <summary>
/// A one-pass group-by for an aggregate streamed from an ACLED file: each row (its validated values, or an incident) is
/// filtered, encoded into its dimension ids and added to its group's counts straight away, the group being found by a hash of
/// the ids. Memory is bounded by the number of groups, not of rows; nothing is kept per row.
/// </summary>
/// <remarks>The result is the one <see cref="IncidentAggregator.Group"/> gives for the same incidents: the same encoders assign
/// the ids, and <see cref="IncidentAggregator.ToAggregate"/> sorts and describes the groups for both.</remarks>
internal sealed class StreamingGroups : AcledRowSink
{
    private readonly DimensionEncoder[] _encoders;
    private readonly IncidentFilter _filter;
    private readonly int[] _key;

    // Group g's ids are _keys[g * dims ..]; _slots is an open-addressing table of group index + 1 (0: empty).
    private int[] _keys;
    private int[] _hashes;
    private int[] _slots;
    private int[] _events;
    private long[] _fatalities;
    private int[] _civilian;
    private int _groups;
    private int _kept;
    private long _totalFatalities;
    private int _totalCivilian;

    public StreamingGroups(DimensionEncoder[] encoders, AggregationOptions options)
    {
        _encoders = encoders;
        _filter = new IncidentFilter(options);
        _key = new int[encoders.Length];
        const int initial = 256;
        _keys = new int[initial * Math.Max(encoders.Length, 1)];
        _hashes = new int[initial];
        _events = new int[initial];
        _fatalities = new long[initial];
        _civilian = new int[initial];
        _slots = new int[initial * 2];
    }

    /// <summary>The rows (or incidents) given, kept or not.</summary>
    public int Read { get; private set; }

    /// <inheritdoc/>
    public override void Add(in AcledRowValues row)
    {
        Read++;
        if (!_filter.Keep(row))
        {
            return;
        }

        int[] key = _key;
        for (int d = 0; d < key.Length; d++)
        {
            key[d] = _encoders[d].Encode(row);
        }

        Count(row.Fatalities, row.CivilianTargeting);
    }

    /// <summary>Adds an incident (a reader that does not stream values, such as one over a JSON file, gives incidents).</summary>
    public void Add(ConflictIncident incident)
    {
        if (incident is null)
        {
            throw new ArgumentException("The incidents contain a null element at position " + Read.ToString(CultureInfo.InvariantCulture) + ".", "incidents");
        }

        Read++;
        if (!_filter.Keep(incident))
        {
            return;
        }

        int[] key = _key;
        for (int d = 0; d < key.Length; d++)
        {
            key[d] = _encoders[d].Encode(incident);
        }

        Count(incident.Fatalities, incident.CivilianTargeting);
    }

    /// <summary>Sorts and describes the groups.</summary>
    public IncidentAggregate ToAggregate(AggregationOptions options)
    {
        int dims = _encoders.Length;
        int[][] columns = new int[dims][];
        for (int d = 0; d < dims; d++)
        {
            int[] column = new int[_groups];
            for (int g = 0; g < column.Length; g++)
            {
                column[g] = _keys[(g * dims) + d];
            }

            _encoders[d].Complete(column);
            columns[d] = column;
        }

        int[] first = new int[_groups];
        for (int g = 0; g < first.Length; g++)
        {
            first[g] = g;
        }

        var totals = new AggregateCounts(_kept, _totalFatalities, _totalCivilian);
        return IncidentAggregator.ToAggregate(options, _encoders, columns, first, _events, _fatalities, _civilian, _groups, totals, Read, _filter.Exclusions);
    }

    private void Count(int fatalities, bool civilian)
    {
        int g = FindOrAdd();
        _events[g]++;
        _fatalities[g] += fatalities;
        _kept++;
        _totalFatalities += fatalities;
        if (civilian)
        {
            _civilian[g]++;
            _totalCivilian++;
        }
    }

    /// <summary>The group of the ids in <see cref="_key"/>, added when new.</summary>
    private int FindOrAdd()
    {
        int[] key = _key;
        int dims = key.Length;
        uint h = 2166136261;
        foreach (int id in key)
        {
            h = unchecked((h ^ (uint)id) * 16777619);
        }

        int hash = unchecked((int)(h ^ (h >> 15)));
        int mask = _slots.Length - 1;
        for (int s = hash & mask; ; s = (s + 1) & mask)
        {
            int slot = _slots[s];
            if (slot == 0)
            {
                int g = _groups;
                if (g == _events.Length)
                {
                    Grow();
                    return FindOrAdd();
                }

                key.CopyTo(_keys, g * dims);
                _hashes[g] = hash;
                _slots[s] = g + 1;
                _groups = g + 1;
                return g;
            }

            int found = slot - 1;
            if (_hashes[found] == hash && SameKey(key, found * dims))
            {
                return found;
            }
        }
    }

    /// <summary>Whether the group whose ids start at <paramref name="at"/> has these ids (a few ints: a loop, not a call).</summary>
    private bool SameKey(int[] key, int at)
    {
        int[] keys = _keys;
        for (int d = 0; d < key.Length; d++)
        {
            if (keys[at + d] != key[d])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Doubles the group arrays and re-hashes the table (kept at most half full).</summary>
    private void Grow()
    {
        int capacity = _events.Length * 2;
        Array.Resize(ref _keys, capacity * Math.Max(_key.Length, 1));
        Array.Resize(ref _hashes, capacity);
        Array.Resize(ref _events, capacity);
        Array.Resize(ref _fatalities, capacity);
        Array.Resize(ref _civilian, capacity);
        _slots = new int[capacity * 2];
        int mask = _slots.Length - 1;
        for (int g = 0; g < _groups; g++)
        {
            int s = _hashes[g] & mask;
            while (_slots[s] != 0)
            {
                s = (s + 1) & mask;
            }

            _slots[s] = g + 1;
        }
    }
}
