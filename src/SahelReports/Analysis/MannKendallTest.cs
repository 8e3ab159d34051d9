namespace SahelReports.Analysis;

/// <summary>The Mann–Kendall test for a monotonic trend, with Sen's slope.</summary>
/// <param name="S">The statistic: the number of later-larger pairs minus later-smaller pairs.</param>
/// <param name="Variance">The variance of S under no trend, corrected for ties.</param>
/// <param name="Z">The normal score, with the continuity correction ((S − 1) / √Var for S &gt; 0, (S + 1) / √Var for S &lt; 0, 0 for S = 0).</param>
/// <param name="PValue">The two-sided p-value from the normal approximation (1 when every value is tied).</param>
/// <param name="SenSlope">Sen's slope: the median of the pairwise slopes (value difference / period difference).</param>
/// <param name="Periods">The number of periods.</param>
public sealed record MannKendallTest(long S, double Variance, double Z, double PValue, double SenSlope, int Periods);
