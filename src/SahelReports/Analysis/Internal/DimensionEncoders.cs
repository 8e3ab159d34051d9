using NodaTime;
using SahelReports.Geography;
using SahelReports.Import.Acled.Internal;
using SahelReports.Incidents;

namespace SahelReports.Analysis.Internal;

/// <summary>The values of one group while it is being described, before it becomes an <see cref="AggregateRow"/>.</summary>
internal struct RowValues
{
    public string? Country;
    public PCode? Admin1Code;
    public string? Admin1Name;
    public PCode? Admin2Code;
    public string? Admin2Name;
    public EventType? EventType;
    public SubEventType? SubEventType;
    public DisorderType? DisorderType;
    public string? Actor;
    public ActorType? ActorType;
    public TargetType? TargetType;
    public bool? CivilianTargeting;
    public ReportingPeriod? Period;
}

/// <summary>Turns one dimension of an incident into a small integer id (0 ≤ id &lt; <see cref="Cardinality"/>) and back.</summary>
internal abstract class DimensionEncoder
{
    public abstract int Cardinality { get; }

    public abstract int Encode(ConflictIncident incident);

    /// <summary>Encodes a row streamed from an ACLED file (its values, before any incident is built), exactly as
    /// <see cref="Encode(ConflictIncident)"/> encodes the incident built from it.</summary>
    public abstract int Encode(in AcledRowValues row);

    /// <summary>Called once after every incident was encoded, to make the ids dense.</summary>
    public virtual void Complete(Span<int> ids)
    {
    }

    public abstract void Describe(int id, ref RowValues values);

    /// <summary>Gets, for each id, its position when the values are sorted (text ordinally, periods by date).</summary>
    public abstract int[] SortRanks();

    /// <summary>Turns a sort key per id into ranks.</summary>
    protected static int[] RanksBy<T>(int cardinality, Func<int, T> key, IComparer<T> comparer)
    {
        int[] ids = new int[cardinality];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = i;
        }

        T[] keys = new T[cardinality];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = key(i);
        }

        Array.Sort(keys, ids, comparer);
        int[] ranks = new int[cardinality];
        for (int r = 0; r < ids.Length; r++)
        {
            ranks[ids[r]] = r;
        }

        return ranks;
    }

    public static DimensionEncoder Create(AggregateDimension dimension, AggregationOptions options) => dimension switch
    {
        AggregateDimension.Country => new CountryEncoder(),
        AggregateDimension.Admin1 => new AdminEncoder(level: 1),
        AggregateDimension.Admin2 => new AdminEncoder(level: 2),
        AggregateDimension.EventType => new EnumEncoder(7, i => (int)i.EventType, (in AcledRowValues r) => (int)r.EventType, (int id, ref RowValues v) => v.EventType = (EventType)id, AggregateDimension.EventType),
        AggregateDimension.SubEventType => new EnumEncoder(AcledTaxonomy.SubEventTypes.Count + 1, i => (int)i.SubEventType, (in AcledRowValues r) => (int)r.SubEventType, (int id, ref RowValues v) => v.SubEventType = (SubEventType)id, AggregateDimension.SubEventType),
        AggregateDimension.DisorderType => new EnumEncoder(5, i => (int)i.DisorderType, (in AcledRowValues r) => (int)r.DisorderType, (int id, ref RowValues v) => v.DisorderType = (DisorderType)id, AggregateDimension.DisorderType),
        AggregateDimension.Actor => new ActorEncoder(options.ActorNormalizer),
        AggregateDimension.ActorType => new EnumEncoder(9, i => i.Actor1.Type is { } t ? (int)t : 0, (in AcledRowValues r) => r.Actor1.Type is { } t ? (int)t : 0, (int id, ref RowValues v) => v.ActorType = id == 0 ? null : (ActorType)id, AggregateDimension.ActorType),
        AggregateDimension.TargetType => new TargetEncoder(options.ActorNormalizer),
        AggregateDimension.CivilianTargeting => new EnumEncoder(2, i => i.CivilianTargeting ? 1 : 0, (in AcledRowValues r) => r.CivilianTargeting ? 1 : 0, (int id, ref RowValues v) => v.CivilianTargeting = id == 1, AggregateDimension.CivilianTargeting),
        AggregateDimension.Period => new PeriodEncoder(options.Granularity),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a defined aggregate dimension."),
    };
}

internal delegate void Describer(int id, ref RowValues values);

internal delegate int RowSelector(in AcledRowValues row);

