using System.Globalization;
using ClosedXML.Excel;
using NodaTime;
using NodaTime.Testing;
using SahelReports.Analysis;
using SahelReports.Geography;
using SahelReports.Incidents;
using SahelReports.Reporting;
using static SahelReports.Excel.Tests.WorkbookTestSupport;

namespace SahelReports.Excel.Tests;

public sealed class TrendStatisticsSheetTests
{
    private static readonly IsoWeek s_week = new(2024, 44);

    /// <summary>
    /// Synthetic incidents (not ACLED rows) over the 13 weeks 2024-W32..W44: in week k (0..12) Mali has 3 + k events, Niger 5,
    /// except Niger's last week, which has 30 (a jump the Poisson test flags). Fatalities: 2 per Mali event, k % 3 per Niger event.
    /// </summary>
    private static List<ConflictIncident> Data()
    {
        var list = new List<ConflictIncident>();
        for (int k = 0; k <= 12; k++)
        {
            LocalDate monday = s_week.PlusWeeks(k - 12).Monday;
            int niger = k == 12 ? 30 : 5;
            for (int e = 0; e < 3 + k + niger; e++)
            {
                bool mali = e < 3 + k;
                list.Add(new ConflictIncident
                {
                    Id = string.Create(CultureInfo.InvariantCulture, $"SYN{k:D2}{e:D3}"),
                    Date = monday.PlusDays(e % 7),
                    TimePrecision = TimePrecision.Day,
                    DisorderType = DisorderType.PoliticalViolence,
                    EventType = EventType.Battles,
                    SubEventType = SubEventType.ArmedClash,
                    Actor1 = new Actor("Synthetic group", null),
                    Location = mali
                        ? new IncidentLocation { CountryAlpha3 = "MLI", Admin1 = "Mopti", Admin1Code = new PCode("ML05"), Name = "Site", Latitude = 14, Longitude = -3, GeoPrecision = GeoPrecision.Exact }
                        : new IncidentLocation { CountryAlpha3 = "NER", Admin1 = "Tillabéri", Admin1Code = new PCode("NE006"), Name = "Site", Latitude = 14, Longitude = 1, GeoPrecision = GeoPrecision.Exact },
                    Fatalities = mali ? 2 : k % 3,
                });
            }
        }

        return list;
    }

    private static SituationReport Report(ReportLanguage language) =>
        new WeeklySituationReportBuilder(new WeeklyReportOptions { Language = language, Clock = new FakeClock(Now), WeeksOfHistory = 12 }).Build(Data(), s_week);

    /// <summary>The weekly counts, computed here by grouping the incidents by ISO week (not by the report code).</summary>
    private static TrendResult Expected(Func<ConflictIncident, bool> filter, Func<IEnumerable<ConflictIncident>, double> measure)
    {
        ReportingPeriod[] weeks = Enumerable.Range(0, 13).Select(k => ReportingPeriod.ForWeek(s_week.PlusWeeks(k - 12))).ToArray();
        List<ConflictIncident> data = Data();
        double[] values = weeks.Select(w => measure(data.Where(i => filter(i) && w.Contains(i.Date)))).ToArray();
        return TrendAnalysis.Analyze(weeks, values);
    }

    private static IXLTable StatisticsTable(XLWorkbook wb, string sheet, string firstHeader, string captionStart)
    {
        IXLWorksheet trends = wb.Worksheet(sheet);
        return trends.Tables.Where(t => t.Fields.First().Name == firstHeader)
            .Single(t => trends.Cell(t.HeadersRow().RowNumber() - 1, t.RangeAddress.FirstAddress.ColumnNumber).GetString().Contains(captionStart, StringComparison.Ordinal));
    }

    private static IXLCell Cell(IXLTable table, string statistic, string series)
    {
        IXLRangeRow row = table.DataRange.Rows().Single(r => r.Cell(1).GetString() == statistic);
        return row.Cell(table.Field(series).Index + 1);
    }

