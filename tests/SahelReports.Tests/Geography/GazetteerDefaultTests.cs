using System.Text;
using SahelReports.Geography;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Geography;

/// <summary>Tests of the built-in gazetteer against the real OCHA COD-AB P-code list and known facts.</summary>
public sealed class GazetteerDefaultTests
{
    [Fact]
    public void Default_EveryCodAbArea_IsPresentWithSameLevelParentAndName()
    {
        string path = TestPaths.SharedDataOrSkip("pcodes", "sahel-pcodes-adm-1-2.csv");
        string[] lines = File.ReadAllLines(path, Encoding.UTF8);
        Assert.Equal("Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date", lines[0].TrimStart('\uFEFF'));
        var countryAlpha2 = new Dictionary<string, string>(StringComparer.Ordinal) { ["BFA"] = "BF", ["MLI"] = "ML", ["NER"] = "NE" };
        var seen = new HashSet<PCode>();
        foreach (string line in lines.Skip(1).Where(l => l.Length > 0))
        {
            Assert.DoesNotContain('"', line);
            string[] f = line.Split(',');
            Assert.Equal(6, f.Length);
            var code = new PCode(f[2]);
            Assert.True(Gazetteer.Default.TryGet(code, out AdminArea? area), $"{code} is missing from the built-in gazetteer.");
            Assert.Equal(f[0], area.CountryAlpha3);
            Assert.Equal(int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), area.Level);
            string parent = area.Level == 1 ? countryAlpha2[f[4]] : f[4];
            Assert.Equal(parent, area.Parent.Value);

            // Our official name restores French diacritics; the COD-AB text must be the same name once they are ignored,
            // and the COD-AB text itself must match the area at its level under its parent.
            Assert.Equal(NameKey.From(f[3]), NameKey.From(area.Name));
            Assert.Equal(f[5], area.ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            PlaceMatch match = Gazetteer.Default.Match(area.CountryAlpha3, area.Level, f[3], area.Parent);
            Assert.Equal(PlaceMatchStatus.Name, match.Status);
            Assert.Same(area, match.Area);
            seen.Add(code);
        }

        Assert.Equal(196, seen.Count);
        Assert.Equal(seen.Count, Gazetteer.Default.Areas.Count);
    }

    [Theory]
    [InlineData("BFA", 1, 13)]
    [InlineData("BFA", 2, 45)]
    [InlineData("MLI", 1, 10)]
    [InlineData("MLI", 2, 53)]
    [InlineData("NER", 1, 8)]
    [InlineData("NER", 2, 67)]
    public void GetAreas_PerCountryAndLevel_HasCodAbCounts(string country, int level, int expected) =>
        Assert.Equal(expected, Gazetteer.Default.GetAreas(level, country).Count);

    [Fact]
    public void Default_Header_CarriesVersionValidFromAndSource()
    {
        Gazetteer g = Gazetteer.Default;
        Assert.Equal("cod-ab-2023-07-25.1", g.Version);
        Assert.Equal(new NodaTime.LocalDate(2020, 3, 23), g.ValidFrom);
        Assert.Equal(g.Areas.Min(a => a.ValidFrom), g.ValidFrom);
        Assert.StartsWith("OCHA COD-AB via HDX (CC BY-IGO)", g.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_EveryAdmin1_HasCapitalWithinSahelBoundingBox()
    {
        foreach (AdminArea area in Gazetteer.Default.Areas.Where(a => a.Level == 1))
        {
            Assert.False(string.IsNullOrEmpty(area.Capital), $"{area.Code} has no capital.");
            GeoPoint p = Assert.NotNull(area.CapitalLocation);
            // Burkina Faso, Mali and Niger lie within 9°N–25°N and 13°W–16°E.
            Assert.InRange(p.Latitude, 9.0, 25.0);
            Assert.InRange(p.Longitude, -13.0, 16.0);
        }

        Assert.All(Gazetteer.Default.Areas.Where(a => a.Level == 2), a => Assert.Null(a.CapitalLocation));
    }

    [Theory]
    [InlineData("ML05", "Mopti", 14.49, -4.19)]
    [InlineData("NE006", "Tillabéri", 14.21, 1.45)]
    [InlineData("BF56", "Dori", 14.03, -0.03)]
    [InlineData("NE008", "Niamey", 13.51, 2.11)]
    [InlineData("ML09", "Bamako", 12.64, -8.00)]
    [InlineData("BF13", "Ouagadougou", 12.37, -1.53)]
    public void Default_KnownCapital_HasNameAndLocation(string code, string capital, double latitude, double longitude)
    {
        Assert.True(Gazetteer.Default.TryGet(new PCode(code), out AdminArea? area));
        Assert.Equal(capital, area.Capital);
        Assert.Equal(new GeoPoint(latitude, longitude), area.CapitalLocation);
    }

    [Fact]
    public void Default_CapitalsOfNeighbouringRegions_AreOrderedAsOnTheMap()
    {
        // Independent geographic facts: Kidal lies north of Gao, Diffa east of Zinder, Dori north of Ouagadougou.
        GeoPoint Loc(string code) => Gazetteer.Default.TryGet(new PCode(code), out AdminArea? a) ? a.CapitalLocation!.Value : default;
        Assert.True(Loc("ML08").Latitude > Loc("ML07").Latitude);
        Assert.True(Loc("NE002").Longitude > Loc("NE007").Longitude);
        Assert.True(Loc("BF56").Latitude > Loc("BF13").Latitude);
        Assert.True(Loc("ML01").Longitude < Loc("ML09").Longitude);
    }

    [Fact]
    public void Default_NoTwoAreasShareANameKeyAtTheSameLevelInACountry()
    {
        var groups = Gazetteer.Default.Areas
            .SelectMany(a => new[] { a.Name, a.NameEn }.Concat(a.Aliases).Select(NameKey.From).Distinct(StringComparer.Ordinal)
                .Select(k => (a.CountryAlpha3, a.Level, Key: k, a.Code)))
            .GroupBy(x => (x.CountryAlpha3, x.Level, x.Key))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key.Key)
            .ToList();
        Assert.Empty(groups);
    }

    [Fact]
    public void GazetteerScript_CommittedOutput_IsUpToDateWithAdditions()
    {
        // The committed resource must be what scripts/gazetteer/build-gazetteer.py produces; it reads the shared COD-AB list.
        string cod = TestPaths.SharedDataOrSkip("pcodes", "sahel-pcodes-adm-1-2.csv");
        string script = Path.Combine(TestPaths.RepoRoot, "scripts", "gazetteer", "build-gazetteer.py");
        var info = new System.Diagnostics.ProcessStartInfo("python3")
        {
            ArgumentList = { script, "--check", "--cod", cod },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        System.Diagnostics.Process process;
        try
        {
            process = System.Diagnostics.Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("python3 is not available to run the gazetteer build script.");
            return;
        }

        using (process)
        {
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, stderr);
        }
    }
}
