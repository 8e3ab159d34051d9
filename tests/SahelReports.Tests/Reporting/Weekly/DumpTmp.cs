using NodaTime.Testing;
using SahelReports.Reporting;
namespace SahelReports.Tests.Reporting.Weekly;
public sealed class DumpTmp
{
    [Fact]
    public void Dump()
    {
        foreach (ReportLanguage l in ReportLanguage.All)
        {
            var r = new WeeklySituationReportBuilder(new WeeklyReportOptions { Language = l, Clock = new FakeClock(WeeklyFixture.Now), ReportNumber = "2024/44" }).Build(WeeklyFixture.Set(), WeeklyFixture.Week);
            File.WriteAllText($"/tmp/rep/fixture-{l.Code}.md", r.ToMarkdown());
        }
    }
}
