using NodaTime;
using SahelReports.Geography;
using SahelReports.Reporting;

namespace SahelReports.Tests.Reporting;

public sealed class SituationReportMarkdownTests
{
    private static SituationReport Sample(ReportLanguage language)
    {
        var report = new SituationReport(new ReportMetadata
        {
            Title = "Central Sahel weekly update",
            Area = "Burkina Faso, Mali, Niger",
            ReportNumber = "44",
            Period = new DateInterval(new LocalDate(2024, 10, 28), new LocalDate(2024, 11, 3)),
            PeriodLabel = "2024-W44",
            AsOf = new LocalDate(2024, 11, 3),
            Language = language,
            GeneratedAt = Instant.FromUtc(2024, 11, 4, 8, 0),
        });
        report.KeyFigures.Add(new KeyFigure("Fatalities reported", 23, 15));
        report.KeyFigures.Add(new KeyFigure("Internally displaced people", 2_062_534, Source: "CONASUR", Date: new LocalDate(2023, 3, 31)));
        report.Highlights.Add(new RichText([new TextRun("14 people", TextStyle.Strong), new TextRun(" were killed in Bandiagara | Mopti.")]));
        var table = new TableBlock("Events by region", [new TableColumn("Region"), new TableColumn("Events", ColumnKind.Integer, Sum: true), new TableColumn("Fatalities", ColumnKind.Integer, Sum: true)],
            [["Mopti", 2L, 14L], ["Boucle du Mouhoun", 1L, 8L], ["Tillabéri", 1L, 1L]], totalsLabel: "Total");
        report.Sections.Add(new ReportSection("security", "Security overview", [table, new MapBlock("Events", ["MLI"], [], [new MapAreaValue(new PCode("ML05"), "Mopti", 2)], "Events")]));
        report.Sources.Add(new SourceReference("ACLED", "Synthetic data", "https://acleddata.com"));
        return report;
    }

    [Fact]
    public void ToMarkdown_TableTotals_AreSumOfRows()
    {
        string md = Sample(ReportLanguage.English).ToMarkdown();
        Assert.Contains("| **Total** | **4** | **23** |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_EscapesPipesInText() =>
        Assert.Contains("Bandiagara \\| Mopti", Sample(ReportLanguage.English).ToMarkdown(), StringComparison.Ordinal);

    [Fact]
    public void ToMarkdown_French_UsesFrenchTypographyAndTexts()
    {
        string md = Sample(ReportLanguage.French).ToMarkdown();
        Assert.Contains("## Chiffres clés", md, StringComparison.Ordinal);
        Assert.Contains("2\u202F062\u202F534", md, StringComparison.Ordinal);
        Assert.Contains("28 octobre \u2013 3 novembre 2024", md, StringComparison.Ordinal);
        Assert.Contains("+53\u202F%", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_SameReport_SameText() =>
        Assert.Equal(Sample(ReportLanguage.French).ToMarkdown(), Sample(ReportLanguage.French).ToMarkdown());

    [Fact]
    public void TableBlock_RowOfWrongLength_Throws() =>
        Assert.Throws<ArgumentException>("rows", () => new TableBlock(null, [new TableColumn("A")], [["x", "y"]]));

    [Fact]
    public void ChartBlock_NaN_Throws() =>
        Assert.Throws<ArgumentException>("series", () => new ChartBlock("c", ChartKind.Line, ["a"], [new ChartSeries("s", [double.NaN])]));
}
