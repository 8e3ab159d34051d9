using NodaTime;
using SahelReports.Geography;

namespace SahelReports.Tests.Geography;

public sealed class GazetteerTests
{
    private static Gazetteer Default => Gazetteer.Default;

    [Theory]
    [InlineData("Tillaberi", PlaceMatchStatus.Name)]
    [InlineData("Tillabéri", PlaceMatchStatus.Name)]
    [InlineData("TILLABERI", PlaceMatchStatus.Name)]
    [InlineData(" tillabéri ", PlaceMatchStatus.Name)]
    [InlineData("Tillabery", PlaceMatchStatus.Alias)]
    [InlineData("Tillabéry", PlaceMatchStatus.Alias)]
    public void Match_TillaberiSpellings_FindNE006(string name, PlaceMatchStatus status)
    {
        PlaceMatch match = Default.Match("NER", 1, name);
        Assert.Equal(status, match.Status);
        Assert.Equal("NE006", match.Area?.Code.Value);
        Assert.Equal("Tillabéri", match.Area?.Name);
        Assert.Equal("Tillaberi", match.Area?.NameEn);
    }

    [Theory]
    [InlineData("MLI", 1, "Ségou", "ML04")]
    [InlineData("MLI", 1, "Segou", "ML04")]
    [InlineData("MLI", 1, "SEGOU", "ML04")]
    [InlineData("MLI", 1, "Koulikouro", "ML02")]
    [InlineData("MLI", 1, "Koulikoro", "ML02")]
    [InlineData("MLI", 1, "Tombouctou", "ML06")]
    [InlineData("MLI", 1, "Timbuktu", "ML06")]
    [InlineData("MLI", 1, "Kidal", "ML08")]
    [InlineData("MLI", 1, "Ménaka", "ML10")]
    [InlineData("MLI", 1, "Menaka", "ML10")]
    [InlineData("MLI", 1, "Gao", "ML07")]
    [InlineData("MLI", 1, "Mopti", "ML05")]
    [InlineData("MLI", 2, "Bandiagara", "ML0501")]
    [InlineData("MLI", 2, "Douentza", "ML0504")]
    [InlineData("NER", 1, "Dosso", "NE003")]
    [InlineData("NER", 1, "Tahoua", "NE005")]
    [InlineData("NER", 1, "Maradi", "NE004")]
    [InlineData("NER", 1, "Zinder", "NE007")]
    [InlineData("NER", 1, "Diffa", "NE002")]
    [InlineData("NER", 1, "Agadez", "NE001")]
    [InlineData("NER", 1, "Niamey", "NE008")]
    [InlineData("NER", 2, "Niamey", "NE008001")]
    [InlineData("NER", 2, "Maine-Soroa", "NE002004")]
    [InlineData("NER", 2, "Birni N'Konni", "NE005003")]
    [InlineData("NER", 2, "Birni Nkonni", "NE005003")]
    [InlineData("BFA", 1, "Hauts-Bassins", "BF53")]
    [InlineData("BFA", 1, "Haut-Bassins", "BF53")]
    [InlineData("BFA", 1, "Hauts Bassins", "BF53")]
    [InlineData("BFA", 1, "Sahel", "BF56")]
    [InlineData("BFA", 1, "Nord", "BF54")]
    [InlineData("BFA", 1, "Est", "BF52")]
    [InlineData("BFA", 1, "Centre-Nord", "BF49")]
    [InlineData("BFA", 1, "Centre Nord", "BF49")]
    [InlineData("BFA", 1, "Boucle du Mouhoun", "BF46")]
    [InlineData("BFA", 1, "Plateau Central", "BF55")]
    [InlineData("BFA", 2, "Soum", "BF5603")]
    [InlineData("BFA", 2, "Kouritenga", "BF4803")]
    [InlineData("BFA", 2, "Kourittenga", "BF4803")]
    [InlineData("BFA", 2, "Komondjari", "BF5203")]
    [InlineData("bfa", 2, "Séno", "BF5602")]
    public void Match_KnownSpelling_FindsArea(string country, int level, string name, string code)
    {
        PlaceMatch match = Default.Match(country, level, name);
        Assert.True(match.IsMatched, $"'{name}' did not match.");
        Assert.Equal(code, match.Area!.Code.Value);
        Assert.Equal(level, match.Area.Level);
        Assert.Empty(match.Candidates);
    }

