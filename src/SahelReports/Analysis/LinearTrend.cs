namespace SahelReports.Analysis;

/// <summary>An ordinary least-squares line through a series (x = 0, 1, 2… for the periods in order).</summary>
/// <param name="SlopePerPeriod">The change per period.</param>
/// <param name="Intercept">The fitted value of the first period.</param>
/// <param name="CiLow">The lower bound of the 95 % confidence interval of the slope (Student t, n − 2 degrees of freedom).</param>
/// <param name="CiHigh">The upper bound of the 95 % confidence interval of the slope.</param>
/// <param name="PValue">The two-sided p-value of the slope being 0 (1 for a constant series).</param>
/// <param name="RSquared">The share of the variance explained (0 for a constant series).</param>
/// <param name="Periods">The number of periods fitted.</param>
public sealed record LinearTrend(double SlopePerPeriod, double Intercept, double CiLow, double CiHigh, double PValue, double RSquared, int Periods);
