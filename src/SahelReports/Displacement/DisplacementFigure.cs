using System.Globalization;
using NodaTime;

namespace SahelReports.Displacement;

/// <summary>A displacement figure: the number of people of one <see cref="PopulationGroup"/> present in one area at a
/// reporting date, according to one source (and, for DTM, one assessment type and round).</summary>
/// <remarks>
/// <para>A figure is a <b>stock</b>, not a flow: figures of different dates, rounds, sources or assessment types are never
/// added. Use <see cref="DisplacementSet"/> to ask for the latest figure or for a national total: it only sums what may be
/// summed.</para>
/// <para>When the source split the figure by displacement reason or origin, <see cref="Parts"/> keeps the split and
/// <see cref="Individuals"/> is its sum.</para>
/// </remarks>
public sealed record DisplacementFigure
{
    /// <summary>Creates a figure.</summary>
    /// <param name="area">The area where the people are.</param>
    /// <param name="group">The population group.</param>
    /// <param name="individuals">The number of people (not negative).</param>
    /// <param name="reportingDate">The date the figure describes (the end of the reference period).</param>
    /// <param name="source">Who published it.</param>
    /// <param name="round">The collection round (DTM's <c>roundNumber</c>), or <see langword="null"/> when the source has none.</param>
    /// <param name="assessmentType">The assessment type, or <see cref="AssessmentType.None"/>.</param>
    /// <param name="households">The number of households, or <see langword="null"/>; never more than <paramref name="individuals"/>.</param>
    /// <param name="breakdown">The sex/age breakdown, or <see langword="null"/>; must fit within <paramref name="individuals"/>.</param>
    /// <param name="origin">The area people came from when the whole figure has one origin, or <see langword="null"/> (unknown or mixed).</param>
    /// <param name="reason">The displacement reason when the whole figure has one, or <see langword="null"/> (unknown or mixed).</param>
    /// <param name="parts">The split by reason/origin, or <see langword="null"/>; the parts must add up to <paramref name="individuals"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="individuals"/>, <paramref name="households"/> or
    /// <paramref name="round"/> is negative, or <paramref name="group"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The households or breakdown exceed the total, or the parts do not add up to it.</exception>
    public DisplacementFigure(
        DisplacementArea area,
        PopulationGroup group,
        long individuals,
        LocalDate reportingDate,
        DisplacementSource source,
        int? round = null,
        AssessmentType assessmentType = default,
        long? households = null,
        SexAgeBreakdown? breakdown = null,
        DisplacementArea? origin = null,
        string? reason = null,
        IReadOnlyList<DisplacementPart>? parts = null)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(source);
        if (!Enum.IsDefined(group))
        {
            throw new ArgumentOutOfRangeException(nameof(group), group, "Not a defined PopulationGroup value.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(individuals);
        if (round is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(round), round, "A round number must not be negative.");
        }

        if (households is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(households), households, "A number of households must not be negative.");
        }

        if (households > individuals)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"households ({households}) exceeds the total of {individuals} individuals."), nameof(households));
        }

        if (breakdown?.Validate(individuals) is { } problem)
        {
            throw new ArgumentException("The breakdown does not fit: " + problem, nameof(breakdown));
        }

        IReadOnlyList<DisplacementPart> partList = parts is null ? [] : parts.ToArray();
        if (partList.Count > 0)
        {
            long sum = 0;
            foreach (DisplacementPart p in partList)
            {
                ArgumentNullException.ThrowIfNull(p, nameof(parts));
                if (p.Individuals < 0)
                {
                    throw new ArgumentException("A part must not be negative.", nameof(parts));
                }

                sum += p.Individuals;
            }

            if (sum != individuals)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The parts add up to {sum}, not to the total of {individuals} individuals."), nameof(parts));
            }
        }

        Area = area;
        Group = group;
        Individuals = individuals;
        ReportingDate = reportingDate;
        Source = source;
        Round = round;
        AssessmentType = assessmentType;
        Households = households;
        Breakdown = breakdown is { IsEmpty: true } ? null : breakdown;
        Origin = origin;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Parts = partList;
    }

    /// <summary>Gets the area where the people are.</summary>
    public DisplacementArea Area { get; }

    /// <summary>Gets the population group.</summary>
    public PopulationGroup Group { get; }

    /// <summary>Gets the number of people.</summary>
    public long Individuals { get; }

    /// <summary>Gets the date the figure describes.</summary>
    public LocalDate ReportingDate { get; }

    /// <summary>Gets who published the figure.</summary>
    public DisplacementSource Source { get; }

    /// <summary>Gets the collection round, or <see langword="null"/> when the source has none (UNHCR).</summary>
    public int? Round { get; }

    /// <summary>Gets the assessment type (<see cref="AssessmentType.None"/> for sources without one).</summary>
    public AssessmentType AssessmentType { get; }

    /// <summary>Gets the number of households, or <see langword="null"/> when not reported.</summary>
    public long? Households { get; }

    /// <summary>Gets the sex/age breakdown, or <see langword="null"/> when none was reported.</summary>
    public SexAgeBreakdown? Breakdown { get; }

    /// <summary>Gets the single area of origin, or <see langword="null"/> when unknown or mixed (see <see cref="Parts"/>).</summary>
    public DisplacementArea? Origin { get; }

    /// <summary>Gets the single displacement reason, or <see langword="null"/> when unknown or mixed (see <see cref="Parts"/>).</summary>
    public string? Reason { get; }

    /// <summary>Gets the split of the figure by reason/origin as the source published it (empty when not split).</summary>
    public IReadOnlyList<DisplacementPart> Parts { get; }

    /// <summary>Gets the key of the series this figure belongs to (area, group, source, assessment type).</summary>
    public DisplacementSeriesKey SeriesKey => new(Area, Group, Source, AssessmentType);

    /// <summary>Returns a one-line description (<c>MLI IDP 402167 2024-06-30 IOM DTM BA r12</c>).</summary>
    /// <returns>The description, invariant culture.</returns>
    public override string ToString()
    {
        string round = Round is { } r ? string.Create(CultureInfo.InvariantCulture, $" r{r}") : string.Empty;
        string at = AssessmentType.IsNone ? string.Empty : " " + AssessmentType.Code;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Area.Key} {PopulationGroups.ToCode(Group)} {Individuals} {ReportingDate:uuuu'-'MM'-'dd} {Source}{at}{round}");
    }
}