internal sealed class EnumEncoder(int cardinality, Func<ConflictIncident, int> encode, RowSelector encodeRow, Describer describe, AggregateDimension dimension) : DimensionEncoder
{
    public override int[] SortRanks() => RanksBy(cardinality, id =>
    {
        // Id 0 of an enumeration that starts at 1 belongs to no incident: it sorts first and is never shown.
        if (id == 0 && dimension is AggregateDimension.EventType or AggregateDimension.SubEventType or AggregateDimension.DisorderType)
        {
            return string.Empty;
        }

        var v = default(RowValues);
        describe(id, ref v);
        return IncidentAggregator.TextOf(v, dimension);
    }, StringComparer.Ordinal);

    public override int Cardinality => cardinality;

    public override int Encode(ConflictIncident incident)
    {
        int id = encode(incident);
        return (uint)id < (uint)cardinality
            ? id
            : throw new ArgumentException("An incident has an undefined enumeration value " + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (id " + incident.Id + ").", "incidents");
    }

    // The parser gives only defined values.
    public override int Encode(in AcledRowValues row) => encodeRow(row);

    public override void Describe(int id, ref RowValues values) => describe(id, ref values);
}

internal sealed class CountryEncoder : DimensionEncoder
{
    private readonly StringIdTable _table = new();

    public override int Cardinality => _table.Count;

    public override int Encode(ConflictIncident incident) => _table.GetId(incident.Location.CountryAlpha3, out _);

    public override int Encode(in AcledRowValues row) => _table.GetId(row.Country, out _);

    public override void Describe(int id, ref RowValues values) => values.Country = _table[id];

    public override int[] SortRanks() => RanksBy(Cardinality, id => _table[id], StringComparer.Ordinal);
}

internal sealed class AdminEncoder(int level) : DimensionEncoder
{
    private readonly StringIdTable _codes = new();
    private readonly StringIdTable _names = new();
    private readonly List<int> _codeToId = [];
    private readonly List<int> _nameToId = [];
    private readonly List<(PCode? Code, string? Name)> _values = [];
    private int _missingId = -1;

    public override int Cardinality => _values.Count;

    public override int Encode(ConflictIncident incident)
    {
        IncidentLocation location = incident.Location;
        return level == 1 ? Encode(location.Admin1Code, location.Admin1) : Encode(location.Admin2Code, location.Admin2);
    }

    public override int Encode(in AcledRowValues row) => level == 1 ? Encode(row.Admin1Code, row.Admin1) : Encode(row.Admin2Code, row.Admin2);

    private int Encode(PCode? code, string? name)
    {
        if (code is { } c)
        {
            int local = _codes.GetId(c.Value, out bool added);
            if (added)
            {
                _codeToId.Add(_values.Count);
                _values.Add((c, name));
            }

            return _codeToId[local];
        }

        if (string.IsNullOrEmpty(name))
        {
            if (_missingId < 0)
            {
                _missingId = _values.Count;
                _values.Add((null, null));
            }

            return _missingId;
        }

        int n = _names.GetId(name, out bool newName);
        if (newName)
        {
            _nameToId.Add(_values.Count);
            _values.Add((null, name));
        }

        return _nameToId[n];
    }

    public override int[] SortRanks() => RanksBy(
        Cardinality,
        id => _values[id].Code is { } c ? "0" + c.Value : "1" + _values[id].Name,
        StringComparer.Ordinal);

    public override void Describe(int id, ref RowValues values)
    {
        (PCode? code, string? name) = _values[id];
        if (level == 1)
        {
            values.Admin1Code = code;
            values.Admin1Name = name;
        }
        else
        {
            values.Admin2Code = code;
            values.Admin2Name = name;
        }
    }
}

internal sealed class ActorEncoder(ActorNormalizer normalizer) : DimensionEncoder
{
    private readonly StringIdTable _raw = new();
    private readonly List<int> _rawToId = [];
    private readonly Dictionary<string, int> _canonical = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];

    public override int Cardinality => _values.Count;

    public override int Encode(ConflictIncident incident) => Encode(incident.Actor1.Name);

    public override int Encode(in AcledRowValues row) => Encode(row.Actor1.Name);

    private int Encode(string actor)
    {
        int raw = _raw.GetId(actor, out bool added);
        if (added)
        {
            string name = normalizer.Normalize(actor);
            if (!_canonical.TryGetValue(name, out int id))
            {
                id = _values.Count;
                _canonical.Add(name, id);
                _values.Add(name);
            }

            _rawToId.Add(id);
        }

        return _rawToId[raw];
    }

