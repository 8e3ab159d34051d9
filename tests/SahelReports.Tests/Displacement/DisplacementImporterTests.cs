using NodaTime;
using SahelReports.Displacement;
using SahelReports.Geography;
using SahelReports.Import;
using SahelReports.Import.Displacement;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Displacement;

public sealed class DisplacementImporterTests
{
    private static ImportResult<DisplacementSet> Import(string fixture) =>
        DisplacementImporter.ImportFile(TestPaths.Fixture("displacement", fixture));

    private static void AssertAccounting(ImportReport report, string format, long read, long accepted, long rejected, long merged)
    {
        FileImportSummary file = Assert.Single(report.Files);
        Assert.Equal(format, file.Format);
        Assert.Equal((read, accepted, rejected, merged), (file.RowsRead, file.Accepted, file.Rejected, file.Merged));
        Assert.True(report.IsBalanced);
    }

    private static readonly DisplacementArea s_mopti = new("MLI", 1, new PCode("ML05"));

    [Fact]
    public void DtmApiJson_ReasonsSummedWithinRound_BaSaKeptApart()
    {
        ImportResult<DisplacementSet> result = Import("dtm-api-mali.json");

        // 7 elements: 4 start figures, 2 are more parts (reason / origin), 1 has males+females > total.
        AssertAccounting(result.Report, DisplacementFormats.DtmApiJson, 7, 4, 1, 2);
        Assert.Equal(4, result.Data.Count);
        var source = new DisplacementSource(DisplacementSourceKind.Dtm, "Mali Crisis");
        var baKey = new DisplacementSeriesKey(s_mopti, PopulationGroup.Idp, source, AssessmentType.Baseline);
        IReadOnlyList<DisplacementFigure> ba = result.Data.GetSeries(baKey);
        Assert.Equal([1000L + 200, 900L + 300], ba.Select(f => f.Individuals));       // rounds 3 and 4, never 2400
        Assert.Equal([3, 4], ba.Select(f => f.Round!.Value));
        Assert.Equal(2, ba[0].Parts.Count);
        Assert.Equal(500, ba[1].Breakdown!.Males);
        Assert.Equal(650, ba[1].Breakdown!.Females);
        DisplacementFigure sa = Assert.Single(result.Data.GetSeries(baKey with { AssessmentType = AssessmentType.SiteAssessment }));
        Assert.Equal(1200, sa.Individuals);                                            // BA 1200 + SA 1200 is never 2400
        Assert.Contains(result.Report.Issues, i => i.Code == ImportIssueCodes.BreakdownExceedsTotal && i.Line == 6);
    }

    [Fact]
    public void DtmApiJson_OriginNotAvailable_IsUnknownNotAPlace()
    {
        DisplacementSet set = Import("dtm-api-mali.json").Data;
        DisplacementFigure r3 = set.First(f => f.Round == 3 && f.AssessmentType == AssessmentType.Baseline);
        Assert.Null(r3.Origin);
        Assert.All(r3.Parts, p => Assert.Null(p.Origin));
        DisplacementFigure segou = set.Single(f => f.Area.Key == "ML04");
        Assert.Equal(new DisplacementArea("MLI", 1, new PCode("ML05")), segou.Origin);
        DisplacementFigure mopti4 = set.Single(f => f.Area.Key == "ML05" && f.Round == 4);
        Assert.Null(mopti4.Origin);                                                  // mixed: ML06 and unknown
        Assert.Equal(["ML06", null], mopti4.Parts.Select(p => p.Origin?.Key));
    }

    [Fact]
    public void DtmApiJson_NationalStockFromAdmin1_LatestRoundOnly()
    {
        DisplacementSet set = Import("dtm-api-mali.json").Data;
        var source = new DisplacementSource(DisplacementSourceKind.Dtm, "Mali Crisis");
        DisplacementStock stock = set.GetStock(DisplacementArea.ForCountry("MLI"), PopulationGroup.Idp, source, AssessmentType.Baseline, new LocalDate(2024, 8, 1))!;
        Assert.Equal(1200 + 450, stock.Individuals);
        Assert.Equal(2, stock.SummedAreas);
        Assert.Equal(1200, stock.PreviousIndividuals);
        Assert.Equal(1, stock.PreviousSummedAreas);
    }

