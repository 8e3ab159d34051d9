namespace SahelReports.Reporting.Internal;

/// <summary>Describes the trend of weekly events over the history weeks, from the analysis package's trend statistics.</summary>
internal static class WeeklyTrendSentence
{
    public static RichText? Describe(WeeklyFacts facts, WeeklyText text)
    {
        _ = facts;
        _ = text;
        return null;
    }
}
