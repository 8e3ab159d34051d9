using NodaTime;
using SahelReports.Geography;

namespace SahelReports.Tests.Geography;

public sealed class GazetteerLoadTests
{
    private const string Header = "# version: test-1\n# valid-from: 2024-02-01\n# source: synthetic\npcode\tlevel\tparent\tname\tname_en\taliases\n";

    [Fact]
    public void Load_SixColumnForm_ReadsAreasAndDirectives()
    {
        Gazetteer g = Load(Header + "ML05\t1\tML\tMopti\t\tMoptì|Mopty\nML0501\t2\tML05\tBandiagara\tBandiagara\t\n");
        Assert.Equal("test-1", g.Version);
        Assert.Equal(new LocalDate(2024, 2, 1), g.ValidFrom);
        Assert.Equal("synthetic", g.Source);
        Assert.Equal(2, g.Areas.Count);
        Assert.True(g.TryGet(new PCode("ML05"), out AdminArea? mopti));
        Assert.Equal("Mopti", mopti.NameEn);
        Assert.Equal(["Moptì", "Mopty"], mopti.Aliases);
        Assert.Equal("MLI", mopti.CountryAlpha3);
        Assert.Null(mopti.Capital);
        Assert.Null(mopti.ValidFrom);
        Assert.Equal(PlaceMatchStatus.Alias, g.Match("MLI", 1, "MOPTY").Status);
    }

    [Fact]
    public void Load_TenColumnForm_ReadsCapitalLocationAndValidFrom()
    {
        Gazetteer g = Load("NE006\t1\tNE\tTillabéri\tTillaberi\tTillabery\tTillabéri\t14.21\t1.45\t2023-07-25\n"
            + "NE006001\t2\tNE006\tAbala\t\t\t\t\t\t2023-07-25\n");
        Assert.True(g.TryGet(new PCode("NE006"), out AdminArea? area));
        Assert.Equal("Tillabéri", area.Capital);
        Assert.Equal(new GeoPoint(14.21, 1.45), area.CapitalLocation);
        Assert.Equal(new LocalDate(2023, 7, 25), area.ValidFrom);
        // Without a valid-from directive the earliest area date is used.
        Assert.Equal(new LocalDate(2023, 7, 25), g.ValidFrom);
        Assert.Equal("unversioned", g.Version);
    }

    [Theory]
    [InlineData("ML05\t1\tML\tMopti\n", "line 1")] // too few fields
    [InlineData("ML05\t1\tML\tMopti\t\t\tx\n", "line 1")] // 7 fields
    [InlineData("MLI05\t1\tML\tMopti\t\t\n", "P-code")]
    [InlineData("XX05\t1\tXX\tNowhere\t\t\n", "known country")]
    [InlineData("ML05\tone\tML\tMopti\t\t\n", "level")]
    [InlineData("ML05\t0\tML\tMopti\t\t\n", "level")]
    [InlineData("ML05\t1\tNE\tMopti\t\t\n", "parent")]
    [InlineData("ML05\t2\tML\tMopti\t\t\n", "parent")] // admin2 whose parent is the country
    [InlineData("ML05\t1\tML\t\t\t\n", "no name")]
    [InlineData("ML0501\t2\tML05\tBandiagara\t\t\n", "not in the gazetteer")]
    [InlineData("ML05\t1\tML\tMopti\t\t\t\t95\t1\t\n", "latitude")]
    [InlineData("ML05\t1\tML\tMopti\t\t\t\t14,49\t-4,19\t\n", "latitude")] // decimal commas are not read as thousands
    [InlineData("ML05\t1\tML\tMopti\t\t\t\t\t\t2023-13-01\n", "ISO date")]
    [InlineData("# valid-from: 01/02/2024\n", "line 1")]
    [InlineData("ML05\t1\tML\tMopti\t\t\nML05\t1\tML\tMopti\t\t\n", "line 2")]
    public void Load_Malformed_ThrowsFormatExceptionNamingTheProblem(string text, string expected)
    {
        FormatException e = Assert.Throws<FormatException>(() => Load(text));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NullReader_Throws() => Assert.Throws<ArgumentNullException>("reader", () => Gazetteer.Load(null!));

    [Fact]
    public void Load_DefaultResourceText_RoundTripsEveryArea()
    {
        // Loading the built-in areas written back in the 6-column form keeps codes, parents, names and aliases.
        var sb = new System.Text.StringBuilder();
        foreach (AdminArea a in Gazetteer.Default.Areas)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{a.Code}\t{a.Level}\t{a.Parent}\t{a.Name}\t{a.NameEn}\t{string.Join('|', a.Aliases)}\n");
        }

        Gazetteer copy = Load(sb.ToString());
        Assert.Equal(Gazetteer.Default.Areas.Count, copy.Areas.Count);
        foreach (AdminArea a in Gazetteer.Default.Areas)
        {
            Assert.True(copy.TryGet(a.Code, out AdminArea? b));
            Assert.Equal((a.Level, a.Parent, a.Name, a.NameEn, a.CountryAlpha3), (b.Level, b.Parent, b.Name, b.NameEn, b.CountryAlpha3));
            Assert.Equal(a.Aliases, b.Aliases);
        }
    }

    private static Gazetteer Load(string text)
    {
        using var reader = new StringReader(text);
        return Gazetteer.Load(reader);
    }
}