    [Fact]
    public void TotalsStatistics_EqualTrendAnalysis_OfAnIndependentWeeklyCount()
    {
        using XLWorkbook wb = Open(Render(Report(ReportLanguage.English)));
        IXLTable table = StatisticsTable(wb, "Trends", "Statistic", "Events and reported fatalities per week");
        Assert.Equal(["Statistic", "Events", "Reported fatalities"], table.Fields.Select(f => f.Name));
        Assert.True(table.RangeAddress.FirstAddress.ColumnNumber > 9); // right of the chart below the series (columns A to I)

        TrendResult events = Expected(_ => true, g => g.Count());
        TrendResult deaths = Expected(_ => true, g => g.Sum(i => i.Fatalities));
        Assert.Equal(15 + 30, events.Values[^1]); // hand count of the last week: Mali 3 + 12, Niger 30
        foreach ((string name, TrendResult r) in new[] { ("Events", events), ("Reported fatalities", deaths) })
        {
            void Near(double? expected, string statistic)
            {
                IXLCell cell = Cell(table, statistic, name);
                if (expected is not { } e)
                {
                    Assert.True(cell.IsEmpty(), statistic);
                    return;
                }

                Assert.Equal(XLDataType.Number, cell.DataType);
                Assert.Equal(e, cell.GetDouble(), 1e-12);
            }

            Near(r.Values[^1], "Last week");
            Near(r.ChangeFromPrevious!.Change, "Change vs previous week");
            Near(r.ChangeFromPrevious.PercentChange / 100, "Change vs previous week (%)");
            Near(null, "Change vs same week last year"); // 13 weeks shown: no week of last year among them
            Near(r.RollingMean[^1], "Rolling mean, last 4 weeks");
            Near(r.Linear!.SlopePerPeriod, "Least-squares slope per week");
            Near(r.Linear.CiLow, "Slope, 95 % CI lower bound");
            Near(r.Linear.CiHigh, "Slope, 95 % CI upper bound");
            Near(r.Linear.PValue, "Slope p-value");
            Near(r.MannKendall!.S, "Mann–Kendall S");
            Near(r.MannKendall.Z, "Mann–Kendall Z");
            Near(r.MannKendall.PValue, "Mann–Kendall p-value");
            Near(r.MannKendall.SenSlope, "Sen's slope per week");
            Near(r.Unusual!.BaselineMean, "Baseline mean (8 weeks before the last)");
            Near(r.Unusual.PValue, "Poisson p-value, last week");
            Assert.Equal(r.Unusual.IsUnusual ? "yes" : "no", Cell(table, "Last week unusually high", name).GetString());
        }

        // The last week's jump (30 Niger events against 5 a week) is flagged; formats per statistic.
        Assert.Equal("unusual", Cell(table, "Trend", "Events").GetString());
        Assert.Equal(XLAlignmentHorizontalValues.Right, Cell(table, "Trend", "Events").Style.Alignment.Horizontal); // in line with the numbers
        Assert.Equal("0.0000", Cell(table, "Mann–Kendall p-value", "Events").Style.NumberFormat.Format);
        Assert.Equal("+0.0%;-0.0%;0.0%", Cell(table, "Change vs previous week (%)", "Events").Style.NumberFormat.Format);
        Assert.Equal("#,##0", Cell(table, "Last week", "Events").Style.NumberFormat.Format);
    }

    [Fact]
    public void CountryStatistics_PerArea_InFrench()
    {
        using XLWorkbook wb = Open(Render(Report(ReportLanguage.French)));
        IXLTable table = StatisticsTable(wb, "Tendances", "Statistique", "Événements par semaine et par pays");
        string[] countries = table.Fields.Skip(1).Select(f => f.Name).ToArray();
        Assert.Contains("Mali", countries);
        Assert.Contains("Niger", countries);

        TrendResult mali = Expected(i => i.Location.CountryAlpha3 == "MLI", g => g.Count());
        Assert.Equal(Enumerable.Range(3, 13).Select(v => (double)v), mali.Values); // 3 + k, by hand
        Assert.Equal(TrendLabel.Rising, mali.Label);
        Assert.Equal("en hausse", Cell(table, "Tendance", "Mali").GetString());
        Assert.Equal(mali.MannKendall!.S, Cell(table, "S de Mann–Kendall", "Mali").GetDouble());
        Assert.Equal(78, mali.MannKendall.S); // strictly rising over 13 weeks: S = 13 × 12 / 2
        Assert.Equal(1d, Cell(table, "Pente de Sen par semaine", "Mali").GetDouble(), 1e-12);
        Assert.Equal("non", Cell(table, "Dernière semaine inhabituellement élevée", "Mali").GetString());
        Assert.Equal("inhabituelle", Cell(table, "Tendance", "Niger").GetString());
        Assert.Equal("oui", Cell(table, "Dernière semaine inhabituellement élevée", "Niger").GetString());
    }
}
