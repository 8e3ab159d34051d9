using SahelReports.Geography;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Geography;

public sealed class CountriesTests
{
    [Theory]
    [InlineData(466, "MLI", "Mali")]
    [InlineData(854, "BFA", "Burkina Faso")]
    [InlineData(562, "NER", "Niger")]
    [InlineData(566, "NGA", "Nigeria")]
    [InlineData(148, "TCD", "Chad")]
    [InlineData(12, "DZA", "Algeria")]
    [InlineData(818, "EGY", "Egypt")]
    [InlineData(729, "SDN", "Sudan")]
    [InlineData(728, "SSD", "South Sudan")]
    [InlineData(175, "MYT", "Mayotte")]
    public void TryFromNumeric_IsoNumeric_FindsCountry(int numeric, string alpha3, string nameEn)
    {
        Assert.True(Countries.TryFromNumeric(numeric, out Country? country));
        Assert.Equal(alpha3, country.Alpha3);
        Assert.Equal(nameEn, country.NameEn);
    }

    [Theory]
    [InlineData("BKF", "BFA")]
    [InlineData("NGR", "NER")]
    [InlineData("NIG", "NGA")]
    [InlineData("CHD", "TCD")]
    [InlineData("MAU", "MRT")]
    [InlineData("ALG", "DZA")]
    [InlineData("ICO", "CIV")]
    [InlineData("GUI", "GIN")]
    [InlineData("ARE", "EGY")]
    [InlineData("RSA", "ZAF")]
    [InlineData("mli", "MLI")]
    public void TryFromUnhcrCode_UnhcrCode_FindsCountry(string unhcr, string alpha3)
    {
        Assert.True(Countries.TryFromUnhcrCode(unhcr, out Country? country));
        Assert.Equal(alpha3, country.Alpha3);
    }

    [Theory]
    [InlineData("Cote d'Ivoire", "CIV")]
    [InlineData("CÔTE D’IVOIRE", "CIV")]
    [InlineData("Ivory Coast", "CIV")]
    [InlineData("Sénégal", "SEN")]
    [InlineData("senegal", "SEN")]
    [InlineData("Tchad", "TCD")]
    [InlineData("Nigéria", "NGA")]
    [InlineData("Niger", "NER")]
    [InlineData("Democratic Republic of Congo", "COD")]
    [InlineData("Dem. Rep. of the Congo", "COD")]
    [InlineData("Republic of Congo", "COG")]
    [InlineData("Central African Rep.", "CAF")]
    [InlineData("eSwatini", "SWZ")]
    [InlineData("Swaziland", "SWZ")]
    [InlineData("United Rep. of Tanzania", "TZA")]
    [InlineData("Reunion", "REU")]
    [InlineData("São Tomé and Príncipe", "STP")]
    public void TryFromName_AnySpelling_FindsCountry(string name, string alpha3)
    {
        Assert.True(Countries.TryFromName(name, out Country? country));
        Assert.Equal(alpha3, country.Alpha3);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData(null)]
    public void TryFromName_Unknown_ReturnsFalse(string? name) => Assert.False(Countries.TryFromName(name, out _));

    [Theory]
    [InlineData("MLI", "MLI")]
    [InlineData("BFO", "BFA")]
    [InlineData("NIR", "NER")]
    [InlineData("nir", "NER")]
    public void TryFromAcledPrefix_SahelPrefixes_FindCountry(string prefix, string alpha3)
    {
        Assert.True(Countries.TryFromAcledPrefix(prefix, out Country? country));
        Assert.Equal(alpha3, country.Alpha3);
    }

    [Fact]
    public void TryFromAcledPrefix_IsoAlpha3OfBurkinaFaso_IsNotAPrefix() =>
        Assert.False(Countries.TryFromAcledPrefix("BFA", out _));

    [Fact]
    public void All_CoversTheAcledAfricaCountries()
    {
        // The 54 African states plus Western Sahara, Réunion, Mayotte and Saint Helena, as in ACLED's Africa file.
        string[] expected =
        [
            "AGO", "BDI", "BEN", "BFA", "BWA", "CAF", "CIV", "CMR", "COD", "COG", "COM", "CPV", "DJI", "DZA", "EGY", "ERI", "ESH",
            "ETH", "GAB", "GHA", "GIN", "GMB", "GNB", "GNQ", "KEN", "LBR", "LBY", "LSO", "MAR", "MDG", "MLI", "MOZ", "MRT", "MUS",
            "MWI", "MYT", "NAM", "NER", "NGA", "REU", "RWA", "SDN", "SEN", "SHN", "SLE", "SOM", "SSD", "STP", "SWZ", "SYC", "TCD",
            "TGO", "TUN", "TZA", "UGA", "ZAF", "ZMB", "ZWE",
        ];
        Assert.Equal(58, expected.Length);
        Assert.Equal(expected, Countries.All.Select(c => c.Alpha3));
    }