    [Fact]
    public void DtmHdxCsv_DuplicateCountedOnceDecimalCommaRejectedLegacyCodeNormalised()
    {
        ImportResult<DisplacementSet> result = Import("dtm-hdx-niger.csv");

        AssertAccounting(result.Report, DisplacementFormats.DtmHdxCsv, 7, 4, 1, 2);
        DisplacementSet set = result.Data;
        DisplacementFigure r7 = set.Single(f => f.Round == 7);
        Assert.Equal(5000 + 250, r7.Individuals);
        Assert.Contains(result.Report.Issues, i => i.Code == ImportIssueCodes.DuplicateFigure && i.Severity == IssueSeverity.Warning && i.Line == 5);
        Assert.Contains(result.Report.Issues, i => i.Code == ImportIssueCodes.FieldCount && i.Line == 8);
        Assert.DoesNotContain(set, f => f.Individuals == 144454 || f.Individuals == 14);
        Assert.Contains(result.Report.Issues, i => i.Code == ImportIssueCodes.LegacyPCode && i.Line == 9);
        Assert.Contains(set, f => f.Area.Key == "NE006012" && f.Area.Level == 2 && f.Individuals == 1200);
    }

    [Fact]
    public void HapiIdps_BaAndSaSameValue_NationalNotDoubled()
    {
        ImportResult<DisplacementSet> result = Import("hapi-idps.csv");
        AssertAccounting(result.Report, DisplacementFormats.HapiIdps, 4, 3, 1, 0);
        DisplacementArea bfa = DisplacementArea.ForCountry("BFA");
        DisplacementStock stock = result.Data.GetLatestStock(bfa, PopulationGroup.Idp, new LocalDate(2024, 12, 31))!;
        Assert.Equal(1_500_000, stock.Individuals);
        Assert.Equal(AssessmentType.Baseline, stock.AssessmentType);
        Assert.Equal(0, stock.SummedAreas);
        Assert.Equal(2, result.Data.GetStocks(bfa, PopulationGroup.Idp, new LocalDate(2024, 12, 31)).Count);
    }

    [Fact]
    public void UnhcrPopulation_UnhcrCodesOriginsSummedStaleFlag()
    {
        ImportResult<DisplacementSet> result = Import("unhcr-population.csv");
        AssertAccounting(result.Report, DisplacementFormats.UnhcrPopulation, 8, 5, 1, 2);
        DisplacementSet set = result.Data;
        var asOf = new LocalDate(2025, 7, 1);
        DisplacementStock bfaRef = set.GetLatestStock(DisplacementArea.ForCountry("BFA"), PopulationGroup.Refugee, asOf)!;
        Assert.Equal(30000 + 2000, bfaRef.Individuals);
        Assert.Equal(new LocalDate(2024, 12, 31), bfaRef.Date);
        Assert.Equal(90000 + 70, set.GetLatestStock(DisplacementArea.ForCountry("NER"), PopulationGroup.Refugee, asOf)!.Individuals);
        DisplacementStock bfaIdp = set.GetLatestStock(DisplacementArea.ForCountry("BFA"), PopulationGroup.Idp, asOf, Period.FromMonths(6))!;
        Assert.Equal(1_900_000, bfaIdp.Individuals);
        Assert.True(bfaIdp.IsStale);
        Assert.True(bfaIdp.IsUnchanged);
        Assert.Equal(DisplacementSourceKind.Unhcr, bfaIdp.Source.Kind);
        Assert.Equal(1000, set.GetLatestStock(DisplacementArea.ForCountry("NER"), PopulationGroup.ReturnedIdp, asOf)!.Individuals);
        Assert.Contains(result.Report.Issues, i => i.Code == ImportIssueCodes.UnknownCountry && i.Line == 9);
    }

