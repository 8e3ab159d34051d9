using SahelReports.Reporting;

namespace SahelReports.Tests.Reporting;

public sealed class ReportStringsTests
{
    [Fact]
    public void EveryKey_HasATextInEveryLanguage()
    {
        IReadOnlyList<string> keys = ReportStrings.Keys();
        Assert.NotEmpty(keys);
        foreach (ReportLanguage language in ReportLanguage.All)
        {
            foreach (string key in keys)
            {
                Assert.False(string.IsNullOrWhiteSpace(ReportStrings.Get(key, language)), $"{key} ({language.Code})");
            }
        }
    }

    [Fact]
    public void Get_French_IsFrench() => Assert.Equal("Chiffres clés", ReportStrings.Get("KeyFigures", ReportLanguage.French));

    [Fact]
    public void Get_UnknownKey_Throws() => Assert.Throws<KeyNotFoundException>(() => ReportStrings.Get("NoSuchKey", ReportLanguage.French));
}
