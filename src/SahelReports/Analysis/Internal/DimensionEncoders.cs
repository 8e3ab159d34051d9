using NodaTime;
using SahelReports.Geography;
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

    /// <summary>Called once after every incident was encoded, to make the ids dense.</summary>
    public virtual void Complete(Span<int> ids)
    {
    }

    public abstract void Describe(int id, ref RowValues values);

    public static DimensionEncoder Create(AggregateDimension dimension, AggregationOptions options) => dimension switch
    {
        AggregateDimension.Country => new CountryEncoder(),
        AggregateDimension.Admin1 => new AdminEncoder(level: 1),
        AggregateDimension.Admin2 => new AdminEncoder(level: 2),
        AggregateDimension.EventType => new EnumEncoder(7, i => (int)i.EventType, (int id, ref RowValues v) => v.EventType = (EventType)id),
        AggregateDimension.SubEventType => new EnumEncoder(AcledTaxonomy.SubEventTypes.Count + 1, i => (int)i.SubEventType, (int id, ref RowValues v) => v.SubEventType = (SubEventType)id),
        AggregateDimension.DisorderType => new EnumEncoder(5, i => (int)i.DisorderType, (int id, ref RowValues v) => v.DisorderType = (DisorderType)id),
        AggregateDimension.Actor => new ActorEncoder(options.ActorNormalizer),
        AggregateDimension.ActorType => new EnumEncoder(9, i => i.Actor1.Type is { } t ? (int)t : 0, (int id, ref RowValues v) => v.ActorType = id == 0 ? null : (ActorType)id),
        AggregateDimension.TargetType => new TargetEncoder(options.ActorNormalizer),
        AggregateDimension.CivilianTargeting => new EnumEncoder(2, i => i.CivilianTargeting ? 1 : 0, (int id, ref RowValues v) => v.CivilianTargeting = id == 1),
        AggregateDimension.Period => new PeriodEncoder(options.Granularity),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a defined aggregate dimension."),
    };
}

internal delegate void Describer(int id, ref RowValues values);

internal sealed class EnumEncoder(int cardinality, Func<ConflictIncident, int> encode, Describer describe) : DimensionEncoder
{
    public override int Cardinality => cardinality;

    public override int Encode(ConflictIncident incident)
    {
        int id = encode(incident);
        return (uint)id < (uint)cardinality
            ? id
            : throw new ArgumentException("An incident has an undefined enumeration value " + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (id " + incident.Id + ").", "incidents");
    }

    public override void Describe(int id, ref RowValues values) => describe(id, ref values);
}

internal sealed class CountryEncoder : DimensionEncoder
{
    private readonly StringIdTable _table = new();

    public override int Cardinality => _table.Count;

    public override int Encode(ConflictIncident incident) => _table.GetId(incident.Location.CountryAlpha3, out _);

    public override void Describe(int id, ref RowValues values) => values.Country = _table[id];
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
        PCode? code = level == 1 ? location.Admin1Code : location.Admin2Code;
        string? name = level == 1 ? location.Admin1 : location.Admin2;
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

    public override int Encode(ConflictIncident incident)
    {
        int raw = _raw.GetId(incident.Actor1.Name, out bool added);
        if (added)
        {
            string name = normalizer.Normalize(incident.Actor1.Name);
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
}

internal sealed class TargetEncoder(ActorNormalizer normalizer) : DimensionEncoder
{
    private readonly StringIdTable _names = new();
    private readonly List<bool> _localDefence = [];

    public override int Cardinality => 8;

    public override int Encode(ConflictIncident incident)
    {
        bool localDefence = false;
        if (!incident.CivilianTargeting && incident.Actor2 is { } target)
        {
            int id = _names.GetId(target.Name, out bool added);
            if (added)
            {
                _localDefence.Add(normalizer.IsLocalDefenceForce(target.Name));
            }

            localDefence = _localDefence[id];
        }

        return (int)ActorNormalizer.Classify(incident.CivilianTargeting, incident.Actor2, localDefence);
    }

    public override void Describe(int id, ref RowValues values) => values.TargetType = (TargetType)id;
}

internal sealed class PeriodEncoder(PeriodGranularity granularity) : DimensionEncoder
{
    private int _min = int.MaxValue;
    private int _max = int.MinValue;

    public override int Cardinality => _max < _min ? 0 : _max - _min + 1;

    public override int Encode(ConflictIncident incident)
    {
        int ordinal = Ordinal(incident.Date, granularity);
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

    public override void Describe(int id, ref RowValues values) => values.Period = FromOrdinal(id + _min, granularity);

    /// <summary>A running number of the week (weeks since 0001-01-01) or month (year × 12 + month − 1) of a date.</summary>
    public static int Ordinal(LocalDate date, PeriodGranularity granularity) =>
        granularity == PeriodGranularity.Week ? IsoWeek.WeekNumberOf(date) : (date.Year * 12) + date.Month - 1;

    public static ReportingPeriod FromOrdinal(int ordinal, PeriodGranularity granularity) =>
        granularity == PeriodGranularity.Week
            ? ReportingPeriod.ForWeek(IsoWeek.FromWeekNumber(ordinal))
            : ReportingPeriod.ForMonth(new YearMonth(ordinal / 12, (ordinal % 12) + 1));
}