    [Theory]
    [InlineData("MLI", 1, "Taoudeni")]
    [InlineData("MLI", 1, "Bandiagara")] // a region only since Mali's 2023 reform, which this gazetteer does not have
    [InlineData("NER", 1, "Ségou")] // right name, wrong country
    [InlineData("MLI", 2, "Mopti Region")]
    [InlineData("MLI", 1, "")]
    [InlineData("MLI", 1, "  -- ")]
    [InlineData("MLI", 1, null)]
    [InlineData("MLI", 3, "Mopti")] // no admin3 in this gazetteer
    [InlineData("SEN", 1, "Dakar")]
    public void Match_UnknownName_IsUnmatched(string country, int level, string? name)
    {
        PlaceMatch match = Default.Match(country, level, name);
        Assert.Equal(PlaceMatchStatus.Unmatched, match.Status);
        Assert.Null(match.Area);
        Assert.False(match.IsMatched);
    }

    [Fact]
    public void Match_Admin2UnderItsParent_IsMatched()
    {
        PlaceMatch match = Default.Match("MLI", 2, "Bandiagara", new PCode("ML05"));
        Assert.Equal("ML0501", match.Area?.Code.Value);
    }

    [Fact]
    public void Match_Admin2UnderWrongParent_IsUnmatched()
    {
        // Bandiagara is a cercle of Mopti (ML05), not of Ségou (ML04).
        Assert.Equal(PlaceMatchStatus.Unmatched, Default.Match("MLI", 2, "Bandiagara", new PCode("ML04")).Status);
        Assert.Equal(PlaceMatchStatus.Unmatched, Default.Match("NER", 2, "Tera", new PCode("NE005")).Status);
    }

    [Fact]
    public void Match_SameAdmin2NameInTwoRegions_IsAmbiguousUntilParentGiven()
    {
        // No admin2 name repeats across regions in the built-in data, so build a gazetteer where one does.
        Gazetteer g = Constructed();
        PlaceMatch ambiguous = g.Match("MLI", 2, "Kouri");
        Assert.Equal(PlaceMatchStatus.Ambiguous, ambiguous.Status);
        Assert.Null(ambiguous.Area);
        Assert.Equal(["ML0101", "ML0201"], ambiguous.Candidates.Select(a => a.Code.Value).Order(StringComparer.Ordinal));

        PlaceMatch resolved = g.Match("MLI", 2, "KOURI", new PCode("ML02"));
        Assert.Equal(PlaceMatchStatus.Name, resolved.Status);
        Assert.Equal("ML0201", resolved.Area?.Code.Value);
    }

    [Fact]
    public void Match_CountryCodeCase_IsIgnored() =>
        Assert.Equal("ML05", Default.Match("mli", 1, "mopti").Area?.Code.Value);

    [Fact]
    public void Match_NullCountry_Throws() =>
        Assert.Throws<ArgumentNullException>("countryAlpha3", () => Default.Match(null!, 1, "Mopti"));

    [Fact]
    public void Resolve_Admin1AndAdmin2_MatchesBothWithParentCheck()
    {
        PlaceResolution r = Default.Resolve("MLI", "Mopti", "Bandiagara");
        Assert.Equal("ML05", r.Admin1.Area?.Code.Value);
        Assert.Equal("ML0501", r.Admin2.Area?.Code.Value);
        Assert.True(r.Admin2CheckedAgainstAdmin1);
        Assert.Equal("ML0501", r.MostPrecise?.Code.Value);
    }

