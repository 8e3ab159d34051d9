using NodaTime;
using SahelReports.Analysis;
using SahelReports.Displacement;
using SahelReports.Incidents;
using SahelReports.Reporting.Internal;

namespace SahelReports.Reporting;

/// <summary>Builds the standard weekly situation report from incidents (and displacement figures) for one ISO week.</summary>
/// <remarks>
/// <para>The report holds key figures with their change against the previous week, three to six highlights generated from the
/// data, an overview map of the week (incidents sized by fatalities and coloured by event type, events per admin 1 as
/// proportional symbols), a security overview per country and region, trend charts over
/// <see cref="WeeklyReportOptions.WeeksOfHistory"/> weeks and the reported week, the deadliest incidents, the actors,
/// displacement figures with their dates and sources (and a map of the latest IDP stock per admin 1 when the figures have
/// admin 1 detail), and methodology notes. Every text comes from the report resources in <see cref="WeeklyReportOptions.Language"/>.</para>
/// <para>The section identifiers are stable (<see cref="WeeklyReportSectionIds"/>), so a caller can change the report before rendering.
/// The same input and clock always give the same report. Thread-safe: a builder holds only its options.</para>
/// </remarks>
/// <example><code>
/// var builder = new WeeklySituationReportBuilder(new WeeklyReportOptions { Language = ReportLanguage.French, Clock = clock });
/// SituationReport report = builder.Build(incidents, IsoWeek.Parse("2024-W44"));
/// File.WriteAllText("sitrep-2024-W44.md", report.ToMarkdown());
/// </code></example>
public sealed class WeeklySituationReportBuilder
{
    /// <summary>Creates a builder.</summary>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    public WeeklySituationReportBuilder(WeeklyReportOptions? options = null)
    {
        Options = options ?? new WeeklyReportOptions();
    }

    /// <summary>Gets the options.</summary>
    public WeeklyReportOptions Options { get; }

    /// <summary>Builds the report for one ISO week.</summary>
    /// <param name="incidents">The incidents; those outside the covered countries or the weeks of the report are ignored.</param>
    /// <param name="week">The reported week.</param>
    /// <param name="displacement">Displacement figures, or <see langword="null"/> when there are none (the displacement section says
    /// so). The report shows, per covered country, the latest internally displaced people stock of each source on or before the
    /// end of the week, with its date, the previous figure and a stale flag (<see cref="WeeklyReportOptions.StaleFigureDays"/>).</param>
    /// <returns>The report, open for editing before rendering.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incidents"/> is <see langword="null"/>.</exception>
    public SituationReport Build(IEnumerable<ConflictIncident> incidents, IsoWeek week, DisplacementSet? displacement = null)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        WeeklyFacts facts = WeeklyFacts.Compute(incidents, week, Options);
        var text = new WeeklyText(Options.Language, Options.Gazetteer);
        var idps = WeeklyDisplacement.From(displacement, Options.Countries, week.Sunday, Options.StaleFigureDays);
        var report = new SituationReport(Metadata(week, text)) { Incidents = facts.AreaIncidents };
        AddKeyFigures(report, facts, text);
        foreach (KeyFigure figure in idps.KeyFigures(text, Options.StaleFigureDays))
        {
            report.KeyFigures.Add(figure);
        }

        foreach (RichText highlight in WeeklyHighlights.Generate(facts, Options, text, idps.Highlight(text, Options.StaleFigureDays)))
        {
            report.Highlights.Add(highlight);
        }

        report.Sections.Add(Map(facts, text));
        report.Sections.Add(SecurityOverview(facts, text));
        report.Sections.Add(Trends(facts, text));
        report.Sections.Add(TopIncidents(facts, text));
        report.Sections.Add(Actors(facts, text));
        report.Sections.Add(new ReportSection(WeeklyReportSectionIds.Displacement, text.Get("S.Displacement"), idps.Blocks(text, week.Sunday, Options.StaleFigureDays)));
        report.Sections.Add(Methodology(facts, text));
        report.Sources.Add(new SourceReference("ACLED", text.Format("Src.Acled", text.Int(facts.IncidentsInData)), "https://acleddata.com", facts.LatestEventDate));
        foreach (SourceReference source in idps.Sources(text))
        {
            report.Sources.Add(source);
        }

