namespace SahelReports.Analysis;

/// <summary>A weekly or monthly series of incident counts with every period in range, zeros included.</summary>
/// <remarks><para>Built by <see cref="IncidentAggregator.Series"/>. The points sum to <see cref="Totals"/>, and
/// <see cref="IncidentsRead"/> = <see cref="Totals"/>.Events + the left-out incidents in <see cref="Exclusions"/>.</para></remarks>
public sealed class IncidentSeries
{
    internal IncidentSeries(PeriodGranularity granularity, IReadOnlyList<SeriesPoint> points, AggregateCounts totals, int read, PrecisionExclusions exclusions)
    {
        Granularity = granularity;
        Points = points;
        Totals = totals;
        IncidentsRead = read;
        Exclusions = exclusions;
    }

    /// <summary>Gets the step of the series.</summary>
    public PeriodGranularity Granularity { get; }

    /// <summary>Gets the periods in time order, without gaps.</summary>
    public IReadOnlyList<SeriesPoint> Points { get; }

    /// <summary>Gets the counts over all kept incidents.</summary>
    public AggregateCounts Totals { get; }

    /// <summary>Gets the number of incidents given.</summary>
    public int IncidentsRead { get; }

    /// <summary>Gets how many incidents were left out, and why.</summary>
    public PrecisionExclusions Exclusions { get; }

    /// <summary>Gets the values of one measure, in period order.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>A new array with one value per point.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is not a defined value.</exception>
    public double[] GetValues(TrendMeasure measure)
    {
        var values = new double[Points.Count];
        for (int i = 0; i < values.Length; i++)
        {
            AggregateCounts c = Points[i].Counts;
            values[i] = measure switch
            {
                TrendMeasure.Events => c.Events,
                TrendMeasure.Fatalities => c.Fatalities,
                TrendMeasure.CivilianTargetingEvents => c.CivilianTargetingEvents,
                _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a defined trend measure."),
            };
        }

        return values;
    }
}
