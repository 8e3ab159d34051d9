using NodaTime;
using SahelReports.Analysis;

namespace SahelReports.Tests.Analysis;

public sealed class ReportingPeriodTests
{
    [Fact]
    public void ForWeek_SeedWeek_IsMondayToSunday()
    {
        ReportingPeriod p = ReportingPeriod.ForWeek(IsoWeek.Parse("2024-W44"));
        Assert.Equal(new LocalDate(2024, 10, 28), p.Start);
        Assert.Equal(new LocalDate(2024, 11, 3), p.End);
        Assert.Equal(7, p.Days);
        Assert.Equal("2024-W44", p.ToString());
        Assert.Equal("2024-W43", p.Previous().ToString());
        Assert.Equal("2023-W44", p.SamePeriodLastYear().ToString());
    }

    [Fact]
    public void SamePeriodLastYear_Week53_BecomesWeek52() =>
        Assert.Equal("2025-W52", ReportingPeriod.ForWeek(new IsoWeek(2026, 53)).SamePeriodLastYear().ToString());

    [Fact]
    public void Month_PreviousAndLastYear()
    {
        ReportingPeriod p = ReportingPeriod.ForMonth(new YearMonth(2024, 1));
        Assert.Equal("2024-01", p.ToString());
        Assert.Equal("2023-12", p.Previous().ToString());
        Assert.Equal("2023-01", p.SamePeriodLastYear().ToString());
        Assert.Equal(31, p.Days);
        Assert.Equal(29, ReportingPeriod.ForMonth(new YearMonth(2024, 2)).Days);
    }

    [Fact]
    public void Custom_PreviousHasSameLength_LastYearShiftsLeapDay()
    {
        ReportingPeriod p = ReportingPeriod.ForInterval(new DateInterval(new LocalDate(2024, 2, 20), new LocalDate(2024, 2, 29)));
        ReportingPeriod prev = p.Previous();
        Assert.Equal(new LocalDate(2024, 2, 10), prev.Start);
        Assert.Equal(new LocalDate(2024, 2, 19), prev.End);
        Assert.Equal(new LocalDate(2023, 2, 28), p.SamePeriodLastYear().End);
        Assert.Equal("2024-02-20/2024-02-29", p.ToString());
        Assert.Equal(p, p.Next().Previous());
    }

    [Fact]
    public void Containing_WeekAtYearEnd_UsesIsoWeekYear() =>
        Assert.Equal("2025-W01", ReportingPeriod.Containing(new LocalDate(2024, 12, 30), PeriodGranularity.Week).ToString());

    [Fact]
    public void ForWeek_Default_Throws() => Assert.Throws<ArgumentException>("week", () => ReportingPeriod.ForWeek(default));
}
