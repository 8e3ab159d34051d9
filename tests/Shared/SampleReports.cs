using NodaTime;
using SahelReports.Geography;
using SahelReports.Reporting;

namespace SahelReports.Tests.Shared;

/// <summary>
/// Hand-built situation reports for renderer tests, telling the seed story of DESIGN.md §1 (synthetic figures).
/// Linked into the renderer test projects; extend in a separate partial file rather than editing this one.
/// </summary>
internal static partial class SampleReports
{
    public static readonly Instant GeneratedAt = Instant.FromUtc(2024, 11, 4, 8, 0);

    public static SituationReport Weekly(ReportLanguage language)
    {
        bool fr = language == ReportLanguage.French;
        var report = new SituationReport(new ReportMetadata
        {
            Title = fr ? "Sahel central : point hebdomadaire sécurité et déplacements" : "Central Sahel: weekly security and displacement update",
            Area = "Burkina Faso, Mali, Niger",
            ReportNumber = "2024/44",
            Period = new DateInterval(new LocalDate(2024, 10, 28), new LocalDate(2024, 11, 3)),
            PeriodLabel = "2024-W44",
            AsOf = new LocalDate(2024, 11, 3),
            Language = language,
            GeneratedAt = GeneratedAt,
            Publisher = new Publisher("Sahel Analysis Cell (synthetic)", "sitrep@example.org"),
            Keywords = ["Sahel", "ACLED", "displacement"],
        });

        report.KeyFigures.Add(new KeyFigure(fr ? "Événements" : "Events", 4, 6));
        report.KeyFigures.Add(new KeyFigure(fr ? "Décès rapportés" : "Reported fatalities", 23, 15));
        report.KeyFigures.Add(new KeyFigure(fr ? "Événements visant des civils" : "Civilian-targeting events", 1, 2));
        report.KeyFigures.Add(new KeyFigure(fr ? "Attaques contre les forces de défense locales" : "Attacks on local defence forces", 2, 0));
        report.KeyFigures.Add(new KeyFigure(fr ? "Personnes déplacées internes" : "Internally displaced people", 2_062_534, Source: "CONASUR", Date: new LocalDate(2023, 3, 31), Note: fr ? "chiffre de plus de 12 mois" : "figure older than 12 months"));

        report.Highlights.Add(new RichText([new TextRun(fr ? "14 personnes" : "14 people", TextStyle.Strong), new TextRun(fr ? " ont été tuées à Bandiagara (Mali) lors d'affrontements entre le JNIM et Dan Na Ambassagou ; le village de Tougoumé a été incendié." : " were killed in Bandiagara (Mali) in a clash between JNIM and Dan Na Ambassagou; the village of Tougoumé was burned.")]));
        report.Highlights.Add(new RichText(fr ? "8 VDP ont été tués à Kari (Burkina Faso) le 3 novembre." : "8 VDP volunteers were killed at Kari (Burkina Faso) on 3 November."));
        report.Highlights.Add(new RichText(fr ? "Des attaques ont eu lieu dans les trois pays la même semaine." : "Attacks took place in all three countries in the same week."));

        var byRegion = new TableBlock(
            fr ? "Événements et décès par région" : "Events and fatalities by region",
            [new TableColumn(fr ? "Pays" : "Country"), new TableColumn(fr ? "Région" : "Region"), new TableColumn(fr ? "Événements" : "Events", ColumnKind.Integer, Sum: true, HxlTag: "#event+num"), new TableColumn(fr ? "Décès" : "Fatalities", ColumnKind.Integer, Sum: true, HxlTag: "#affected+killed"), new TableColumn(fr ? "Part" : "Share", ColumnKind.Percent, 1)],
            [
                ["Mali", "Mopti", 2L, 14L, TableCell.FromPercent(0.5)],
                ["Burkina Faso", "Boucle du Mouhoun", 1L, 8L, TableCell.FromPercent(0.25)],
                ["Niger", "Tillabéri", 1L, 1L, TableCell.FromPercent(0.25)],
            ],
            totalsLabel: fr ? "Total" : "Total",
            note: fr ? "0 décès signifie « aucun décès rapporté »." : "0 fatalities means none were reported.");

        string[] weeks = Enumerable.Range(33, 12).Select(w => $"2024-W{w:D2}").ToArray();
        double[] events = [5, 7, 4, 6, 8, 5, 9, 6, 7, 5, 6, 4];
        double[] deaths = [12, 20, 9, 15, 31, 10, 25, 14, 18, 11, 15, 23];
        var trend = new ChartBlock(
            fr ? "Événements et décès par semaine" : "Weekly events and fatalities",
            ChartKind.Line, weeks,
            [new ChartSeries(fr ? "Événements" : "Events", events), new ChartSeries(fr ? "Décès" : "Fatalities", deaths, SecondaryAxis: true)],
            fr ? "Semaine ISO" : "ISO week", fr ? "Événements" : "Events", fr ? "Décès" : "Fatalities", "ACLED (synthetic)");

        report.Sections.Add(new ReportSection("security-overview", fr ? "Aperçu de la sécurité" : "Security overview",
        [
            new ParagraphBlock(fr ? "Le JNIM a mené des attaques coordonnées dans les trois pays." : "JNIM carried out coordinated attacks across the three countries."),
            byRegion,
            trend,
            new MapBlock(fr ? "Événements de la semaine" : "Events this week", ["MLI", "BFA", "NER"],
                [new MapPoint(14.35, -3.61, 14, "Battles", "Bandiagara"), new MapPoint(15.16, -2.60, 0, "Explosions/Remote violence", "Boni"), new MapPoint(12.97, -3.40, 8, "Battles", "Kari"), new MapPoint(14.21, 1.45, 1, "Battles", "Tillabéri")],
                [new MapAreaValue(new PCode("ML05"), "Mopti", 2), new MapAreaValue(new PCode("NE006"), "Tillabéri", 1)], fr ? "Événements" : "Events"),
        ]));
        report.Sections.Add(new ReportSection("methodology", fr ? "Méthodologie et mises en garde" : "Methodology and caveats",
        [
            new CalloutBlock(fr ? "À lire" : "Read this", [new RichText(fr ? "Les chiffres de déplacement ne sont jamais additionnés entre sources." : "Displacement figures are never summed across sources.")], CalloutTone.Caution),
            new FootnoteBlock(fr ? "Données synthétiques à des fins de test." : "Synthetic data for testing."),
        ]));
        report.Sources.Add(new SourceReference("ACLED", fr ? "événements (données synthétiques)" : "conflict events (synthetic data)", "https://acleddata.com", new LocalDate(2024, 11, 3)));
        report.Sources.Add(new SourceReference("CONASUR", fr ? "personnes déplacées internes" : "internally displaced people", null, new LocalDate(2023, 3, 31)));
        return report;
    }
}
