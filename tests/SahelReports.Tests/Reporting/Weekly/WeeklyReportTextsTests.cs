using System.Text.RegularExpressions;
using SahelReports.Reporting;

namespace SahelReports.Tests.Reporting.Weekly;

public sealed partial class WeeklyReportTextsTests
{
    private static IEnumerable<string> WeeklyKeys => ReportStrings.Keys().Where(k => k.StartsWith("Weekly.", StringComparison.Ordinal));

    [Fact]
    public void FrenchTexts_FollowFrenchTypography()
    {
        Assert.NotEmpty(WeeklyKeys);
        foreach (string key in WeeklyKeys)
        {
            string fr = ReportStrings.Get(key, ReportLanguage.French);
            Assert.DoesNotContain(" :", fr, StringComparison.Ordinal);   // a no-break space goes before the colon
            Assert.DoesNotContain(" ;", fr, StringComparison.Ordinal);   // a narrow no-break space goes before the semicolon
            Assert.DoesNotContain("'", fr, StringComparison.Ordinal);    // typographic apostrophe
            Assert.False(ColonWithoutSpace().IsMatch(fr), $"{key}: '{fr}'");
        }
    }

    [Fact]
    public void Placeholders_AreTheSameInEveryLanguage()
    {
        foreach (string key in WeeklyKeys)
        {
            string[] en = Placeholder().Matches(ReportStrings.Get(key, ReportLanguage.English)).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();
            string[] fr = Placeholder().Matches(ReportStrings.Get(key, ReportLanguage.French)).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();
            Assert.True(en.SequenceEqual(fr), $"{key}: {string.Join(",", en)} vs {string.Join(",", fr)}");
        }
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[^\u00A0\u202F\s]:(?!//)")]
    private static partial Regex ColonWithoutSpace();
}
