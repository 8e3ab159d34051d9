using System.Globalization;
using NodaTime;
using SahelReports.Displacement;
using SahelReports.Geography;
using SahelReports.Import;
using SahelReports.Import.Displacement;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Displacement;

/// <summary>Real public files in ../shared/data (skipped where absent). Expected values were counted by hand from the
/// files with a separate script (Python csv/json), not by this library.</summary>
public sealed class DisplacementImporterRealDataTests
{
    private static readonly LocalDate s_asOf = new(2025, 12, 1);
    private static readonly DisplacementSource s_lakeChad = new(DisplacementSourceKind.Dtm, "Lake Chad Basin Crisis");

    private static void AssertNoRejections(ImportResult<DisplacementSet> result)
    {
        Assert.True(result.Report.IsBalanced);
        Assert.All(result.Report.Files, f => Assert.False(f.IsUnreadable, f.FatalError?.ToString()));
        Assert.Equal(0, result.Report.Rejected);
        Assert.DoesNotContain(result.Report.Issues, i => i.Severity >= IssueSeverity.Error);
    }

    [Fact]
    public void DtmApiJson_ChadAdmin0_LatestPublishedValue()
    {
        ImportResult<DisplacementSet> result = DisplacementImporter.ImportFile(TestPaths.SharedDataOrSkip("dtm", "displacement-admin0-admin0pcode-tcd.json"));

        AssertNoRejections(result);
        Assert.Equal(56, result.Report.RowsRead);
        Assert.Equal(29, result.Data.Count);                     // distinct (assessment, round, date)
        Assert.Equal(56 - 29, result.Report.Merged);               // rows split by reason
        DisplacementStock stock = result.Data.GetStock(DisplacementArea.ForCountry("TCD"), PopulationGroup.Idp, s_lakeChad, AssessmentType.Baseline, s_asOf)!;
        Assert.Equal(225_689, stock.Individuals);
        Assert.Equal(new LocalDate(2025, 1, 31), stock.Date);
        Assert.Equal(24, stock.Round);
        Assert.Equal(220_610, stock.PreviousIndividuals);
        Assert.Equal(23, stock.PreviousRound);
        Assert.Equal(0, stock.SummedAreas);
    }

    [Fact]
    public void DtmApiJson_ChadAdmin2Summed_EqualsPublishedAdmin0()
    {
        ImportResult<DisplacementSet> result = DisplacementImporter.ImportFile(TestPaths.SharedDataOrSkip("dtm", "displacement-admin2-admin0pcode-tcd.json"));

        AssertNoRejections(result);
        DisplacementStock stock = result.Data.GetStock(DisplacementArea.ForCountry("TCD"), PopulationGroup.Idp, s_lakeChad, AssessmentType.Baseline, s_asOf)!;
        Assert.Equal(225_689, stock.Individuals);                // 65054 + 44297 + 116338, the admin0 figure
        Assert.Equal(3, stock.SummedAreas);
        Assert.Equal(new LocalDate(2025, 1, 31), stock.Date);
    }

    [Fact]
    public void DtmApiJson_AllLevelsTogether_NationalUsesPublishedFigure()
    {
        string[] files = ["displacement-admin0-admin0pcode-tcd.json", "displacement-admin1-admin0pcode-tcd.json", "displacement-admin2-admin0pcode-tcd.json"];
        ImportResult<DisplacementSet> result = DisplacementImporter.ImportFiles(files.Select(f => TestPaths.SharedDataOrSkip("dtm", f)));

        AssertNoRejections(result);
        DisplacementStock stock = result.Data.GetLatestStock(DisplacementArea.ForCountry("TCD"), PopulationGroup.Idp, s_asOf)!;
        Assert.Equal(225_689, stock.Individuals);
        Assert.Equal(0, stock.SummedAreas);
        DisplacementStock lac = result.Data.GetLatestStock(new DisplacementArea("TCD", 1, new PCode("TD07")), PopulationGroup.Idp, s_asOf)!;
        Assert.Equal(225_689, lac.Individuals);
    }

