using SahelReports.Geography;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Geography;

/// <summary>The built-in gazetteer against names and codes in real HDX files derived from ACLED (read from ../shared/data).</summary>
public sealed class GazetteerRealDataTests
{
    [Fact]
    public void Resolve_AcledProviderNamesInHapiConflictEvents_GiveHapiCodes()
    {
        // HAPI keeps ACLED's own admin names (provider_admin1_name, provider_admin2_name) beside the P-codes it assigned.
        string path = TestPaths.SharedDataOrSkip("hapi", "sahel_hdx_hapi_conflict_event_2025-01.csv");
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].TrimStart('\uFEFF').Split(',');
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidOperationException($"No column '{name}'.");
        int country = Col("location_code"), p1 = Col("provider_admin1_name"), p2 = Col("provider_admin2_name");
        int c1 = Col("admin1_code"), c2 = Col("admin2_code"), warning = Col("warning");
        int checkedRows = 0;
        foreach (string line in lines.Skip(1))
        {
            Assert.DoesNotContain('"', line); // plain split is safe only without quoted fields
            string[] f = line.Split(',');
            Assert.Equal(header.Length, f.Length);
            PlaceResolution r = Gazetteer.Default.Resolve(f[country], f[p1], f[p2]);
            Assert.True(r.Admin1.IsMatched, $"'{f[p1]}' ({f[country]}) did not match.");
            Assert.Equal(f[c1], r.Admin1.Area!.Code.Value);
            Assert.True(r.Admin2.IsMatched, $"'{f[p2]}' under '{f[p1]}' ({f[country]}) did not match.");
            Assert.Equal(f[c2], r.Admin2.Area!.Code.Value);
            Assert.True(r.Admin2CheckedAgainstAdmin1);
            checkedRows++;

            // ACLED's Niger rows carry legacy P-codes, which HAPI rewrote and reported: "PCode length NER006011->NE006011|…".
            foreach (string fix in f[warning].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                const string Prefix = "PCode length ";
                Assert.StartsWith(Prefix, fix, StringComparison.Ordinal);
                string[] fromTo = fix[Prefix.Length..].Split("->");
                Assert.True(PCode.TryNormalize(fromTo[0], out PCode normalized, out bool wasLegacy), fromTo[0]);
                Assert.True(wasLegacy);
                Assert.Equal(fromTo[1], normalized.Value);
            }
        }

        Assert.Equal(495, checkedRows);
    }

    [Fact]
    public void Match_HxlConflictEventNames_GiveTheirCodes()
    {
        string path = TestPaths.SharedDataOrSkip("hapi", "sahel_conflict_events_and_fatalities_hxl.csv");
        string[] lines = File.ReadAllLines(path);
        Assert.StartsWith("#country+code,#adm1+code,#adm1+name,#adm2+code,#adm2+name", lines[1], StringComparison.Ordinal);
        int checkedRows = 0;
        foreach (string line in lines.Skip(2))
        {
            Assert.DoesNotContain('"', line);
            string[] f = line.Split(',');

            // This older file keeps ACLED's legacy Niger codes (NER005, NER005012): normalise them as an importer would.
            Assert.True(PCode.TryNormalize(f[1], out PCode code1, out bool legacy1));
            Assert.True(PCode.TryNormalize(f[3], out PCode code2, out bool legacy2));
            Assert.Equal(f[0] == "NER", legacy1);
            Assert.Equal(legacy1, legacy2);
            PlaceMatch admin1 = Gazetteer.Default.Match(f[0], 1, f[2]);
            Assert.Equal(code1, admin1.Area?.Code);
            PlaceMatch admin2 = Gazetteer.Default.Match(f[0], 2, f[4], admin1.Area!.Code);
            Assert.Equal(code2, admin2.Area?.Code);
            checkedRows++;
        }

        Assert.Equal(990, checkedRows);
    }
}