    public override void Describe(int id, ref RowValues values) => values.Actor = _values[id];

    public override int[] SortRanks() => RanksBy(Cardinality, id => _values[id], StringComparer.Ordinal);
}

internal sealed class TargetEncoder(ActorNormalizer normalizer) : DimensionEncoder
{
    private readonly StringIdTable _names = new();
    private readonly List<bool> _localDefence = [];

    public override int Cardinality => 8;

    public override int Encode(ConflictIncident incident) => Encode(incident.CivilianTargeting, incident.Actor2);

    public override int Encode(in AcledRowValues row) => Encode(row.CivilianTargeting, row.Actor2);

    private int Encode(bool civilianTargeting, Actor? actor2)
    {
        bool localDefence = false;
        if (!civilianTargeting && actor2 is { } target)
        {
            int id = _names.GetId(target.Name, out bool added);
            if (added)
            {
                _localDefence.Add(normalizer.IsLocalDefenceForce(target.Name));
            }

            localDefence = _localDefence[id];
        }

        return (int)ActorNormalizer.Classify(civilianTargeting, actor2, localDefence);
    }

    public override void Describe(int id, ref RowValues values) => values.TargetType = (TargetType)id;

    public override int[] SortRanks() => RanksBy(Cardinality, id => id == 0 ? string.Empty : IncidentAggregator.TargetText((TargetType)id), StringComparer.Ordinal);
}

internal sealed class PeriodEncoder : DimensionEncoder
{
    private const int CacheBits = 12;
    private readonly PeriodGranularity _granularity;
    private readonly LocalDate[] _cacheDates = new LocalDate[1 << CacheBits];
    private readonly int[] _cacheOrdinals = new int[1 << CacheBits];
    private int _min = int.MaxValue;
    private int _max = int.MinValue;

    public PeriodEncoder(PeriodGranularity granularity)
    {
        _granularity = granularity;

        // Every slot starts with default(LocalDate) (1970-01-01), so it must hold that date's ordinal.
        Array.Fill(_cacheOrdinals, Ordinal(default, granularity));
    }

    public override int Cardinality => _max < _min ? 0 : _max - _min + 1;

    public override int Encode(ConflictIncident incident) => Encode(incident.Date);

    public override int Encode(in AcledRowValues row) => Encode(row.Date);

    private int Encode(LocalDate date)
    {
        // Incidents share few distinct dates: a direct-mapped cache skips the calendar arithmetic.
        int slot = unchecked((int)(((uint)date.GetHashCode() * 0x9E3779B1u) >> (32 - CacheBits)));
        int ordinal;
        if (_cacheDates[slot] == date)
        {
            ordinal = _cacheOrdinals[slot];
        }
        else
        {
            ordinal = Ordinal(date, _granularity);
            _cacheDates[slot] = date;
            _cacheOrdinals[slot] = ordinal;
        }

        if (ordinal < _min)
        {
            _min = ordinal;
        }

        if (ordinal > _max)
        {
            _max = ordinal;
        }

        return ordinal;
    }

    public override void Complete(Span<int> ids)
    {
        int min = _min;
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] -= min;
        }
    }

    private ReportingPeriod?[]? _periods;

    public override void Describe(int id, ref RowValues values)
    {
        _periods ??= new ReportingPeriod?[Cardinality];
        values.Period = _periods[id] ??= FromOrdinal(id + _min, _granularity);
    }

    public override int[] SortRanks()
    {
        int[] ranks = new int[Cardinality];
        for (int i = 0; i < ranks.Length; i++)
        {
            ranks[i] = i;
        }

        return ranks;
    }

    /// <summary>A running number of the week (weeks since 0001-01-01) or month (year × 12 + month − 1) of a date.</summary>
    public static int Ordinal(LocalDate date, PeriodGranularity granularity) =>
        granularity == PeriodGranularity.Week ? IsoWeek.WeekNumberOf(date) : (date.Year * 12) + date.Month - 1;

    public static ReportingPeriod FromOrdinal(int ordinal, PeriodGranularity granularity) =>
        granularity == PeriodGranularity.Week
            ? ReportingPeriod.ForWeek(IsoWeek.FromWeekNumber(ordinal))
            : ReportingPeriod.ForMonth(new YearMonth(ordinal / 12, (ordinal % 12) + 1));
}