    [Fact]
    public void DtmHdxCsv_Global_MatchesHapiIdpsFigureByFigure()
    {
        ImportResult<DisplacementSet> dtm = DisplacementImporter.ImportFile(TestPaths.SharedDataOrSkip("dtm", "global-iom-dtm-from-api-admin-0-to-2.csv"));
        ImportResult<DisplacementSet> hapi = DisplacementImporter.ImportFile(TestPaths.SharedDataOrSkip("dtm", "hdx_hapi_idps_global.csv"));

        AssertNoRejections(dtm);
        AssertNoRejections(hapi);
        Assert.Equal(DisplacementFormats.DtmHdxCsv, dtm.Report.Files[0].Format);
        Assert.Equal(DisplacementFormats.HapiIdps, hapi.Report.Files[0].Format);
        Assert.Equal(13_367, dtm.Report.RowsRead);
        Assert.Equal(6_854, dtm.Data.Count);
        Assert.Equal(6_854, hapi.Report.RowsRead);

        // HAPI aggregated the same DTM rows itself: every one of its figures must equal ours.
        static string Key(DisplacementFigure f) => string.Create(CultureInfo.InvariantCulture,
            $"{f.Area.CountryAlpha3}|{f.Area.Key}|{f.Source.Operation}|{f.AssessmentType}|{f.Round}|{f.ReportingDate:uuuu-MM-dd}");
        Dictionary<string, long> ours = dtm.Data.ToDictionary(Key, f => f.Individuals);
        Assert.Equal(6_854, hapi.Data.Count);
        foreach (DisplacementFigure f in hapi.Data)
        {
            Assert.True(ours.TryGetValue(Key(f), out long n), Key(f));
            Assert.Equal(n, f.Individuals);
        }

        DisplacementStock chad = dtm.Data.GetStock(DisplacementArea.ForCountry("TCD"), PopulationGroup.Idp, s_lakeChad, AssessmentType.Baseline, s_asOf)!;
        Assert.Equal(225_689, chad.Individuals);
    }

    [Fact]
    public void UnhcrPopulation_2024IdpFigures_Published()
    {
        ImportResult<DisplacementSet> result = DisplacementImporter.ImportFile(TestPaths.SharedDataOrSkip("unhcr", "unhcr_population_sahel.csv"));

        AssertNoRejections(result);
        Assert.Equal(3_865, result.Report.RowsRead);
        var end2024 = new LocalDate(2024, 12, 31);
        long Idp(string iso3) => result.Data.GetStock(DisplacementArea.ForCountry(iso3), PopulationGroup.Idp, DisplacementSource.Unhcr, AssessmentType.None, end2024)!.Individuals;
        Assert.Equal(2_062_534, Idp("BFA"));
        Assert.Equal(360_591, Idp("MLI"));
        Assert.Equal(507_438, Idp("NER"));

        // Burkina Faso's figure is unchanged 2023 → 2025: flagged as unchanged, and stale a year later.
        DisplacementStock bfa = result.Data.GetLatestStock(DisplacementArea.ForCountry("BFA"), PopulationGroup.Idp, new LocalDate(2026, 12, 31))!;
        Assert.Equal(new LocalDate(2025, 12, 31), bfa.Date);
        Assert.True(bfa.IsUnchanged);
        Assert.True(bfa.IsStale);
    }

    [Fact]
    public void UnhcrIdmc_2024_Published()
    {
        ImportResult<DisplacementSet> result = DisplacementImporter.ImportFile(TestPaths.SharedDataOrSkip("unhcr", "unhcr_idmc_sahel.csv"));
        AssertNoRejections(result);
        Assert.Equal(DisplacementFormats.UnhcrIdmc, result.Report.Files[0].Format);
        DisplacementStock mli = result.Data.GetLatestStock(DisplacementArea.ForCountry("MLI"), PopulationGroup.Idp, new LocalDate(2024, 12, 31))!;
        Assert.Equal(346_000, mli.Individuals);
        Assert.Equal(DisplacementSourceKind.Idmc, mli.Source.Kind);
    }

    [Theory]
    [InlineData("unhcr", "unhcr_demographics_sahel.csv")]
    [InlineData("unhcr", "unhcr_solutions_sahel.csv")]
    [InlineData("hapi", "sahel_conflict_events_and_fatalities_hxl.csv")]
    [InlineData("hapi", "sahel_hdx_hapi_conflict_event_2025-01.csv")]
    public void NotDisplacementStockFiles_FatalUnknownFormat(string folder, string file)
    {
        ImportResult<DisplacementSet> result = DisplacementImporter.ImportFile(TestPaths.SharedDataOrSkip(folder, file));
        Assert.Equal(ImportIssueCodes.UnknownFormat, Assert.Single(result.Report.Files).FatalError?.Code);
        Assert.Empty(result.Data);
    }
}
