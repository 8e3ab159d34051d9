using System.Text;
using NodaTime;
using SahelReports.Displacement;
using SahelReports.Geography;
using SahelReports.Import;
using SahelReports.Import.Displacement;
using static SahelReports.Tests.Hardening.ImportExpect;
using C = SahelReports.Import.ImportIssueCodes;
using Outcome = SahelReports.Tests.Hardening.HostileOutcome;

namespace SahelReports.Tests.Hardening;

/// <summary>Displacement import cases: negative figures, breakdowns over the total, overlapping sources, duplicates, numbers and dates.</summary>
internal static partial class HostileCorpus
{
    private const string HxlHeader = "Pays,Code région,Personnes déplacées,Ménages,Hommes,Femmes,Date,Source\n#country+code,#adm1+code,#affected+idps,#affected+idps+hh,#affected+idps+m,#affected+idps+f,#date+reported,#meta+source\n";

    private static readonly LocalDate s_asOf = new(2023, 6, 30);

    private static HostileCase Displacement(string id, HostileOutcome outcome, string description, string[] texts, ImportExpect expect, Action<DisplacementSet>? then = null) =>
        new(id, HostileCategory.Displacement, outcome, description, () =>
        {
            string dir = Directory.CreateTempSubdirectory("hostile-").FullName;
            try
            {
                string[] paths = texts.Select((t, i) => Path.Combine(dir, $"{id}-{i + 1}.csv")).ToArray();
                for (int i = 0; i < paths.Length; i++)
                {
                    File.WriteAllBytes(paths[i], texts[i].StartsWith("PK", StringComparison.Ordinal) ? Encoding.Latin1.GetBytes(texts[i]) : Encoding.UTF8.GetBytes(texts[i]));
                }

                ImportResult<DisplacementSet> result = DisplacementImporter.ImportFiles(paths);
                CheckReport(result.Report, paths, expect);
                then?.Invoke(result.Data);
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        });

    private static string Hxl(params string[] rows) => HxlHeader + string.Join("\n", rows) + "\n";

    private static IEnumerable<HostileCase> DisplacementCases()
    {
        const string Mouhoun = "BFA,BF46,100000,18000,40000,55000,2023-03-31,CONASUR";
        var bf46 = new DisplacementArea("BFA", 1, new PCode("BF46"));
        yield return Displacement("disp-negative-idps", Outcome.RowRejected, "A negative IDP figure: invalid-number, row rejected.",
            [Hxl(Mouhoun, "BFA,BF47,-500,,,,2023-03-31,CONASUR")], new(1, 1) { Issues = [At(4, C.InvalidNumber)] });
        yield return Displacement("disp-households-over-total", Outcome.RowRejected, "More households than people: breakdown-exceeds-total.",
            [Hxl("BFA,BF47,1000,5000,,,2023-03-31,CONASUR")], new(0, 1) { Issues = [At(3, C.BreakdownExceedsTotal)] });
        yield return Displacement("disp-sex-over-total", Outcome.RowRejected, "Men + women (700 + 600) above the total 1,000: breakdown-exceeds-total.",
            [Hxl("BFA,BF47,1000,200,700,600,2023-03-31,CONASUR")], new(0, 1) { Issues = [At(3, C.BreakdownExceedsTotal)] });
        yield return Displacement("disp-decimal-comma", Outcome.RowRejected, "'14,4454' (quoted): invalid-number, never 144454.",
            [Hxl("BFA,BF47,\"14,4454\",,,,2023-03-31,CONASUR")], new(0, 1) { Issues = [At(3, C.InvalidNumber)] });
        yield return Displacement("disp-thousands-space", Outcome.RowRejected, "'100 000' with a space as thousands separator: invalid-number.",
            [Hxl("BFA,BF47,100 000,,,,2023-03-31,CONASUR")], new(0, 1) { Issues = [At(3, C.InvalidNumber)] });
        yield return Displacement("disp-nan", Outcome.RowRejected, "IDPs 'NaN': invalid-number.",
            [Hxl("BFA,BF47,NaN,,,,2023-03-31,CONASUR")], new(0, 1) { Issues = [At(3, C.InvalidNumber)] });
        yield return Displacement("disp-fractional", Outcome.RowRejected, "IDPs 100.5: invalid-number (people are counted whole).",
            [Hxl("BFA,BF47,100.5,,,,2023-03-31,CONASUR")], new(0, 1) { Issues = [At(3, C.InvalidNumber)] });
        yield return Displacement("disp-day-first-date", Outcome.RowRejected, "Date 31/03/2023: invalid-date (figures need ISO dates).",
            [Hxl("BFA,BF47,1000,,,,31/03/2023,CONASUR")], new(0, 1) { Issues = [At(3, C.InvalidDate)] });
        yield return Displacement("disp-conflicting-duplicate", Outcome.RowRejected, "The same area, source and date twice with different values: the second is an error (duplicate-figure).",
            [Hxl(Mouhoun, "BFA,BF46,120000,18000,40000,55000,2023-03-31,CONASUR")], new(1, 1) { Issues = [At(4, C.DuplicateFigure)] },
            s => Assert.Equal(100_000, s.GetLatestStock(bf46, PopulationGroup.Idp, s_asOf)!.Individuals));
        yield return Displacement("disp-exact-duplicate", Outcome.Warned, "An exact repeat of a row: merged with a duplicate-figure warning, counted once.",
            [Hxl(Mouhoun, Mouhoun)], new(1, 0, 1) { Issues = [At(4, C.DuplicateFigure)] },
            s => Assert.Equal(100_000, s.GetLatestStock(bf46, PopulationGroup.Idp, s_asOf)!.Individuals));
        yield return Displacement("disp-overlapping-sources", Outcome.Accepted, "CONASUR and DTM figures for the same region and date: two alternatives, never added (the stock is one of them).",
            [Hxl(Mouhoun, "BFA,BF46,90000,,,,2023-03-31,IOM DTM")], new(2),
            s =>
            {
                IReadOnlyList<DisplacementStock> stocks = s.GetStocks(bf46, PopulationGroup.Idp, s_asOf);
                Assert.Equal([90_000L, 100_000L], stocks.Select(x => x.Individuals).Order());
                long latest = s.GetLatestStock(bf46, PopulationGroup.Idp, s_asOf)!.Individuals;
                Assert.Contains(latest, new[] { 90_000L, 100_000L });
                Assert.NotEqual(190_000, s.GetLatestStock(DisplacementArea.ForCountry("BFA"), PopulationGroup.Idp, s_asOf)!.Individuals);
            });
        yield return Displacement("disp-overlapping-files", Outcome.Accepted, "The same CONASUR figure in two files (a re-sent table): merged, counted once across files.",
            [Hxl(Mouhoun), Hxl(Mouhoun)], new(1, 0, 1) { Issues = [(2, 3, C.DuplicateFigure)] },
            s => Assert.Equal(100_000, s.GetLatestStock(DisplacementArea.ForCountry("BFA"), PopulationGroup.Idp, s_asOf)!.Individuals));
        yield return Displacement("disp-legacy-pcode", Outcome.Warned, "A legacy P-code with an ISO alpha-3 prefix (BFA46): normalised to BF46 with a legacy-pcode warning.",
            [Hxl("BFA,BFA46,1000,,,,2023-03-31,CONASUR")], new(1) { Issues = [At(3, C.LegacyPCode)] },
            s => Assert.Equal("BF46", s.Single().Area.Key));
        yield return Displacement("disp-unknown-place", Outcome.RowRejected, "A CONASUR table naming a region that does not exist (Atlantide): unknown-place, never guessed.",
            ["Région;Province;Date;Total PDIs;Ménages;Hommes;Femmes\nSahel;Soum;2023-03-31;120000;20000;50000;65000\nAtlantide;;2023-03-31;10;2;5;5\n"],
            new(1, 1) { Issues = [At(3, C.UnknownPlace)] });
        yield return Displacement("disp-zip-file", Outcome.FileError, "An .xlsx (zip) file: not-csv, nothing decompressed.",
            ["PK\u0003\u0004\u0014\0\u0006\0\b\0\0\0!\0"], new(0) { Fatal = C.NotCsv });
    }
}
