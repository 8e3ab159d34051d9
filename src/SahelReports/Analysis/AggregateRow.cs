using System.Globalization;
using SahelReports.Geography;
using SahelReports.Incidents;

namespace SahelReports.Analysis;

/// <summary>One group of an <see cref="IncidentAggregate"/>: its value in each grouped dimension and its counts.</summary>
/// <remarks><para>A dimension's property is <see langword="null"/> when the aggregate is not grouped by it. An admin area that
/// could not be resolved to a P-code keeps <see cref="Admin1Code"/> (or <see cref="Admin2Code"/>) <see langword="null"/> and its
/// name as given by the source; incidents without any admin1 name form one group with both <see langword="null"/>.</para></remarks>
public sealed record AggregateRow
{
    /// <summary>Gets the country's ISO alpha-3 code.</summary>
    public string? CountryAlpha3 { get; init; }

    /// <summary>Gets the admin1 P-code, when the name was resolved.</summary>
    public PCode? Admin1Code { get; init; }

    /// <summary>Gets the admin1 name as given by the source (by the first incident read with this code).</summary>
    public string? Admin1Name { get; init; }

    /// <summary>Gets the admin2 P-code, when the name was resolved.</summary>
    public PCode? Admin2Code { get; init; }

    /// <summary>Gets the admin2 name as given by the source (by the first incident read with this code).</summary>
    public string? Admin2Name { get; init; }

    /// <summary>Gets the event type.</summary>
    public EventType? EventType { get; init; }

    /// <summary>Gets the sub-event type.</summary>
    public SubEventType? SubEventType { get; init; }

    /// <summary>Gets the disorder type.</summary>
    public DisorderType? DisorderType { get; init; }

    /// <summary>Gets the normalised name of the first actor.</summary>
    public string? Actor { get; init; }

    /// <summary>Gets the first actor's type (also <see langword="null"/> for the group of incidents without one).</summary>
    public ActorType? ActorType { get; init; }

    /// <summary>Gets whom the incidents targeted.</summary>
    public TargetType? TargetType { get; init; }

    /// <summary>Gets whether the incidents are flagged as civilian targeting.</summary>
    public bool? CivilianTargeting { get; init; }

    /// <summary>Gets the week or month.</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>Gets the counts of the group.</summary>
    public required AggregateCounts Counts { get; init; }

    /// <summary>Gets the group's share of all aggregated events (0 to 1; 0 when there are none).</summary>
    public required double EventShare { get; init; }

    /// <summary>Gets the group's share of all aggregated fatalities (0 to 1; 0 when none were reported).</summary>
    public required double FatalityShare { get; init; }

    /// <summary>Gets the number of events.</summary>
    public int Events => Counts.Events;

    /// <summary>Gets the sum of reported fatalities.</summary>
    public long Fatalities => Counts.Fatalities;

    /// <summary>Gets the number of civilian-targeting events.</summary>
    public int CivilianTargetingEvents => Counts.CivilianTargetingEvents;

    /// <summary>Gets the culture-independent text of the row's value in a dimension, as the CSV export writes it: ISO alpha-3,
    /// P-code (or the source name when unresolved), ACLED's names for types, <c>true</c>/<c>false</c>, <c>2024-W44</c> or <c>2024-11</c>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The text; empty when the value is missing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not a defined value.</exception>
    public string GetText(AggregateDimension dimension) => dimension switch
    {
        AggregateDimension.Country => CountryAlpha3 ?? string.Empty,
        AggregateDimension.Admin1 => Admin1Code?.Value ?? Admin1Name ?? string.Empty,
        AggregateDimension.Admin2 => Admin2Code?.Value ?? Admin2Name ?? string.Empty,
        AggregateDimension.EventType => EventType is { } e ? AcledTaxonomy.GetName(e) : string.Empty,
        AggregateDimension.SubEventType => SubEventType is { } s ? AcledTaxonomy.GetName(s) : string.Empty,
        AggregateDimension.DisorderType => DisorderType is { } d ? AcledTaxonomy.GetName(d) : string.Empty,
        AggregateDimension.Actor => Actor ?? string.Empty,
        AggregateDimension.ActorType => ActorType is { } a ? AcledTaxonomy.GetName(a) : string.Empty,
        AggregateDimension.TargetType => TargetType is { } t ? IncidentAggregator.TargetText(t) : string.Empty,
        AggregateDimension.CivilianTargeting => CivilianTargeting is { } c ? (c ? "true" : "false") : string.Empty,
        AggregateDimension.Period => Period?.ToString() ?? string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a defined aggregate dimension."),
    };

    /// <summary>Formats the row for diagnostics (culture-independent).</summary>
    /// <returns>The dimension values and counts.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{CountryAlpha3} {Admin1Code?.Value ?? Admin1Name} {Admin2Code?.Value ?? Admin2Name} {Period}: {Events} events, {Fatalities} fatalities, {CivilianTargetingEvents} civilian targeting");
}