    [Fact]
    public void Resolve_Admin2OfAnotherRegion_IsUnmatched()
    {
        PlaceResolution r = Default.Resolve("MLI", "Segou", "Bandiagara");
        Assert.Equal("ML04", r.Admin1.Area?.Code.Value);
        Assert.Equal(PlaceMatchStatus.Unmatched, r.Admin2.Status);
        Assert.Equal("ML04", r.MostPrecise?.Code.Value);
    }

    [Fact]
    public void Resolve_UnmatchedAdmin1_MatchesAdmin2CountryWideAndSaysSo()
    {
        // ACLED rows after Mali's 2023 reform can name Bandiagara as the region.
        PlaceResolution r = Default.Resolve("MLI", "Bandiagara", "Bandiagara");
        Assert.Equal(PlaceMatchStatus.Unmatched, r.Admin1.Status);
        Assert.Equal("ML0501", r.Admin2.Area?.Code.Value);
        Assert.False(r.Admin2CheckedAgainstAdmin1);
    }

    [Fact]
    public void Resolve_NoNames_BothUnmatched()
    {
        PlaceResolution r = Default.Resolve("NER", null, " ");
        Assert.Equal(PlaceMatchStatus.Unmatched, r.Admin1.Status);
        Assert.Equal(PlaceMatchStatus.Unmatched, r.Admin2.Status);
        Assert.Null(r.MostPrecise);
    }

    [Fact]
    public void Constructor_DuplicateCode_ThrowsWithParamName()
    {
        AdminArea a = Area("ML01", 1, "Kayes", "ML");
        Assert.Throws<ArgumentException>("areas", () => new Gazetteer("v", new LocalDate(2024, 1, 1), [a, a with { Name = "Other" }]));
    }

    [Fact]
    public void GetName_French_GivesOfficialName()
    {
        Assert.True(Default.TryGet(new PCode("ML04"), out AdminArea? segou));
        Assert.Equal("Ségou", segou.GetName("fr"));
        Assert.Equal("Segou", segou.GetName("en"));
    }

    [Fact]
    public void GetAreas_AllCountries_ReturnsEveryAdmin1()
    {
        Assert.Equal(13 + 10 + 8, Default.GetAreas(1).Count);
        Assert.Equal(Default.GetAreas(1).OrderBy(a => a.Code), Default.GetAreas(1));
    }

    [Fact]
    public void GetChildren_Region_ReturnsItsAdmin2InCodeOrder()
    {
        IReadOnlyList<AdminArea> cercles = Default.GetChildren(new PCode("ML05"));
        Assert.Equal(["ML0501", "ML0502", "ML0503", "ML0504", "ML0505", "ML0506", "ML0507", "ML0508"], cercles.Select(a => a.Code.Value));
        Assert.Equal(8, Default.GetChildren(new PCode("NE")).Count);
        Assert.Empty(Default.GetChildren(new PCode("ML0501")));
        Assert.Empty(Default.GetChildren(new PCode("SN")));
    }

    [Fact]
    public void Match_AmbiguousCandidates_AreACopy()
    {
        Gazetteer g = Constructed();
        var first = (AdminArea[])g.Match("MLI", 2, "Kouri").Candidates;
        first[0] = first[1];
        Assert.Equal(2, g.Match("MLI", 2, "Kouri").Candidates.Distinct().Count());
    }

    private static Gazetteer Constructed() => new(
        "test",
        new LocalDate(2024, 1, 1),
        [
            Area("ML01", 1, "Kayes", "ML"),
            Area("ML02", 1, "Koulikoro", "ML"),
            Area("ML0101", 2, "Kouri", "ML01"),
            Area("ML0201", 2, "Kouri", "ML02"),
        ]);

    private static AdminArea Area(string code, int level, string name, string parent) =>
        new(new PCode(code), level, name, name, new PCode(parent), "MLI", []);
}
