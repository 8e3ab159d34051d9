using NodaTime;

namespace SahelReports.Displacement;

/// <summary>The latest stock of one population group in one area, from one source and assessment type, as of a date:
/// the answer a report needs ("402 167 IDPs on 30 June 2024, IOM DTM round 12; 380 000 in round 11; stale").</summary>
/// <remarks>
/// <para>Built by <see cref="DisplacementSet.GetStock"/>, <see cref="DisplacementSet.GetStocks"/> and
/// <see cref="DisplacementSet.GetLatestStock"/>. The value is either a published figure for the area
/// (<see cref="SummedAreas"/> = 0) or the sum of the figures published for the outermost areas inside it, all of the
/// same source, assessment type, round and date (<see cref="SummedAreas"/> = how many). It never adds rounds, dates, sources or
/// assessment types.</para>
/// <para>A summed value covers only the areas the source reported in that round; <see cref="PreviousSummedAreas"/> tells
/// whether the previous value covered as many.</para>
/// </remarks>
public sealed record DisplacementStock
{
    /// <summary>Gets the area the stock is about.</summary>
    public required DisplacementArea Area { get; init; }

    /// <summary>Gets the population group.</summary>
    public required PopulationGroup Group { get; init; }

    /// <summary>Gets the source.</summary>
    public required DisplacementSource Source { get; init; }

    /// <summary>Gets the assessment type (<see cref="AssessmentType.None"/> for sources without one).</summary>
    public required AssessmentType AssessmentType { get; init; }

    /// <summary>Gets the number of people at <see cref="Date"/>.</summary>
    public required long Individuals { get; init; }

    /// <summary>Gets the reporting date of the stock (on or before <see cref="AsOf"/>).</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the round of the stock, or <see langword="null"/> when the source has none.</summary>
    public int? Round { get; init; }

    /// <summary>Gets the number of sub-areas summed to build the value, or 0 when the source published it for the area itself.</summary>
    public int SummedAreas { get; init; }

    /// <summary>Gets the previous value of the same series (the round or date before <see cref="Date"/>), or
    /// <see langword="null"/> when there is none.</summary>
    public long? PreviousIndividuals { get; init; }

    /// <summary>Gets the date of the previous value, or <see langword="null"/>.</summary>
    public LocalDate? PreviousDate { get; init; }

    /// <summary>Gets the round of the previous value, or <see langword="null"/>.</summary>
    public int? PreviousRound { get; init; }

    /// <summary>Gets the number of sub-areas summed for the previous value (0 when published for the area itself).</summary>
    public int PreviousSummedAreas { get; init; }

    /// <summary>Gets the date the question was asked for.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets the age beyond which the stock counts as stale.</summary>
    public required Period StaleAfter { get; init; }

    /// <summary>Gets the change since the previous value (<see cref="Individuals"/> − <see cref="PreviousIndividuals"/>),
    /// or <see langword="null"/> when there is no previous value.</summary>
    public long? Change => PreviousIndividuals is { } p ? Individuals - p : null;

    /// <summary>Gets the number of days between <see cref="Date"/> and <see cref="AsOf"/>.</summary>
    public int AgeInDays => Period.Between(Date, AsOf, PeriodUnits.Days).Days;

    /// <summary>Gets a value indicating whether the stock is older than <see cref="StaleAfter"/>: <see cref="Date"/> +
    /// <see cref="StaleAfter"/> is before <see cref="AsOf"/>. A report must state the date of a stale figure and flag it.</summary>
    public bool IsStale => Date.Plus(StaleAfter) < AsOf;

    /// <summary>Gets a value indicating whether the value equals the previous one (a repeated, possibly not updated figure,
    /// as UNHCR's Burkina Faso IDP figure 2023–2025).</summary>
    public bool IsUnchanged => PreviousIndividuals == Individuals;
}
