using NodaTime;

namespace SahelReports.Reporting;

/// <summary>A key figure card: a value, its change against the previous period, its unit, source and date.</summary>
/// <param name="Label">What the figure counts, for example <c>Fatalities reported</c>.</param>
/// <param name="Value">The value.</param>
/// <param name="PreviousValue">The value in the previous period, or <see langword="null"/> when there is no comparison (stocks with one round).</param>
/// <param name="Unit">The unit, or <see langword="null"/>.</param>
/// <param name="Source">Where the figure comes from, or <see langword="null"/>.</param>
/// <param name="Date">The date the figure refers to (for stocks such as displaced people), or <see langword="null"/>.</param>
/// <param name="Note">A qualification, for example a stale-figure warning, or <see langword="null"/>.</param>
public sealed record KeyFigure(string Label, long Value, long? PreviousValue = null, string? Unit = null, string? Source = null, LocalDate? Date = null, string? Note = null)
{
    /// <summary>Gets the change against the previous period, or <see langword="null"/> when there is no previous value.</summary>
    public long? Change => PreviousValue is { } p ? Value - p : null;

    /// <summary>Gets the relative change (0.25 = +25 %), or <see langword="null"/> when there is no previous value or it is 0.</summary>
    public double? RelativeChange => PreviousValue is { } p && p != 0 ? (double)(Value - p) / p : null;
}
