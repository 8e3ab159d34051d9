using System.Globalization;
using System.Text;
using CsCheck;
using SahelReports.Displacement;
using SahelReports.Import;
using SahelReports.Import.Displacement;

namespace SahelReports.Tests.Displacement;

public sealed class DisplacementImporterPropertyTests
{
    private static readonly string[] s_areas = ["ML05", "ML04", "ML0502"];
    private static readonly string[] s_reasons = ["Conflict", "Natural disaster", "No reason for displacement reported"];
    private static readonly string[] s_types = ["BA", "SA"];

    private static long Value(int area, int round, int type, int reason) => 1 + (area * 7919) + (round * 104_729) + (type * 31) + (reason * 1_000_003);

    [Fact]
    public void DtmHdxCsv_RandomRowsWithRepeats_BalancedAndSumsMatchHandCount()
    {
        Gen.Select(Gen.Int[0, 2], Gen.Int[1, 3], Gen.Int[0, 1], Gen.Int[0, 2]).Array[1, 40].Sample(rows =>
        {
            var csv = new StringBuilder();
            csv.Append("admin0Pcode,admin1Pcode,admin2Pcode,adminLevel,numPresentIdpInd,reportingDate,roundNumber,displacementReason,assessmentType,operation\n");
            csv.Append("#country+code,#adm1+code,#adm2+code,#adm+level,#affected+idps,#date+reported,#round+code,#cause+type,#assessment+type,#operation+name\n");
            foreach ((int a, int r, int t, int reason) in rows)
            {
                string code = s_areas[a];
                string adm1 = code[..4];
                string adm2 = code.Length > 4 ? code : string.Empty;
                int level = code.Length > 4 ? 2 : 1;
                csv.Append(CultureInfo.InvariantCulture,
                    $"MLI,{adm1},{adm2},{level},{Value(a, r, t, reason)},2024-0{r}-28T00:00:00,{r},{s_reasons[reason]},{s_types[t]},Mali Crisis\n");
            }

            string path = Path.Combine(Path.GetTempPath(), $"sahel-disp-prop-{Environment.ProcessId}-{Guid.NewGuid():N}.csv");
            File.WriteAllText(path, csv.ToString());
            try
            {
                ImportResult<DisplacementSet> result = DisplacementImporter.ImportFile(path);
                FileImportSummary file = Assert.Single(result.Report.Files);
                Assert.Equal(rows.Length, file.RowsRead);
                Assert.Equal(0, file.Rejected);

                // Independent count: distinct (area, round, type) are figures; each sums its distinct reasons once.
                var expected = rows.Distinct()
                    .GroupBy(x => (x.Item1, x.Item2, x.Item3))
                    .ToDictionary(g => (s_areas[g.Key.Item1], g.Key.Item2, s_types[g.Key.Item3]), g => g.Sum(x => Value(x.Item1, x.Item2, x.Item3, x.Item4)));
                Assert.Equal(expected.Count, file.Accepted);
                Assert.Equal(rows.Length - expected.Count, file.Merged);
                Assert.Equal(expected.Count, result.Data.Count);
                foreach (DisplacementFigure f in result.Data)
                {
                    Assert.Equal(expected[(f.Area.Key, f.Round!.Value, f.AssessmentType.Code)], f.Individuals);
                }
            }
            finally
            {
                File.Delete(path);
            }
        }, iter: 200);
    }
}
