using System.Text.RegularExpressions;
using SahelReports.Reporting;

namespace SahelReports.Tests.Reporting.Weekly;

public sealed partial class WeeklyReportTextsTests
{
    private static IEnumerable<string> WeeklyKeys => ReportStrings.Keys().Where(k => k.StartsWith("Weekly.", StringComparison.Ordinal));

    [Theory]
    [InlineData(0.7321, "+0.73", "+0,73")]
    [InlineData(-0.38, "\u22120.38", "\u22120,38")]
    [InlineData(-0.004, "0.00", "0,00")]   // rounds to zero: no sign
    [InlineData(0.005, "+0.01", "+0,01")]
    [InlineData(0, "0.00", "0,00")]
    public void SignedDecimal_SignOnlyWhenTheShownValueIsNotZero(double value, string english, string french)
    {
        Assert.Equal(english, new SahelReports.Reporting.Internal.WeeklyText(ReportLanguage.English, SahelReports.Geography.Gazetteer.Default).SignedDecimal(value, 2));
        Assert.Equal(french, new SahelReports.Reporting.Internal.WeeklyText(ReportLanguage.French, SahelReports.Geography.Gazetteer.Default).SignedDecimal(value, 2));
    }

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
