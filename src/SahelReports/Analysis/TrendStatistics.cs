using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace SahelReports.Analysis;

/// <summary>The statistics behind trend labels: least-squares slope, Mann–Kendall with Sen's slope, a Poisson test for an
/// unusual period, rolling means. Each method checks its input and never returns NaN.</summary>
public static class TrendStatistics
{
    /// <summary>Fits a least-squares line through the values (x = 0, 1, 2…), with a 95 % confidence interval and p-value of the
    /// slope from Student's t distribution with n − 2 degrees of freedom.</summary>
    /// <param name="values">The values, in period order.</param>
    /// <returns>The line. A perfect fit has a zero-width interval and p-value 0 (1 when the slope is 0).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Fewer than 3 values, or a value is not finite.</exception>
    public static LinearTrend FitLinear(IReadOnlyList<double> values)
    {
        CheckValues(values, 3, nameof(values));
        int n = values.Count;
        double meanX = (n - 1) / 2.0;
        double meanY = 0;
        for (int i = 0; i < n; i++)
        {
            meanY += values[i];
        }

        meanY /= n;
        double sxx = 0, sxy = 0, syy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = i - meanX;
            double dy = values[i] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }

        double slope = sxy / sxx;
        double intercept = meanY - (slope * meanX);
        double sse = Math.Max(0, syy - (slope * sxy));
        int df = n - 2;
        double se = Math.Sqrt(sse / df / sxx);
        double rSquared = syy == 0 ? 0 : Math.Clamp((slope * sxy) / syy, 0, 1);
        double tCritical = StudentT.InvCDF(0, 1, df, 0.975);
        double p;
        if (se == 0 || se < Math.Abs(slope) * 1e-12)
        {
            se = 0;
            p = slope == 0 ? 1 : 0;
        }
        else
        {
            double t = Math.Abs(slope / se);
            p = Math.Clamp(2 * StudentT.CDF(0, 1, df, -t), 0, 1);
        }

        return new LinearTrend(slope, intercept, slope - (tCritical * se), slope + (tCritical * se), p, rSquared, n);
    }

    /// <summary>Runs the Mann–Kendall test for a monotonic trend (normal approximation with the tie-corrected variance and a
    /// continuity correction) and computes Sen's slope.</summary>
    /// <param name="values">The values, in period order.</param>
    /// <returns>The test.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Fewer than 3 values, or a value is not finite.</exception>
    public static MannKendallTest MannKendall(IReadOnlyList<double> values)
    {
        CheckValues(values, 3, nameof(values));
        int n = values.Count;
        long s = 0;
        var slopes = new double[checked(n * (n - 1) / 2)];
        int k = 0;
        for (int i = 0; i < n - 1; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double d = values[j] - values[i];
                s += Math.Sign(d);
                slopes[k++] = d / (j - i);
            }
        }

        double[] sorted = [.. values];
        Array.Sort(sorted);
        double tieTerm = 0;
        for (int i = 0; i < n;)
        {
            int j = i;
            while (j < n && sorted[j] == sorted[i])
            {
                j++;
            }

            double t = j - i;
            tieTerm += t * (t - 1) * ((2 * t) + 5);
            i = j;
        }

        double variance = ((n * (n - 1.0) * ((2.0 * n) + 5)) - tieTerm) / 18.0;
        double z = variance <= 0 || s == 0 ? 0 : (s > 0 ? s - 1 : s + 1) / Math.Sqrt(variance);
        double p = variance <= 0 ? 1 : Math.Clamp(2 * Normal.CDF(0, 1, -Math.Abs(z)), 0, 1);
        Array.Sort(slopes);
        double sen = slopes.Length % 2 == 1 ? slopes[slopes.Length / 2] : (slopes[(slopes.Length / 2) - 1] + slopes[slopes.Length / 2]) / 2;
        return new MannKendallTest(s, Math.Max(variance, 0), z, p, sen, n);
    }

    /// <summary>Tests whether <paramref name="observed"/> is unusually high for a Poisson count whose rate is the mean of
    /// <paramref name="baseline"/>: p = P(X ≥ observed).</summary>
    /// <param name="baseline">The values of the earlier periods (for example the last 8 weeks).</param>
    /// <param name="observed">The value of the period tested (a count; a fraction is rounded down).</param>
    /// <param name="alpha">The threshold below which the period is unusual (for example 0.01).</param>
    /// <returns>The test. With a baseline of all zeros, any positive value has p = 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseline"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The baseline is empty or has a negative or non-finite value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="observed"/> is negative or not finite, or
    /// <paramref name="alpha"/> is not between 0 and 1.</exception>
    /// <remarks><para>Fatality counts are over-dispersed (one massacre is not a rate change): prefer events for this test, or read
    /// a fatality result with that caveat.</para></remarks>
    public static PoissonSurprise PoissonUnusual(IReadOnlyList<double> baseline, double observed, double alpha)
    {
        CheckValues(baseline, 1, nameof(baseline));
        if (!double.IsFinite(observed) || observed < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(observed), observed, "The observed count must be a finite number ≥ 0.");
        }

        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The threshold must be between 0 and 1 (exclusive).");
        }

        double sum = 0;
        foreach (double v in baseline)
        {
            if (v < 0)
            {
                throw new ArgumentException("Baseline counts must be ≥ 0; got " + v.ToString(CultureInfo.InvariantCulture) + ".", nameof(baseline));
            }

            sum += v;
        }

        double mean = sum / baseline.Count;
        double k = Math.Floor(observed);
        double p = k <= 0 ? 1 : mean == 0 ? 0 : Math.Clamp(SpecialFunctions.GammaLowerRegularized(k, mean), 0, 1);
        return new PoissonSurprise(observed, mean, baseline.Count, p, p < alpha && observed > mean);
    }

    /// <summary>Computes the trailing rolling mean: element i is the mean of values i − window + 1 … i.</summary>
    /// <param name="values">The values, in period order.</param>
    /// <param name="window">The number of periods averaged (for example 4 weeks).</param>
    /// <returns>One element per value; <see langword="null"/> for the first <paramref name="window"/> − 1 periods, which lack a full window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is less than 1.</exception>
    public static double?[] RollingMean(IReadOnlyList<double> values, int window)
    {
        CheckValues(values, 0, nameof(values));
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var result = new double?[values.Count];
        double sum = 0;
        for (int i = 0; i < values.Count; i++)
        {
            sum += values[i];
            if (i >= window)
            {
                sum -= values[i - window];
            }

            if (i >= window - 1)
            {
                result[i] = sum / window;
            }
        }

        return result;
    }

    private static void CheckValues(IReadOnlyList<double> values, int minimum, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        if (values.Count < minimum)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Needs at least {minimum} periods of data; got {values.Count}."), paramName);
        }

        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Every value must be a finite number; value {i} is {values[i]}."), paramName);
            }
        }
    }
}
