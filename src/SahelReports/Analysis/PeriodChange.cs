namespace SahelReports.Analysis;

/// <summary>The change of a value between two periods.</summary>
/// <param name="Current">The value of the current period.</param>
/// <param name="Previous">The value of the period compared with.</param>
/// <param name="Change">Current − previous.</param>
/// <param name="PercentChange">The change in percent of the previous value, or <see langword="null"/> when the previous value is 0
/// (a percentage of nothing is undefined; reports say "from 0").</param>
public sealed record PeriodChange(double Current, double Previous, double Change, double? PercentChange)
{
    /// <summary>Computes the change from <paramref name="previous"/> to <paramref name="current"/>.</summary>
    /// <param name="current">The current value.</param>
    /// <param name="previous">The earlier value.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a finite number.</exception>
    public static PeriodChange Between(double current, double previous)
    {
        if (!double.IsFinite(current))
        {
            throw new ArgumentOutOfRangeException(nameof(current), current, "The value must be a finite number.");
        }

        if (!double.IsFinite(previous))
        {
            throw new ArgumentOutOfRangeException(nameof(previous), previous, "The value must be a finite number.");
        }

        double change = current - previous;
        return new PeriodChange(current, previous, change, previous == 0 ? null : change / Math.Abs(previous) * 100);
    }
}
