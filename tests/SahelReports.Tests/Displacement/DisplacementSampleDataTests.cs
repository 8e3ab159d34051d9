using NodaTime;
using SahelReports.Displacement;
using SahelReports.Import;
using SahelReports.Import.Displacement;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Displacement;

/// <summary>The bundled synthetic sample data (samples/data) imports cleanly; totals counted by a separate script.</summary>
public sealed class DisplacementSampleDataTests
{
    [Fact]
    public void SampleDtmAndUnhcr_ImportWithoutIssues_NationalSumsOfLatestRound()
    {
        string dtm = Path.Combine(TestPaths.RepoRoot, "samples", "data", "dtm-idps-synthetic.csv");
        string unhcr = Path.Combine(TestPaths.RepoRoot, "samples", "data", "unhcr-idps-synthetic.csv");
        if (!File.Exists(dtm) || !File.Exists(unhcr))
        {
            Assert.Skip("samples/data displacement files not present.");
        }

        ImportResult<DisplacementSet> result = DisplacementImporter.ImportFiles([dtm, unhcr]);

        Assert.Empty(result.Report.Issues);
        Assert.True(result.Report.IsBalanced);
        Assert.Equal([DisplacementFormats.DtmHdxCsv, DisplacementFormats.UnhcrPopulation], result.Report.Files.Select(f => f.Format));
        var asOf = new LocalDate(2024, 12, 31);
        long DtmBa(string iso3) => result.Data.GetStocks(DisplacementArea.ForCountry(iso3), PopulationGroup.Idp, asOf)
            .Single(s => s.Source.Kind == DisplacementSourceKind.Dtm && s.AssessmentType == AssessmentType.Baseline).Individuals;
        Assert.Equal(1_979_987, DtmBa("BFA"));
        Assert.Equal(309_891, DtmBa("MLI"));
        Assert.Equal(418_587, DtmBa("NER"));
    }
}
