using NodaTime;
using NodaTime.Testing;
using SahelReports.Analysis;
using SahelReports.Incidents;
using SahelReports.Reporting;

namespace SahelReports.Tests.Reporting.Weekly;

public sealed class WeeklySituationReportBuilderTests
{
    private static readonly DateInterval s_weekDays = new(new LocalDate(2024, 10, 28), new LocalDate(2024, 11, 3));
    private static readonly string[] s_sahel = ["BFA", "MLI", "NER"];

    private static SituationReport Build(ReportLanguage language, IEnumerable<ConflictIncident>? incidents = null) =>
        new WeeklySituationReportBuilder(new WeeklyReportOptions { Language = language, Clock = new FakeClock(WeeklyFixture.Now), ReportNumber = "2024/44" })
            .Build(incidents ?? WeeklyFixture.Set(), WeeklyFixture.Week);

    // Independent facts: plain LINQ over the fixture list, not the builder's aggregation.
    private static IEnumerable<ConflictIncident> InWeek(DateInterval days) =>
        WeeklyFixture.Incidents.Where(i => s_sahel.Contains(i.Location.CountryAlpha3) && days.Contains(i.Date));

    private static IEnumerable<ConflictIncident> SeedWeek => InWeek(s_weekDays);

    private static IEnumerable<ConflictIncident> PreviousWeek => InWeek(new DateInterval(s_weekDays.Start.PlusDays(-7), s_weekDays.End.PlusDays(-7)));

    private static IEnumerable<ConflictIncident> History => InWeek(new DateInterval(s_weekDays.Start.PlusWeeks(-12), s_weekDays.Start.PlusDays(-1)));

    private static bool OnLocalDefence(ConflictIncident i) =>
        !i.CivilianTargeting && i.Actor2 is { } a && (a.Name.Contains("Dan Na Ambassagou", StringComparison.Ordinal) || a.Name.StartsWith("VDP", StringComparison.Ordinal));

    [Fact]
    public void Build_SeedWeek_KeyFiguresMatchAHandCount()
    {
        SituationReport report = Build(ReportLanguage.English);
        KeyFigure[] k = report.KeyFigures.ToArray();

        // Hand count: Boni 0 + Tougoumé 14 + Kari 8 + Tillabéri 1 + Mopti 2 + Djenné 1 + Séno 3 + Mopti (region) 0.
        Assert.Equal(8, SeedWeek.Count());
        Assert.Equal(("Events", 8L, 2L), (k[0].Label, k[0].Value, k[0].PreviousValue!.Value));
        Assert.Equal(("Reported fatalities", 29L, 4L), (k[1].Label, k[1].Value, k[1].PreviousValue!.Value));
        Assert.Equal((2L, 1L), (k[2].Value, k[2].PreviousValue!.Value));
        Assert.Equal((2L, 0L), (k[3].Value, k[3].PreviousValue!.Value));
        Assert.Equal(SeedWeek.Sum(i => i.Fatalities), k[1].Value);
        Assert.Equal(PreviousWeek.Sum(i => i.Fatalities), k[1].PreviousValue);
        Assert.Equal(SeedWeek.Count(OnLocalDefence), k[3].Value);
    }

    [Fact]
    public void Build_SeedWeek_MetadataDescribesTheWeek()
    {
        ReportMetadata m = Build(ReportLanguage.French).Metadata;
        Assert.Equal("Sahel central\u00A0: point hebdomadaire sur la sécurité et les déplacements", m.Title);
        Assert.Equal(s_weekDays, m.Period);
        Assert.Equal("2024-W44", m.PeriodLabel);
        Assert.Equal(new LocalDate(2024, 11, 3), m.AsOf);
        Assert.Equal(WeeklyFixture.Now, m.GeneratedAt);
        Assert.Equal("2024/44", m.ReportNumber);
    }

