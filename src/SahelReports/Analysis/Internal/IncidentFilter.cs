using System.Runtime.CompilerServices;
using NodaTime;
using SahelReports.Import.Acled.Internal;
using SahelReports.Incidents;

namespace SahelReports.Analysis.Internal;

/// <summary>The interval, area and precision filters of an aggregation, with a count of what each one left out (checked in
/// that order: an incident is counted once, under the first filter it fails).</summary>
internal sealed class IncidentFilter
{
    private readonly bool _hasInterval;
    private readonly LocalDate _start;
    private readonly LocalDate _end;
    private readonly int _maxTime;
    private readonly int _maxGeo;
    private readonly AreaMatcher? _area;

    public IncidentFilter(AggregationOptions options)
    {
        _hasInterval = options.Interval is not null;
        _start = options.Interval?.Start ?? default;
        _end = options.Interval?.End ?? default;
        _maxTime = options.MaxTimePrecision is { } t ? (int)t : int.MaxValue;
        _maxGeo = options.MaxGeoPrecision is { } g ? (int)g : int.MaxValue;
        _area = AreaMatcher.Create(options.Area);
    }

    public int OutsideInterval { get; private set; }

    public int OutsideArea { get; private set; }

    public int ImpreciseTime { get; private set; }

    public int ImpreciseLocation { get; private set; }

    public PrecisionExclusions Exclusions => new(OutsideInterval, OutsideArea, ImpreciseTime, ImpreciseLocation);

    /// <summary>Whether the incident passes every filter; if not, counts it under the first one it fails.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Keep(ConflictIncident incident)
    {
        if (_hasInterval && (incident.Date < _start || incident.Date > _end))
        {
            OutsideInterval++;
            return false;
        }

        if (_area is not null && !_area.Contains(incident))
        {
            OutsideArea++;
            return false;
        }

        if ((int)incident.TimePrecision > _maxTime)
        {
            ImpreciseTime++;
            return false;
        }

        if (_maxGeo != int.MaxValue && (int)incident.Location.GeoPrecision > _maxGeo)
        {
            ImpreciseLocation++;
            return false;
        }

        return true;
    }

    /// <summary>The same test for a row streamed from an ACLED file (its values, before any incident is built).</summary>
    public bool Keep(in AcledRowValues row)
    {
        if (_hasInterval && (row.Date < _start || row.Date > _end))
        {
            OutsideInterval++;
            return false;
        }

        if (_area is not null && !_area.Contains(row.Country, row.Admin1Code, row.Admin2Code))
        {
            OutsideArea++;
            return false;
        }

        if ((int)row.TimePrecision > _maxTime)
        {
            ImpreciseTime++;
            return false;
        }

        if ((int)row.GeoPrecision > _maxGeo)
        {
            ImpreciseLocation++;
            return false;
        }

        return true;
    }
}
