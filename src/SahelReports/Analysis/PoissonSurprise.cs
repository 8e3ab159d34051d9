namespace SahelReports.Analysis;

/// <summary>A Poisson test of whether a period is unusually high compared with the periods before it.</summary>
/// <param name="Observed">The value of the period tested.</param>
/// <param name="BaselineMean">The mean of the baseline periods, taken as the Poisson rate.</param>
/// <param name="BaselinePeriods">The number of baseline periods.</param>
/// <param name="PValue">P(X ≥ observed) for X ~ Poisson(baseline mean): how surprising a value this high is.</param>
/// <param name="IsUnusual">Whether <paramref name="PValue"/> is below the threshold and the value above the baseline mean.</param>
public sealed record PoissonSurprise(double Observed, double BaselineMean, int BaselinePeriods, double PValue, bool IsUnusual);