    [Fact]
    public void Highlights_English_EachIsTrueAgainstTheData()
    {
        string[] h = Build(ReportLanguage.English).Highlights.Select(x => x.PlainText).ToArray();
        Assert.InRange(h.Length, 3, 6);

        int events = SeedWeek.Count(), prevEvents = PreviousWeek.Count();
        long deaths = SeedWeek.Sum(i => i.Fatalities), prevDeaths = PreviousWeek.Sum(i => i.Fatalities);
        Assert.Equal($"This week: {events} events and {deaths} reported fatalities (+{events - prevEvents} events and +{deaths - prevDeaths} fatalities against the previous week).", h[0]);

        // Largest toll by admin2, and the last week in the window with a toll at least as high there.
        var toll = SeedWeek.Where(i => i.Location.Admin2Code is not null).GroupBy(i => i.Location.Admin2Code!.Value.Value)
            .Select(g => (Code: g.Key, Deaths: g.Sum(i => i.Fatalities), Events: g.Count())).OrderByDescending(x => x.Deaths).First();
        Assert.Equal(("ML0501", 14, 1), toll);
        LocalDate since = History.Where(i => i.Location.Admin2Code?.Value == "ML0501").GroupBy(i => IsoWeek.FromDate(i.Date))
            .Where(g => g.Sum(i => i.Fatalities) >= toll.Deaths).Max(g => g.Key).Monday;
        Assert.Equal($"Bandiagara (Mopti, Mali): {toll.Deaths} reported fatalities in {toll.Events} event, the highest toll of the week, and the highest weekly toll there since the week of {since.Day} September 2024.", h[1]);

        // Rise in Mopti region: Poisson tail computed here by summing the probability mass function.
        int mopti = SeedWeek.Count(i => i.Location.Admin1Code?.Value == "ML05");
        double mean = History.Count(i => i.Location.Admin1Code?.Value == "ML05") / 12.0;
        double below = 0, term = Math.Exp(-mean);
        for (int k = 0; k < mopti; k++)
        {
            below += term;
            term *= mean / (k + 1);
        }

        double p = 1 - below;
        Assert.True(p < 0.01, $"p = {p}");
        Assert.Equal($"Mopti region (Mali): {mopti} events this week against a mean of {mean:0.0} per week over the previous 12 weeks; the probability of at least this many at the usual rate is {(p < 0.001 ? "< 0.001" : p.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture))} (Poisson test).", h[2]);

        int ld = SeedWeek.Count(OnLocalDefence);
        long ldDeaths = SeedWeek.Where(OnLocalDefence).Sum(i => i.Fatalities);
        Assert.Equal($"Local defence forces were attacked in {ld} events ({100 * ld / events}% of all events), with {ldDeaths} reported fatalities.", h[3]);

        var byCountry = SeedWeek.GroupBy(i => i.Location.CountryAlpha3).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal($"Events were reported in 3 countries in the same week: Mali ({byCountry["MLI"]} events), Burkina Faso ({byCountry["BFA"]} events) and Niger ({byCountry["NER"]} event).", h[4]);

        string[] fresh = SeedWeek.Where(i => i.Location.Admin2Code is { } c && !History.Any(x => x.Location.Admin2Code == c))
            .Select(i => i.Location.Admin2Code!.Value.Value).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["BF4604", "ML0503", "ML0504"], fresh);
        Assert.StartsWith("Newly affected areas (no event in the previous 12 weeks): ", h[5], StringComparison.Ordinal);
        Assert.Contains("Mouhoun (Boucle du Mouhoun, Burkina Faso)", h[5], StringComparison.Ordinal);
        Assert.Contains("Djenne (Mopti, Mali)", h[5], StringComparison.Ordinal);
        Assert.Contains("Douentza (Mopti, Mali)", h[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Highlights_French_UseFrenchTypographyAndAccentedNames()
    {
        string[] h = Build(ReportLanguage.French).Highlights.Select(x => x.PlainText).ToArray();
        Assert.Equal("Cette semaine\u00A0: 8 événements et 29 décès rapportés (+6 événements et +25 décès par rapport à la semaine précédente).", h[0]);
        Assert.StartsWith("Bandiagara (Mopti, Mali)\u00A0: 14 décès rapportés en 1 événement, le bilan le plus lourd de la semaine, et le bilan hebdomadaire le plus lourd dans cette zone depuis la semaine du 30 septembre 2024.", h[1], StringComparison.Ordinal);
        Assert.Contains("25\u202F%", h[3], StringComparison.Ordinal);
        Assert.Contains("Djenné (Mopti, Mali)\u202F; ", h[5], StringComparison.Ordinal);
        Assert.Contains("Mali (5 événements), Burkina Faso (2 événements) et Niger (1 événement)", h[4], StringComparison.Ordinal);
    }

    [Fact]
    public void SecurityOverview_Tables_ReconcileWithTheWeek()
    {
        SituationReport report = Build(ReportLanguage.English);
        ReportSection section = report.FindSection(WeeklyReportSectionIds.SecurityOverview)!;
        var byCountry = (TableBlock)section.Blocks[0];
        Assert.Equal(["Burkina Faso", "Mali", "Niger"], byCountry.Rows.Select(r => r[0].Text));
        foreach (IReadOnlyList<TableCell> row in byCountry.Rows)
        {
            string alpha3 = row[0].Text switch { "Mali" => "MLI", "Burkina Faso" => "BFA", _ => "NER" };
            Assert.Equal(SeedWeek.Count(i => i.Location.CountryAlpha3 == alpha3), row[1].Integer);
            Assert.Equal(SeedWeek.Where(i => i.Location.CountryAlpha3 == alpha3).Sum(i => i.Fatalities), row[2].Integer);
        }

        Assert.Equal(8, byCountry.Totals![1].Integer);
        Assert.Equal(29, byCountry.Totals![2].Integer);
        Assert.Equal(6, byCountry.Totals![5].Integer);

        var byAdmin1 = (TableBlock)section.Blocks[1];
        Assert.Equal("Mopti", byAdmin1.Rows[0][1].Text);
        Assert.Equal(5, byAdmin1.Rows[0][2].Integer);
        Assert.Equal(17, byAdmin1.Rows[0][3].Integer); // 0 + 14 + 2 + 1 + 0
        Assert.Equal(8, byAdmin1.Totals![2].Integer);
        Assert.Equal(29, byAdmin1.Totals![3].Integer);
    }

    [Fact]
    public void Trends_CoverTheHistoryAndTheWeek()
    {
        SituationReport report = Build(ReportLanguage.English);
        var chart = (ChartBlock)report.FindSection(WeeklyReportSectionIds.Trends)!.Blocks.OfType<ChartBlock>().First();
        Assert.Equal(13, chart.Categories.Count);
        Assert.Equal("2024-W32", chart.Categories[0]);
        Assert.Equal("2024-W44", chart.Categories[^1]);
        Assert.Equal(["Events", "Events trend (least squares)", "Reported fatalities"], chart.Series.Select(s => s.Name));
        Assert.Equal([false, true, false], chart.Series.Select(s => s.IsTrendLine));
        for (int w = 0; w < 13; w++)
        {
            var days = new IsoWeek(2024, 32 + w).ToDateInterval();
            Assert.Equal(InWeek(days).Count(), chart.Series[0].Values[w]);
            Assert.Equal(InWeek(days).Sum(i => i.Fatalities), chart.Series[2].Values[w]);
        }
    }

    [Fact]
    public void Trends_TrendLine_IsTheLeastSquaresFitOfTheWeeklyEvents()
    {
        SituationReport report = Build(ReportLanguage.English);
        var chart = report.FindSection(WeeklyReportSectionIds.Trends)!.Blocks.OfType<ChartBlock>().First();

        // Independent fit, textbook formulas: slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², intercept = ȳ − slope·x̄, x = 0..12.
        double[] y = Enumerable.Range(0, 13).Select(w => (double)InWeek(new IsoWeek(2024, 32 + w).ToDateInterval()).Count()).ToArray();
        double xBar = 6, yBar = y.Average();
        double slope = y.Select((v, x) => (x - xBar) * (v - yBar)).Sum() / Enumerable.Range(0, 13).Sum(x => (x - xBar) * (x - xBar));
        for (int x = 0; x < 13; x++)
        {
            Assert.Equal(yBar + (slope * (x - xBar)), chart.Series[1].Values[x], 9);
        }

        string sign = slope > 0 ? "+" : slope < 0 ? "\u2212" : string.Empty;
        Assert.Contains($"over the 13 weeks shown, {sign}{Math.Abs(slope).ToString("F2", System.Globalization.CultureInfo.InvariantCulture)} events per week (p = ", chart.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Trends_EventsByEventType_StackToTheWeeklyTotals()
    {
        SituationReport report = Build(ReportLanguage.English);
        ChartBlock[] charts = report.FindSection(WeeklyReportSectionIds.Trends)!.Blocks.OfType<ChartBlock>().ToArray();
        ChartBlock byType = charts.Single(c => c.Title == "Events per week by event type");
        Assert.Equal(ChartKind.StackedBar, byType.Kind);
        for (int w = 0; w < 13; w++)
        {
            ConflictIncident[] week = InWeek(new IsoWeek(2024, 32 + w).ToDateInterval()).ToArray();
            Assert.Equal(week.Length, byType.Series.Sum(s => s.Values[w]));
            Assert.Equal(week.Count(i => i.EventType == EventType.Battles), byType.Series.Single(s => s.Name == "Battles").Values[w]);
        }

        // Only the types seen in the 13 weeks, in the taxonomy's order.
        string[] seen = InWeek(new DateInterval(new IsoWeek(2024, 32).Monday, s_weekDays.End)).Select(i => i.EventType).Distinct().Order()
            .Select(t => ReportStrings.Get("Weekly.EventType." + t, ReportLanguage.English)).ToArray();
        Assert.Equal(seen, byType.Series.Select(s => s.Name));
        Assert.Contains(charts, c => c.Title == "Events per week by country");
    }

    [Fact]
    public void SecurityOverview_Admin1Chart_RanksTheWeeksAreasLikeAHandCount()
    {
        SituationReport report = Build(ReportLanguage.English);
        ChartBlock chart = report.FindSection(WeeklyReportSectionIds.SecurityOverview)!.Blocks.OfType<ChartBlock>().Single();
        Assert.Equal(ChartKind.HorizontalBar, chart.Kind);
        Assert.Equal("Events and reported fatalities by region (admin 1), 2024-W44", chart.Title);

        // Hand count of the seed week by admin 1 (events, fatalities), most events first, then most fatalities.
        var expected = SeedWeek.GroupBy(i => i.Location.Admin1Code!.Value)
            .Select(g => (Events: g.Count(), Fatalities: g.Sum(i => i.Fatalities)))
            .OrderByDescending(a => a.Events).ThenByDescending(a => a.Fatalities).ToArray();
        Assert.Equal(expected.Select(a => (double)a.Events), chart.Series[0].Values);
        Assert.Equal(expected.Select(a => (double)a.Fatalities), chart.Series[1].Values);
        Assert.Equal(SeedWeek.Count(), chart.Series[0].Values.Sum());
        Assert.Equal("Mopti", chart.Categories[0]); // Tougoumé, Mopti, Djenné, Séno, Mopti (region): 5 of the 8
        Assert.Null(chart.Note); // fewer than ten areas: none left out
    }

    [Fact]
    public void TopIncidents_AreSortedByFatalitiesWithTheSeedEvents()
    {
        SituationReport report = Build(ReportLanguage.English);
        var table = (TableBlock)report.FindSection(WeeklyReportSectionIds.TopIncidents)!.Blocks[0];
        Assert.Equal([14L, 8L, 3L, 2L, 1L, 1L, 0L, 0L], table.Rows.Select(r => r[^1].Integer));
        Assert.Equal("Tougoume", table.Rows[0][3].Text);
        Assert.Equal(new LocalDate(2024, 11, 3), table.Rows[0][0].Date);
        Assert.Equal("Kari", table.Rows[1][3].Text);
    }

    [Fact]
    public void Map_LeavesOutEventsLocatedOnlyToTheRegion()
    {
        SituationReport report = Build(ReportLanguage.English);
        var map = (MapBlock)report.FindSection(WeeklyReportSectionIds.Map)!.Blocks[0];
        Assert.Equal(7, map.Points.Count);
        Assert.Equal("1 event located only to its region is counted in the tables but not drawn.", map.Note);
    }

    [Fact]
    public void Build_SameInputAndClock_GiveIdenticalMarkdownWhateverTheInputOrder()
    {
        string first = Build(ReportLanguage.French).ToMarkdown();
        string again = Build(ReportLanguage.French).ToMarkdown();
        string reversed = Build(ReportLanguage.French, WeeklyFixture.Incidents.Reverse()).ToMarkdown();
        Assert.Equal(first, again);
        Assert.Equal(first, reversed);
    }

    [Fact]
    public void Build_BothLanguages_UseOnlyResourceTextsAndShowTheSeedFigures()
    {
        string en = Build(ReportLanguage.English).ToMarkdown();
        string fr = Build(ReportLanguage.French).ToMarkdown();
        Assert.Contains("Deadliest incidents of the week", en, StringComparison.Ordinal);
        Assert.Contains("Incidents les plus meurtriers de la semaine", fr, StringComparison.Ordinal);
        Assert.Contains("28 octobre – 3 novembre 2024", fr, StringComparison.Ordinal);
        Assert.DoesNotContain("Events", fr, StringComparison.Ordinal);
        Assert.DoesNotContain("Weekly.", fr, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_FewerThan12WeeksOfHistory_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("value", () => new WeeklyReportOptions { WeeksOfHistory = 11 });

    [Fact]
    public void Options_UnknownCountry_Throws() =>
        Assert.Throws<ArgumentException>("value", () => new WeeklyReportOptions { Countries = ["XXX"] });

    [Fact]
    public void Build_EmptyWeek_StillBuildsWithAnOverview()
    {
        SituationReport report = Build(ReportLanguage.English, []);
        Assert.Equal("This week: 0 events and 0 reported fatalities (0 events and 0 fatalities against the previous week).", report.Highlights.Single().PlainText);
        Assert.Equal(0, report.KeyFigures[0].Value);
    }

    [Fact]
    public void LatestFullWeek_EndsOnTheLastSundayWithData()
    {
        Assert.Equal(new IsoWeek(2024, 45), WeeklySituationReportBuilder.LatestFullWeek(WeeklyFixture.Incidents.Where(i => i.Id != "TCD1").Append(WeeklyFixture.Incidents[0] with { Date = new LocalDate(2024, 11, 10) })));
        Assert.Equal(new IsoWeek(2024, 44), WeeklySituationReportBuilder.LatestFullWeek(WeeklyFixture.Incidents)); // latest is Monday 4 November
        Assert.Throws<ArgumentException>("incidents", () => WeeklySituationReportBuilder.LatestFullWeek([]));
    }

    [Fact]
    public void Trends_Sentence_FollowsTheSignOfTheMannKendallStatistic()
    {
        // History W32–W43 alternates 3, 2 with 4 in W40: S counted by hand is small, so no clear trend.
        int[] weekly = Enumerable.Range(32, 12).Select(w => InWeek(new IsoWeek(2024, w).ToDateInterval()).Count()).ToArray();
        Assert.Equal([3, 2, 3, 2, 3, 2, 3, 2, 4, 2, 3, 2], weekly);
        int s = 0;
        for (int i = 0; i < weekly.Length; i++)
        {
            for (int j = i + 1; j < weekly.Length; j++)
            {
                s += Math.Sign(weekly[j] - weekly[i]);
            }
        }

        Assert.Equal(-3, s); // checked with a separate Python one-liner
        var paragraph = (ParagraphBlock)Build(ReportLanguage.English).FindSection(WeeklyReportSectionIds.Trends)!.Blocks[0];
        Assert.StartsWith("Over the 12 weeks before this one, the weekly number of events showed no clear trend (Mann–Kendall test, p = ", paragraph.Text.PlainText, StringComparison.Ordinal);

        int[] rising = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
        var incidents = new List<ConflictIncident>();
        for (int w = 0; w < 12; w++)
        {
            for (int k = 0; k < rising[w]; k++)
            {
                incidents.Add(WeeklyFixture.Incidents[0] with { Id = $"R{w}-{k}", Date = new IsoWeek(2024, 32 + w).Monday });
            }
        }

        var up = (ParagraphBlock)Build(ReportLanguage.English, incidents).FindSection(WeeklyReportSectionIds.Trends)!.Blocks[0];
        Assert.Contains("events rose (Mann–Kendall test, p = ", up.Text.PlainText, StringComparison.Ordinal);
        Assert.EndsWith("Sen’s slope +1.00 events per week).", up.Text.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Displacement_DatedFiguresBySourceWithStaleFlagsAndNoCrossSourceSums()
    {
        SituationReport report = new WeeklySituationReportBuilder(new WeeklyReportOptions { Clock = new FakeClock(WeeklyFixture.Now) })
            .Build(WeeklyFixture.Set(), WeeklyFixture.Week, WeeklyFixture.Displacement());

        // Mali: the two admin 1 areas of round 11 (215,500 + 48,000), against round 10 (200,000 + 50,000); the round-12 figure is after the week.
        KeyFigure mali = report.KeyFigures.Single(k => k.Label == "Internally displaced people, Mali");
        Assert.Equal(263_500L, mali.Value);
        Assert.Null(mali.PreviousValue); // a stock's previous value is the previous round, not the previous week: it goes in the note
        Assert.Equal(new LocalDate(2024, 9, 30), mali.Date);
        Assert.Equal("+13,500 since the figure of 30 June 2024", mali.Note);
        KeyFigure burkina = report.KeyFigures.Single(k => k.Label == "Internally displaced people, Burkina Faso");
        Assert.Equal((2_062_534L, "UNHCR", new LocalDate(2023, 3, 31)), (burkina.Value, burkina.Source!, burkina.Date!.Value));
        Assert.Equal("+180,143 since the figure of 31 December 2022; figure older than 180 days", burkina.Note);
        Assert.Equal(["ACLED", "IOM DTM BA", "UNHCR"], report.Sources.Select(s => s.Name));
        Assert.Equal(new LocalDate(2024, 9, 30), report.Sources[1].Date);

        Assert.Contains("Mali: 263,500 internally displaced people as of 30 September 2024 (IOM DTM BA), +13,500 since the previous figure of 30 June 2024.", report.Highlights.Select(h => h.PlainText));

        var table = (TableBlock)report.FindSection(WeeklyReportSectionIds.Displacement)!.Blocks[1];
        Assert.Null(table.Totals);
        Assert.Equal(["Burkina Faso", "Mali", "Niger"], table.Rows.Select(r => r[0].Text));
        Assert.Equal("IOM DTM BA (sum of 2 areas of one round)", table.Rows[1][1].Text);
        Assert.Equal([2_062_534L, 263_500L, 507_437L], table.Rows.Select(r => r[2].Integer));
        Assert.Equal(["older than 180 days", "current", "current"], table.Rows.Select(r => r[^1].Text));
        Assert.Equal(-2_000, table.Rows[2][6].Integer);
    }

    [Fact]
    public void Displacement_None_SaysSo()
    {
        ReportSection section = Build(ReportLanguage.French).FindSection(WeeklyReportSectionIds.Displacement)!;
        Assert.Equal("Aucun chiffre de déplacement n’a été fourni pour ce rapport.", ((ParagraphBlock)Assert.Single(section.Blocks)).Text.PlainText);
    }
}
