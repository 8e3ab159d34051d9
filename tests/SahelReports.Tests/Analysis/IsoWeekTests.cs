using NodaTime;
using SahelReports.Analysis;

namespace SahelReports.Tests.Analysis;

public sealed class IsoWeekTests
{
    // Boundary cases from issue 4 and ISO 8601 (week 1 contains the first Thursday).
    public static TheoryData<LocalDate, string> DatesNearNewYear => new()
    {
        { new LocalDate(2020, 12, 31), "2020-W53" },
        { new LocalDate(2021, 1, 3), "2020-W53" },
        { new LocalDate(2021, 1, 4), "2021-W01" },
        { new LocalDate(2024, 12, 30), "2025-W01" },
        { new LocalDate(2027, 1, 1), "2026-W53" },
        { new LocalDate(2025, 12, 29), "2026-W01" },
        { new LocalDate(2024, 11, 3), "2024-W44" },
        { new LocalDate(2024, 10, 28), "2024-W44" },
        { new LocalDate(2008, 12, 29), "2009-W01" },
        { new LocalDate(2010, 1, 3), "2009-W53" },
    };

    [Theory]
    [MemberData(nameof(DatesNearNewYear))]
    public void FromDate_NearNewYear_UsesIsoWeekYear(LocalDate date, string expected) =>
        Assert.Equal(expected, IsoWeek.FromDate(date).ToString());

    [Fact]
    public void FromDate_EveryDayOf30Years_AgreesWithBclIsoWeek()
    {
        // Independent algorithm: System.Globalization.ISOWeek.
        for (var d = new LocalDate(2000, 1, 1); d <= new LocalDate(2030, 12, 31); d = d.PlusDays(1))
        {
            DateTime dt = d.ToDateTimeUnspecified();
            IsoWeek w = IsoWeek.FromDate(d);
            Assert.Equal(System.Globalization.ISOWeek.GetYear(dt), w.WeekYear);
            Assert.Equal(System.Globalization.ISOWeek.GetWeekOfYear(dt), w.Week);
            Assert.True(w.Monday <= d && d <= w.Sunday);
        }
    }

    [Fact]
    public void Constructor_Week53InShortYear_ThrowsWithParamName() =>
        Assert.Throws<ArgumentOutOfRangeException>("week", () => new IsoWeek(2024, 53));

    [Fact]
    public void Constructor_Week53InLongYear_Works() => Assert.Equal(new LocalDate(2026, 12, 28), new IsoWeek(2026, 53).Monday);

    [Theory]
    [InlineData("2024-W44", 2024, 44)]
    [InlineData("2024W01", 2024, 1)]
    [InlineData("2020-w53", 2020, 53)]
    public void Parse_Valid_Parses(string text, int year, int week) => Assert.Equal(new IsoWeek(year, week), IsoWeek.Parse(text));

    [Theory]
    [InlineData("2024-W53")]
    [InlineData("2024-W00")]
    [InlineData("2024-44")]
    [InlineData("24-W44")]
    [InlineData("2024-W4")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_Invalid_ReturnsFalse(string? text) => Assert.False(IsoWeek.TryParse(text, out _));

    [Fact]
    public void PlusWeeks_AcrossWeek53_Continues()
    {
        Assert.Equal("2021-W01", new IsoWeek(2020, 53).PlusWeeks(1).ToString());
        Assert.Equal("2020-W53", new IsoWeek(2021, 1).PlusWeeks(-1).ToString());
        Assert.Equal(53, new IsoWeek(2020, 1).WeeksUntil(new IsoWeek(2021, 1)));
    }

    [Fact]
    public void CompareTo_OrdersByTime()
    {
        Assert.True(new IsoWeek(2020, 53) < new IsoWeek(2021, 1));
        Assert.True(new IsoWeek(2024, 44) > new IsoWeek(2024, 43));
    }
}