    [Fact]
    public void Conasur_FrenchHeadersNamesMatchedUnknownRejected()
    {
        ImportResult<DisplacementSet> result = Import("conasur-fr.csv");
        AssertAccounting(result.Report, DisplacementFormats.Conasur, 5, 3, 2, 0);
        DisplacementSet set = result.Data;
        Assert.All(set, f => Assert.Equal(DisplacementSourceKind.Conasur, f.Source.Kind));
        DisplacementFigure soum = set.Single(f => f.Area.Key == "BF5603");
        Assert.Equal(20000, soum.Households);
        DisplacementStock sahel = set.GetLatestStock(new DisplacementArea("BFA", 1, new PCode("BF56")), PopulationGroup.Idp, new LocalDate(2023, 4, 1))!;
        Assert.Equal(120000 + 80000, sahel.Individuals);
        Assert.Equal(2, sahel.SummedAreas);
        Assert.Contains(result.Report.Issues, i => i.Code == ImportIssueCodes.UnknownPlace && i.Line == 5);
        Assert.Contains(result.Report.Issues, i => i.Code == ImportIssueCodes.BreakdownExceedsTotal && i.Line == 6);
    }

    [Fact]
    public void GenericHxl_TaggedTable_StrictNumbersAndDates()
    {
        ImportResult<DisplacementSet> result = Import("hxl-generic.csv");
        AssertAccounting(result.Report, DisplacementFormats.Hxl, 4, 1, 3, 0);
        DisplacementFigure f = Assert.Single(result.Data);
        Assert.Equal(100000, f.Individuals);
        Assert.Equal(18000, f.Households);
        Assert.Equal("BF46", f.Area.Key);
        Assert.Equal(DisplacementSourceKind.Conasur, f.Source.Kind);
        Assert.Equal(
            [ImportIssueCodes.InvalidNumber, ImportIssueCodes.BreakdownExceedsTotal, ImportIssueCodes.InvalidDate],
            result.Report.Issues.Where(i => i.Severity == IssueSeverity.Error).OrderBy(i => i.Line).Select(i => i.Code));
    }

    [Fact]
    public void HapiRefugees_SexRowsMergedOriginsSummed()
    {
        ImportResult<DisplacementSet> result = Import("hapi-refugees.csv");
        AssertAccounting(result.Report, DisplacementFormats.HapiRefugees, 6, 2, 1, 3);
        DisplacementSet set = result.Data;
        Assert.Equal(90000 + 180000, set.GetLatestStock(DisplacementArea.ForCountry("NER"), PopulationGroup.Refugee, new LocalDate(2025, 1, 1))!.Individuals);
        Assert.Equal(500, set.GetLatestStock(DisplacementArea.ForCountry("NER"), PopulationGroup.AsylumSeeker, new LocalDate(2025, 1, 1))!.Individuals);
    }

    [Fact]
    public void ImportFiles_MissingAndUnknownFiles_FatalNotThrown()
    {
        string unknown = TestPaths.Fixture("displacement", "README.md");
        ImportResult<DisplacementSet> result = DisplacementImporter.ImportFiles([TestPaths.Fixture("displacement", "nope.csv"), unknown]);
        Assert.Equal(2, result.Report.Files.Count);
        Assert.All(result.Report.Files, f => Assert.True(f.IsUnreadable));
        Assert.Equal(ImportIssueCodes.FileNotFound, result.Report.Files[0].FatalError!.Code);
        Assert.True(result.HasErrors);
        Assert.Empty(result.Data);
    }

    [Fact]
    public void ImportFiles_SameFileTwice_FiguresCountedOnce()
    {
        string path = TestPaths.Fixture("displacement", "hapi-idps.csv");
        ImportResult<DisplacementSet> once = DisplacementImporter.ImportFile(path);
        ImportResult<DisplacementSet> twice = DisplacementImporter.ImportFiles([path, path]);
        Assert.Equal(once.Data.Count, twice.Data.Count);
        Assert.Equal(3, twice.Report.Files[1].Merged);
        Assert.True(twice.Report.IsBalanced);
    }
}
