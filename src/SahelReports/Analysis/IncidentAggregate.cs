namespace SahelReports.Analysis;

/// <summary>The result of <see cref="IncidentAggregator"/>: one row per group, the totals, and what was left out.</summary>
/// <remarks><para>The rows always reconcile: their counts sum to <see cref="Totals"/>, and
/// <see cref="IncidentsRead"/> = <see cref="Totals"/>.Events + the left-out incidents in <see cref="Exclusions"/>.</para></remarks>
public sealed class IncidentAggregate
{
    internal IncidentAggregate(AggregationOptions options, IReadOnlyList<AggregateRow> rows, AggregateCounts totals, int read, PrecisionExclusions exclusions)
    {
        Options = options;
        Rows = rows;
        Totals = totals;
        IncidentsRead = read;
        Exclusions = exclusions;
    }

    /// <summary>Gets the options the aggregate was computed with.</summary>
    public AggregationOptions Options { get; }

    /// <summary>Gets the dimensions grouped by, in order.</summary>
    public IReadOnlyList<AggregateDimension> Dimensions => Options.Dimensions;

    /// <summary>Gets the groups that have at least one incident, sorted by the dimensions in order.</summary>
    public IReadOnlyList<AggregateRow> Rows { get; }

    /// <summary>Gets the counts over all kept incidents (the sum of the rows).</summary>
    public AggregateCounts Totals { get; }

    /// <summary>Gets the number of incidents given to the aggregator.</summary>
    public int IncidentsRead { get; }

    /// <summary>Gets how many incidents were left out, and why.</summary>
    public PrecisionExclusions Exclusions { get; }
}
