using CsCheck;
using NodaTime;
using SahelReports.Incidents;
using SahelReports.Reporting;
using SahelReports.Tests.Shared;

namespace SahelReports.Tests.Properties;

/// <summary>Aggregates reconcile in the built report, for random incident sets: the key figures equal a hand count of the
/// week, the country rows sum to the key figures, the admin 1 rows of each country sum to its country row, and every totals
/// row is the sum of its rows (the aggregator's own reconciliation is in Analysis/IncidentAggregatorTests).</summary>
public sealed class WeeklyReportReconcilePropertyTests
{
    private static readonly DateInterval s_week = RandomReports.Week.ToDateInterval();

    [Fact]
    public void Build_RandomIncidents_KeyFiguresCountryAndAdmin1TablesReconcile()
    {
        Gen.Select(RandomReports.Incidents, RandomReports.Options).Sample((incidents, options) =>
        {
            SituationReport report = new WeeklySituationReportBuilder(options).Build(incidents, RandomReports.Week);

            // Hand count of the week in the selected countries.
            ConflictIncident[] week = incidents.Where(i => s_week.Contains(i.Date) && options.Countries.Contains(i.Location.CountryAlpha3)).ToArray();
            Assert.Equal(week.Length, report.KeyFigures[0].Value);
            Assert.Equal(week.Sum(i => (long)i.Fatalities), report.KeyFigures[1].Value);

            ReportSection section = report.FindSection(WeeklyReportSectionIds.SecurityOverview)!;
            TableBlock[] tables = section.Blocks.OfType<TableBlock>().ToArray();
            if (week.Length == 0)
            {
                return;
            }

            TableBlock byCountry = tables[0];
            TableBlock byAdmin1 = tables[1];
            Assert.Equal(week.Length, byCountry.Rows.Sum(r => r[1].Integer));
            Assert.Equal(week.Sum(i => (long)i.Fatalities), byCountry.Rows.Sum(r => r[2].Integer));
            foreach (IReadOnlyList<TableCell> country in byCountry.Rows)
            {
                IReadOnlyList<TableCell>[] children = byAdmin1.Rows.Where(r => r[0].Text == country[0].Text).ToArray();
                Assert.Equal(country[1].Integer, children.Sum(r => r[2].Integer));
                Assert.Equal(country[2].Integer, children.Sum(r => r[3].Integer));
            }

            foreach (TableBlock table in tables.Where(t => t.Totals is not null))
            {
                for (int c = 0; c < table.Columns.Count; c++)
                {
                    if (table.Columns[c].Sum)
                    {
                        Assert.Equal(table.Rows.Sum(r => r[c].Integer), table.Totals![c].Integer);
                    }
                }
            }
        }, iter: 150);
    }
}
