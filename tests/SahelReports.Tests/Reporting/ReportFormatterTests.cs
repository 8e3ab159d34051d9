using NodaTime;
using SahelReports.Reporting;

namespace SahelReports.Tests.Reporting;

public sealed class ReportFormatterTests
{
    [Fact]
    public void FormatInteger_French_UsesNarrowNoBreakSpace() =>
        Assert.Equal("4\u202F200\u202F000", ReportFormatter.FormatInteger(4_200_000, ReportLanguage.French));

    [Fact]
    public void FormatInteger_English_UsesComma() =>
        Assert.Equal("4,200,000", ReportFormatter.FormatInteger(4_200_000, ReportLanguage.English));

    [Fact]
    public void FormatPercent_French_DecimalCommaAndSpaceBeforePercent() =>
        Assert.Equal("12,5\u202F%", ReportFormatter.FormatPercent(0.125, 1, ReportLanguage.French));

    [Fact]
    public void FormatPercent_SignedNegative_UsesTheMinusSignAndNeverMinusZero()
    {
        Assert.Equal("\u221225\u202F%", ReportFormatter.FormatPercent(-0.25, 0, ReportLanguage.French, signed: true));
        Assert.Equal("0\u202F%", ReportFormatter.FormatPercent(-2_000.0 / 509_437, 0, ReportLanguage.French, signed: true));
        Assert.Equal("-0.4%", ReportFormatter.FormatPercent(-2_000.0 / 509_437, 1, ReportLanguage.English).Replace("\u2212", "-", StringComparison.Ordinal));
    }

    [Fact]
    public void FormatPercent_EnglishSigned() =>
        Assert.Equal("+12.5%", ReportFormatter.FormatPercent(0.125, 1, ReportLanguage.English, signed: true));

    [Fact]
    public void FormatDecimal_NaN_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("value", () => ReportFormatter.FormatDecimal(double.NaN, 1, ReportLanguage.English));

    [Fact]
    public void FormatChange_Negative_UsesMinusSign() =>
        Assert.Equal("\u22121\u202F234", ReportFormatter.FormatChange(-1234, ReportLanguage.French));

    [Theory]
    [InlineData("en", "3 November 2024")]
    [InlineData("fr", "3 novembre 2024")]
    public void FormatDate_LongForm(string code, string expected) =>
        Assert.Equal(expected, ReportFormatter.FormatDate(new LocalDate(2024, 11, 3), ReportLanguage.FromCode(code)));

    [Fact]
    public void FormatDate_FrenchFirstOfMonth_UsesPremier() =>
        Assert.Equal("1er novembre 2024", ReportFormatter.FormatDate(new LocalDate(2024, 11, 1), ReportLanguage.French));

    [Fact]
    public void FormatDateRange_AcrossMonths_ShortensYear() =>
        Assert.Equal("28 October \u2013 3 November 2024",
            ReportFormatter.FormatDateRange(new DateInterval(new LocalDate(2024, 10, 28), new LocalDate(2024, 11, 3)), ReportLanguage.English));

    [Fact]
    public void Quote_French_UsesGuillemets() =>
        Assert.Equal("«\u202FTougoumé\u202F»", ReportFormatter.Quote("Tougoumé", ReportLanguage.French));

    [Fact]
    public void Formatting_DoesNotDependOnProcessCulture()
    {
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal("1,234.5", ReportFormatter.FormatDecimal(1234.5, 1, ReportLanguage.English));
            Assert.Equal("1\u202F234,5", ReportFormatter.FormatDecimal(1234.5, 1, ReportLanguage.French));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void FromCode_Unknown_Throws() => Assert.Throws<ArgumentException>("code", () => ReportLanguage.FromCode("de"));
}
