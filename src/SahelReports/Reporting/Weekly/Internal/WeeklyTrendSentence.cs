using SahelReports.Analysis;

namespace SahelReports.Reporting.Internal;

/// <summary>Describes the trend of weekly events over the history weeks with the analysis package's Mann–Kendall test and Sen's slope.</summary>
internal static class WeeklyTrendSentence
{
    /// <summary>The significance level below which the history is said to rise or fall.</summary>
    public const double Alpha = 0.05;

    public static RichText Describe(WeeklyFacts facts, WeeklyText text)
    {
        double[] history = facts.Totals.Events.Take(facts.Current).Select(v => (double)v).ToArray();
        MannKendallTest test = TrendStatistics.MannKendall(history);
        string direction = test.PValue >= Alpha || test.S == 0 ? "Trend.NoClearTrend" : test.S > 0 ? "Trend.Rising" : "Trend.Falling";
        string slope = text.SignedDecimal(test.SenSlope, 2);
        return new RichText(text.Format("Trend.Sentence", text.Int(history.Length), text.Get(direction), text.Decimal(test.PValue, 3), slope));
    }
}
