using SahelReports.Import;
using SahelReports.Import.Hapi;
using SahelReports.Incidents;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Displacement;

public sealed class ConflictEventAggregateImporterTests
{
    [Fact]
    public void Synthetic_DuplicatesLegacyCodesUnknownTypes()
    {
        ImportResult<IReadOnlyList<ConflictEventAggregate>> result =
            ConflictEventAggregateImporter.ImportFile(TestPaths.Fixture("displacement", "hapi-conflict-events.csv"));

        FileImportSummary file = Assert.Single(result.Report.Files);
        Assert.Equal(ConflictEventAggregateImporter.HapiFormat, file.Format);
        // 7 rows: 4 accepted (3 Bandiagara categories + Téra), 1 exact repeat merged, 1 conflicting repeat and 1 'riots' rejected.
        Assert.Equal((7L, 4L, 2L, 1L), (file.RowsRead, file.Accepted, file.Rejected, file.Merged));
        Assert.Null(result.Data.Single(a => a.Category == ConflictEventCategory.Demonstration).Fatalities);
        Assert.Equal("NE006012", result.Data.Single(a => a.CountryAlpha3 == "NER").Area!.Value.Value);
        Assert.Contains(result.Report.Issues, i => i.Code == ImportIssueCodes.LegacyPCode);
        Assert.Equal(14, result.Data.First(a => a.Category == ConflictEventCategory.PoliticalViolence).Fatalities);
    }

    [Fact]
    public void RealData_HapiAndHxlFilesAgreeOnJanuary2025()
    {
        ImportResult<IReadOnlyList<ConflictEventAggregate>> hapi =
            ConflictEventAggregateImporter.ImportFile(TestPaths.SharedDataOrSkip("hapi", "sahel_hdx_hapi_conflict_event_2025-01.csv"));
        ImportResult<IReadOnlyList<ConflictEventAggregate>> hxl =
            ConflictEventAggregateImporter.ImportFile(TestPaths.SharedDataOrSkip("hapi", "sahel_conflict_events_and_fatalities_hxl.csv"));

        Assert.Equal((495L, 495L, 0L), (hapi.Report.RowsRead, hapi.Report.Accepted, hapi.Report.Rejected));
        Assert.Equal((990L, 990L, 0L), (hxl.Report.RowsRead, hxl.Report.Accepted, hxl.Report.Rejected));
        Assert.Equal(ConflictEventAggregateImporter.HxlFormat, hxl.Report.Files[0].Format);

        // Hand count (script over the CSV): political violence, January 2025.
        (int Events, int Fatalities) Sum(IReadOnlyList<ConflictEventAggregate> data, string iso3) =>
            (data.Where(a => a.CountryAlpha3 == iso3 && a.Category == ConflictEventCategory.PoliticalViolence && a.Period.Start.Year == 2025).Sum(a => a.Events),
             data.Where(a => a.CountryAlpha3 == iso3 && a.Category == ConflictEventCategory.PoliticalViolence && a.Period.Start.Year == 2025).Sum(a => a.Fatalities ?? 0));
        Assert.Equal((23, 83), Sum(hapi.Data, "MLI"));
        Assert.Equal((30, 142), Sum(hapi.Data, "BFA"));
        Assert.Equal((3, 6), Sum(hapi.Data, "NER"));
        foreach (string iso3 in new[] { "MLI", "BFA", "NER" })
        {
            Assert.Equal(Sum(hapi.Data, iso3), Sum(hxl.Data, iso3));
        }

        Assert.Contains(hxl.Report.Issues, i => i.Code == ImportIssueCodes.LegacyPCode);   // NER005012 in the HXL file
        var hapiKeys = hapi.Data.Select(a => (a.Area, a.Category, a.Events, a.Fatalities)).ToHashSet();
        Assert.All(hxl.Data.Where(a => a.Period.Start.Year == 2025), a => Assert.Contains((a.Area, a.Category, a.Events, a.Fatalities), hapiKeys));
    }
}