        return report;
    }

    /// <summary>Finds the latest complete ISO week of the data: the week of the latest event when that event falls on a Sunday,
    /// otherwise the week before it (a week whose data may still be coming in is not reported as if it were complete).</summary>
    /// <param name="incidents">The incidents.</param>
    /// <returns>The latest full week.</returns>
    /// <exception cref="ArgumentException"><paramref name="incidents"/> is empty.</exception>
    public static IsoWeek LatestFullWeek(IEnumerable<ConflictIncident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        LocalDate? latest = null;
        foreach (ConflictIncident incident in incidents)
        {
            if (latest is not { } l || incident.Date > l)
            {
                latest = incident.Date;
            }
        }

        if (latest is not { } last)
        {
            throw new ArgumentException("There are no incidents, so there is no latest full week to report on.", nameof(incidents));
        }

        IsoWeek week = IsoWeek.FromDate(last);
        return last.DayOfWeek == IsoDayOfWeek.Sunday ? week : week.PlusWeeks(-1);
    }

    private ReportMetadata Metadata(IsoWeek week, WeeklyText text)
    {
        string[] names = Options.Countries.Select(text.CountryName).Order(StringComparer.Ordinal).ToArray();
        bool sahel = Options.Countries.Count == 3 && new[] { "BFA", "MLI", "NER" }.All(c => Options.Countries.Contains(c, StringComparer.Ordinal));
        string titleArea = sahel ? text.Get("CentralSahel") : string.Join(", ", names);
        return new ReportMetadata
        {
            Title = Options.Title ?? text.Format("Title", titleArea),
            Area = string.Join(", ", names),
            ReportNumber = Options.ReportNumber,
            Period = week.ToDateInterval(),
            PeriodLabel = week.ToString(),
            AsOf = week.Sunday,
            Language = Options.Language,
            GeneratedAt = Options.Clock.GetCurrentInstant(),
            Publisher = Options.Publisher,
            Keywords = ["ACLED", week.ToString(), .. names],
        };
    }

    private static void AddKeyFigures(SituationReport report, WeeklyFacts facts, WeeklyText text)
    {
        AreaSeries t = facts.Totals;
        int c = facts.Current;
        report.KeyFigures.Add(new KeyFigure(text.Get("KF.Events"), t.Events[c], t.Events[c - 1]));
        report.KeyFigures.Add(new KeyFigure(text.Get("KF.Fatalities"), t.Fatalities[c], t.Fatalities[c - 1]));
        report.KeyFigures.Add(new KeyFigure(text.Get("KF.CivilianTargeting"), t.CivilianTargeting[c], t.CivilianTargeting[c - 1]));
        report.KeyFigures.Add(new KeyFigure(text.Get("KF.LocalDefence"), t.LocalDefence[c], t.LocalDefence[c - 1]));
    }

    private static ReportSection SecurityOverview(WeeklyFacts facts, WeeklyText text)
    {
        int c = facts.Current;
        var countryRows = facts.ByCountry.Values
            .OrderBy(s => text.CountryName(s.Country), StringComparer.Ordinal)
            .Select(s => (IReadOnlyList<TableCell>)
            [
                text.CountryName(s.Country),
                (long)s.Events[c],
                s.Fatalities[c],
                (long)s.CivilianTargeting[c],
                (long)s.LocalDefence[c],
                TableCell.FromChange(s.Events[c] - s.Events[c - 1]),
            ])
            .ToArray();
        var byCountry = new TableBlock(
            text.Get("T.ByCountry"),
            [
                new TableColumn(text.Get("Col.Country")),
                new TableColumn(text.Get("Col.Events"), ColumnKind.Integer, Sum: true, HxlTag: "#event+num"),
                new TableColumn(text.Get("Col.Fatalities"), ColumnKind.Integer, Sum: true, HxlTag: "#affected+killed"),
                new TableColumn(text.Get("Col.CivilianTargeting"), ColumnKind.Integer, Sum: true),
                new TableColumn(text.Get("Col.LocalDefence"), ColumnKind.Integer, Sum: true),
                new TableColumn(text.Get("Col.EventsChange"), ColumnKind.Change, Sum: true),
            ],
            countryRows,
            totalsLabel: ReportStrings.Get("Total", text.Language));

        var admin1Rows = facts.ByAdmin1.Values
            .Where(s => s.Events[c] > 0 || s.Events[c - 1] > 0)
            .OrderByDescending(s => s.Events[c]).ThenByDescending(s => s.Fatalities[c])
            .ThenBy(s => text.CountryName(s.Country), StringComparer.Ordinal).ThenBy(s => text.Admin1Name(s), StringComparer.Ordinal)
            .Select(s => (IReadOnlyList<TableCell>)
            [
                text.CountryName(s.Country),
                text.Admin1Name(s),
                (long)s.Events[c],
                s.Fatalities[c],
                TableCell.FromChange(s.Events[c] - s.Events[c - 1]),
                TableCell.FromDecimal((double)s.EventsBefore() / facts.History),
            ])
            .ToArray();
        var byAdmin1 = new TableBlock(
            text.Get("T.ByAdmin1"),
            [
                new TableColumn(text.Get("Col.Country")),
                new TableColumn(text.Get("Col.Admin1"), HxlTag: "#adm1+name"),
                new TableColumn(text.Get("Col.Events"), ColumnKind.Integer, Sum: true, HxlTag: "#event+num"),
                new TableColumn(text.Get("Col.Fatalities"), ColumnKind.Integer, Sum: true, HxlTag: "#affected+killed"),
                new TableColumn(text.Get("Col.EventsChange"), ColumnKind.Change, Sum: true),
                new TableColumn(text.Get("Col.WeeklyMean"), ColumnKind.Decimal, Decimals: 1),
            ],
            admin1Rows,
            totalsLabel: ReportStrings.Get("Total", text.Language),
            note: text.Format("T.ByAdmin1.Note", text.Int(facts.History)));
        ChartBlock? admin1Chart = Admin1Chart(facts, text);
        return new ReportSection(WeeklyReportSectionIds.SecurityOverview, text.Get("S.Security"), admin1Chart is null ? [byCountry, byAdmin1] : [byCountry, byAdmin1, admin1Chart]);
    }

    private static ReportSection Trends(WeeklyFacts facts, WeeklyText text)
    {
        string[] categories = facts.Weeks.Select(w => w.ToString()).ToArray();
        string note = text.Format("C.Note", categories[0], categories[^1]);
        double[] events = facts.Totals.Events.Select(v => (double)v).ToArray();
        List<ChartSeries> totalsSeries =
        [
            new ChartSeries(text.Get("KF.Events"), events),
            new ChartSeries(text.Get("KF.Fatalities"), facts.Totals.Fatalities.Select(v => (double)v).ToArray(), SecondaryAxis: true),
        ];
        string totalsNote = note;
        if (events.Length >= 3)
        {
            // The least-squares line of the weekly events over the weeks shown, with its slope and p-value in the note so the
            // reader sees how sure it is; the trend label of the report comes from the Mann–Kendall sentence, not from this line.
            LinearTrend fit = TrendStatistics.FitLinear(events);
            totalsSeries.Insert(1, new ChartSeries(
                text.Get("C.EventsTrend"),
                events.Select((_, i) => fit.Intercept + (fit.SlopePerPeriod * i)).ToArray(),
                IsTrendLine: true));
            totalsNote = note + " " + text.Format("C.TrendNote", text.SignedDecimal(fit.SlopePerPeriod, 2), text.Probability(fit.PValue), text.Int(events.Length));
        }

        var totals = new ChartBlock(
            text.Get("C.EventsFatalities"),
            ChartKind.Line,
            categories,
            totalsSeries,
            text.Get("C.IsoWeek"),
            text.Get("Col.Events"),
            text.Get("Col.Fatalities"),
            totalsNote);
        var byType = new ChartBlock(
            text.Get("C.EventsByEventType"),
            ChartKind.StackedBar,
            categories,
            facts.EventsByType.Select(p => new ChartSeries(text.EventTypeName(p.Key), p.Value.Select(v => (double)v).ToArray())).ToArray(),
            text.Get("C.IsoWeek"),
            text.Get("Col.Events"),
            note: note);
        var byCountry = new ChartBlock(
            text.Get("C.EventsByCountry"),
            ChartKind.StackedBar,
            categories,
            facts.ByCountry.Values.OrderBy(s => text.CountryName(s.Country), StringComparer.Ordinal)
                .Select(s => new ChartSeries(text.CountryName(s.Country), s.Events.Select(v => (double)v).ToArray())).ToArray(),
            text.Get("C.IsoWeek"),
            text.Get("Col.Events"),
            note: note);
        return new ReportSection(WeeklyReportSectionIds.Trends, text.Format("S.Trends", text.Int(facts.Weeks.Count)), [new ParagraphBlock(WeeklyTrendSentence.Describe(facts, text)), totals, byType, byCountry]);
    }

    /// <summary>The admin 1 areas with the most events this week, as horizontal bars (events and fatalities); the areas left out are counted in the note, and a name two countries share gets its ISO3 code.</summary>
    private static ChartBlock? Admin1Chart(WeeklyFacts facts, WeeklyText text)
    {
        const int Shown = 10;
        int c = facts.Current;
        AreaSeries[] active = facts.ByAdmin1.Values
            .Where(s => s.Events[c] > 0)
            .OrderByDescending(s => s.Events[c]).ThenByDescending(s => s.Fatalities[c])
            .ThenBy(s => text.CountryName(s.Country), StringComparer.Ordinal).ThenBy(s => text.Admin1Name(s), StringComparer.Ordinal)
            .ToArray();
        if (active.Length == 0)
        {
            return null;
        }

        AreaSeries[] top = active.Take(Shown).ToArray();
        AreaSeries[] rest = active.Skip(Shown).ToArray();
        HashSet<string> duplicateNames = top.GroupBy(text.Admin1Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        string? note = rest.Length == 0 ? null : text.Format(
            "C.Admin1Rest", text.Int(rest.Length), text.Int(rest.Sum(s => (long)s.Events[c])), text.Int(rest.Sum(s => s.Fatalities[c])));
        return new ChartBlock(
            text.Format("C.EventsByAdmin1", facts.Week.ToString()),
            ChartKind.HorizontalBar,
            top.Select(s => duplicateNames.Contains(text.Admin1Name(s)) ? text.Admin1Name(s) + " (" + s.Country + ")" : text.Admin1Name(s)).ToArray(),
            [
                new ChartSeries(text.Get("KF.Events"), top.Select(s => (double)s.Events[c]).ToArray()),
                new ChartSeries(text.Get("KF.Fatalities"), top.Select(s => (double)s.Fatalities[c]).ToArray()),
            ],
            text.Get("Col.Admin1"),
            text.Get("C.Count"),
            note: note);
    }

    private ReportSection Map(WeeklyFacts facts, WeeklyText text)
    {
        int c = facts.Current;
        MapPoint[] points = facts.WeekIncidents
            .Where(i => i.Location.GeoPrecision != GeoPrecision.Region)
            .OrderBy(i => i.Date).ThenBy(i => i.Id, StringComparer.Ordinal)
            .Select(i => new MapPoint(i.Location.Latitude, i.Location.Longitude, i.Fatalities, text.EventTypeName(i.EventType), i.Location.Name))
            .ToArray();
        MapAreaValue[] areas = facts.ByAdmin1.Values
            .Where(s => s.Admin1Code is not null && s.Events[c] > 0)
            .Select(s => new MapAreaValue(s.Admin1Code!.Value, text.Admin1Name(s), s.Events[c]))
            .ToArray();
        string? note = facts.ImpreciseLocation > 0 ? ImpreciseNote(facts.ImpreciseLocation, text) : null;
        var map = new MapBlock(text.Get("Map.Title"), Options.Countries.Order(StringComparer.Ordinal).ToArray(), points, areas, text.Get("Map.ValueLabel"), note)
        {
            CategoryLabel = text.Get("Col.EventType"),
            WeightLabel = text.Get("Map.WeightLabel"),
            SourceLine = "ACLED",
        };
        return new ReportSection(WeeklyReportSectionIds.Map, text.Get("S.Map"), [map]);
    }

    private static string ImpreciseNote(int n, WeeklyText text) =>
        text.Format(n == 1 ? "Map.Imprecise.One" : "Map.Imprecise.Other", text.Int(n));

    private ReportSection TopIncidents(WeeklyFacts facts, WeeklyText text)
    {
        var rows = facts.WeekIncidents
            .OrderByDescending(i => i.Fatalities).ThenBy(i => i.Date).ThenBy(i => i.Id, StringComparer.Ordinal)
            .Take(Options.TopIncidents)
            .Select(i => (IReadOnlyList<TableCell>)
            [
                TableCell.FromDate(i.Date),
                text.CountryName(i.Location.CountryAlpha3),
                text.AreaName(i.Location.Admin1Code, i.Location.Admin1),
                i.Location.Name ?? text.OptionalAreaName(i.Location.Admin2Code, i.Location.Admin2),
                text.EventTypeName(i.EventType),
                Actors(i, text),
                (long)i.Fatalities,
            ])
            .ToArray();
        var table = new TableBlock(
            null,
            [
                new TableColumn(text.Get("Col.Date"), ColumnKind.Date, HxlTag: "#date+occurred"),
                new TableColumn(text.Get("Col.Country"), HxlTag: "#country+name"),
                new TableColumn(text.Get("Col.Admin1"), HxlTag: "#adm1+name"),
                new TableColumn(text.Get("Col.Location"), HxlTag: "#loc+name"),
                new TableColumn(text.Get("Col.EventType"), HxlTag: "#event+type"),
                new TableColumn(text.Get("Col.Actors")),
                new TableColumn(text.Get("Col.Fatalities"), ColumnKind.Integer, HxlTag: "#affected+killed"),
            ],
            rows,
            note: text.Get("T.TopIncidents.Note"));
        return new ReportSection(WeeklyReportSectionIds.TopIncidents, text.Get("S.TopIncidents"), [table]);
    }

    private static string Actors(ConflictIncident incident, WeeklyText text)
    {
        string a1 = ActorNormalizer.Default.Normalize(incident.Actor1.Name);
        return incident.Actor2 is { } a2 ? text.Format("Versus", a1, ActorNormalizer.Default.Normalize(a2.Name)) : a1;
    }

    private ReportSection Actors(WeeklyFacts facts, WeeklyText text)
    {
        var actors = new Dictionary<string, (ActorType? Type, long Events, long Fatalities)>(StringComparer.Ordinal);
        var types = new SortedDictionary<EventType, (long Events, long Fatalities)>();
        foreach (ConflictIncident i in facts.WeekIncidents)
        {
            types[i.EventType] = types.TryGetValue(i.EventType, out var t) ? (t.Events + 1, t.Fatalities + i.Fatalities) : (1, i.Fatalities);
            var involved = new List<Actor> { i.Actor1 };
            if (i.Actor2 is { } a2)
            {
                involved.Add(a2);
            }

            foreach (Actor actor in involved.DistinctBy(a => ActorNormalizer.Default.Normalize(a.Name), StringComparer.Ordinal))
            {
                string name = ActorNormalizer.Default.Normalize(actor.Name);
                actors[name] = actors.TryGetValue(name, out var a) ? (a.Type ?? actor.Type, a.Events + 1, a.Fatalities + i.Fatalities) : (actor.Type, 1, i.Fatalities);
            }
        }

        var actorTable = new TableBlock(
            text.Get("T.Actors"),
            [
                new TableColumn(text.Get("Col.Actor"), HxlTag: "#group+name"),
                new TableColumn(text.Get("Col.ActorType")),
                new TableColumn(text.Get("Col.Events"), ColumnKind.Integer, HxlTag: "#event+num"),
                new TableColumn(text.Get("Col.Fatalities"), ColumnKind.Integer, HxlTag: "#affected+killed"),
            ],
            actors.OrderByDescending(p => p.Value.Events).ThenByDescending(p => p.Value.Fatalities).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(Options.TopActors)
                .Select(p => (IReadOnlyList<TableCell>)[p.Key, text.ActorTypeName(p.Value.Type), p.Value.Events, p.Value.Fatalities])
                .ToArray(),
            note: text.Get("T.Actors.Note"));
        var typeTable = new TableBlock(
            text.Get("T.EventTypes"),
            [
                new TableColumn(text.Get("Col.EventType"), HxlTag: "#event+type"),
                new TableColumn(text.Get("Col.Events"), ColumnKind.Integer, Sum: true, HxlTag: "#event+num"),
                new TableColumn(text.Get("Col.Fatalities"), ColumnKind.Integer, Sum: true, HxlTag: "#affected+killed"),
            ],
            types.Select(p => (IReadOnlyList<TableCell>)[text.EventTypeName(p.Key), p.Value.Events, p.Value.Fatalities]).ToArray(),
            totalsLabel: ReportStrings.Get("Total", text.Language));
        return new ReportSection(WeeklyReportSectionIds.Actors, text.Get("S.Actors"), [actorTable, typeTable]);
    }

    private ReportSection Methodology(WeeklyFacts facts, WeeklyText text)
    {
        IsoWeek week = facts.Week;
        RichText[] items =
        [
            text.Format("M.Week", week.ToString(), text.Date(week.Monday), text.Date(week.Sunday), text.Int(facts.History)),
            text.Get("M.Fatalities"),
            text.Format("M.Imprecise", text.Int(facts.ImpreciseTime), text.Int(facts.ImpreciseLocation)),
            text.Get("M.LocalDefence"),
            text.Format("M.Trend", text.Int(facts.History), text.Number(WeeklyTrendSentence.Alpha)),
            text.Format("M.Rises", text.Int(facts.History), text.Number(Options.RiseProbability), text.Int(Options.RiseMinimumEvents)),
            text.Format("M.Displacement", text.Int(Options.StaleFigureDays)),
        ];
        return new ReportSection(WeeklyReportSectionIds.Methodology, text.Get("S.Methodology"), [new BulletListBlock(items)]);
    }
}