    [Fact]
    public void All_CodesAreWellFormedAndUnique()
    {
        IReadOnlyList<Country> all = Countries.All;
        Assert.All(all, c =>
        {
            Assert.Matches("^[A-Z]{3}$", c.Alpha3);
            Assert.Matches("^[A-Z]{2}$", c.Alpha2);
            Assert.Matches("^[A-Z]{3}$", c.UnhcrCode);
            Assert.InRange(c.Numeric, 1, 999);
            Assert.Equal(c.Alpha2, c.PCode.Value);
            Assert.False(string.IsNullOrWhiteSpace(c.NameEn));
            Assert.False(string.IsNullOrWhiteSpace(c.NameFr));
            Assert.True(Countries.TryFromAlpha3(c.Alpha3, out Country? a3) && ReferenceEquals(c, a3));
            Assert.True(Countries.TryFromAlpha2(c.Alpha2, out Country? a2) && ReferenceEquals(c, a2));
            Assert.True(Countries.TryFromNumeric(c.Numeric, out Country? n) && ReferenceEquals(c, n));
            Assert.True(Countries.TryFromUnhcrCode(c.UnhcrCode, out Country? u) && ReferenceEquals(c, u));
            Assert.True(Countries.TryFromName(c.NameEn, out Country? en) && ReferenceEquals(c, en));
            Assert.True(Countries.TryFromName(c.NameFr, out Country? fr) && ReferenceEquals(c, fr));
        });
        Assert.Equal(all.Count, all.Select(c => c.Alpha3).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(all.Count, all.Select(c => c.Alpha2).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(all.Count, all.Select(c => c.Numeric).Distinct().Count());
        Assert.Equal(all.Count, all.Select(c => c.UnhcrCode).Distinct(StringComparer.Ordinal).Count());
        string?[] prefixes = all.Select(c => c.AcledPrefix).Where(p => p is not null).ToArray();
        Assert.Equal(prefixes.Length, prefixes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void FromAlpha3_Unknown_ThrowsWithParamName() =>
        Assert.Throws<ArgumentException>("alpha3", () => Countries.FromAlpha3("XYZ"));

    [Fact]
    public void GetName_French_GivesFrenchName()
    {
        Assert.Equal("Côte d'Ivoire", Countries.FromAlpha3("CIV").GetName("fr"));
        Assert.Equal("Tchad", Countries.FromAlpha3("TCD").GetName("FR"));
        Assert.Equal("Chad", Countries.FromAlpha3("TCD").GetName("en"));
    }

    [Fact]
    public void UnhcrCountries_EveryAfricanCountry_AgreesWithOurCodes()
    {
        string path = TestPaths.SharedDataOrSkip("unhcr", "unhcr_countries.csv");
        string[] lines = File.ReadAllLines(path);
        Assert.Equal("\"iso_code\",\"unhcr_code\",\"name\",\"unhcr_region\",\"unsd_region\",\"unsd_subregion\",\"unsd_imregion\"", lines[0]);
        int african = 0;
        foreach (string line in lines.Skip(1))
        {
            string[] f = TestCsv.SplitLine(line);
            Assert.Equal(7, f.Length);
            string iso = f[0];
            string unhcr = f[1];
            if (!string.Equals(f[4], "Africa", StringComparison.Ordinal))
            {
                continue;
            }

            african++;
            Assert.True(Countries.TryFromAlpha3(iso, out Country? country), $"{iso} ({f[2]}) is missing.");
            Assert.Equal(unhcr, country.UnhcrCode);
            Assert.True(Countries.TryFromUnhcrCode(unhcr, out Country? byUnhcr));
            Assert.Same(country, byUnhcr);
            Assert.True(Countries.TryFromName(f[2], out Country? byName), $"UNHCR's name '{f[2]}' is not recognised.");
            Assert.Same(country, byName);
        }

        // UNHCR lists 56 African countries and territories (all ours except Mayotte and Saint Helena).
        Assert.Equal(56, african);
    }
}
