using System.Xml.Linq;
using SahelReports.Geography;
using SahelReports.Pdf.Maps;
using SahelReports.Pdf.Maps.Internal;
using SahelReports.Reporting;
using SahelReports.Tests.Shared;
using SkiaSharp;

namespace SahelReports.Pdf.Tests.Maps;

public sealed class MapTests
{
    private const string DisclaimerEn = "The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.";
    private const string DisclaimerFr = "Les frontières et les noms indiqués et les désignations employées sur cette carte n'impliquent pas reconnaissance ou acceptation officielle de la part de l'Organisation des Nations Unies.";

    /// <summary>Town coordinates from public references (rounded to 0.01°). Kari (Boucle du Mouhoun, Burkina Faso) is the
    /// approximate position the sample data uses; it lies 58 km from Dédougou, the region's capital in the gazetteer.</summary>
    public static TheoryData<string, double, double, string> Towns => new()
    {
        { "Bamako", 12.64, -8.00, "MLI" },
        { "Ouagadougou", 12.37, -1.52, "BFA" },
        { "Niamey", 13.51, 2.11, "NER" },
        { "Mopti", 14.49, -4.18, "MLI" },
        { "Kari", 12.98, -3.38, "BFA" },
        { "Tillabéri", 14.21, 1.45, "NER" },
        { "Dakar", 14.69, -17.44, "SEN" },
        { "Tombouctou", 16.77, -3.01, "MLI" },
        { "Agadez", 16.97, 7.99, "NER" },
    };

    [Theory]
    [MemberData(nameof(Towns))]
    public void KnownTowns_LieInsideTheirCountryOutline(string town, double latitude, double longitude, string country)
    {
        CountryShape? found = BaseMap.Default.CountryAt(latitude, longitude);
        Assert.True(found is not null, $"{town} ({latitude}, {longitude}) is in no country outline.");
        Assert.Equal(country, found.Alpha3);

        // Only one outline holds it: neighbours' outlines do not overlap there.
        Assert.Single(BaseMap.Default.Countries, c => c.Contains(latitude, longitude));
    }

    [Fact]
    public void Kari_IsWithinReachOfItsRegionCapitalInTheGazetteer()
    {
        Assert.True(Gazetteer.Default.TryGet(new PCode("BF46"), out AdminArea? region));
        GeoPoint dedougou = region.CapitalLocation!.Value;

        // Haversine distance, independent of the map's projection.
        double km = Haversine(12.98, -3.38, dedougou.Latitude, dedougou.Longitude);
        Assert.InRange(km, 1, 120);
    }

    [Fact]
    public void EveryGazetteerCapital_LiesInsideItsOwnCountry()
    {
        // The gazetteer (OCHA COD-AB) and the outlines (Natural Earth) are independent sources: each admin 1 capital of the
        // three countries must fall inside its own country's outline.
        AdminArea[] regions = new[] { "BFA", "MLI", "NER" }.SelectMany(c => Gazetteer.Default.GetAreas(1, c)).Where(a => a.CapitalLocation is not null).ToArray();
        Assert.Equal(31, regions.Length); // 13 + 10 + 8 regions
        foreach (AdminArea area in regions)
        {
            GeoPoint at = area.CapitalLocation!.Value;
            Assert.True(BaseMap.Default.Find(area.CountryAlpha3)!.Contains(at.Latitude, at.Longitude), $"{area.Capital} ({at}) is outside {area.CountryAlpha3}.");
        }
    }

    [Theory]
    [InlineData(14.0, -20.0)] // Atlantic, west of Dakar
    [InlineData(4.0, 3.0)] // Gulf of Guinea
    public void TheSea_IsInNoCountry(double latitude, double longitude) =>
        Assert.Null(BaseMap.Default.CountryAt(latitude, longitude));

    [Fact]
    public void BaseMap_HoldsTheSahelAndEveryNeighbour_AndIsCompact()
    {
        string[] expected = ["BEN", "BFA", "CIV", "CMR", "DZA", "ESH", "GHA", "GIN", "GMB", "GNB", "LBR", "LBY", "MAR", "MLI", "MRT", "NER", "NGA", "SEN", "SLE", "TCD", "TGO"];
        Assert.All(expected, c => Assert.NotNull(BaseMap.Default.Find(c)));
        using Stream resource = typeof(MapRenderer).Assembly.GetManifestResourceStream("SahelReports.Pdf.Maps.Data.countries-sahel.bin")!;
        Assert.InRange(resource.Length, 5_000, 60_000);

        // Mali's outline spans its published extent (about 10.1°N–25.0°N, 12.2°W–4.3°E).
        CountryShape mali = BaseMap.Default.Find("MLI")!;
        Assert.InRange(mali.MainSouth, 10.0, 10.3);
        Assert.InRange(mali.MainNorth, 24.9, 25.1);
        Assert.InRange(mali.MainWest, -12.4, -12.1);
        Assert.InRange(mali.MainEast, 4.1, 4.4);
    }

    [Fact]
    public void Legend_CountsEveryPointOnce_MatchingAHandCount()
    {
        MapBlock map = Map(
            ("Battles", 5), ("Battles", 0), ("Battles", 2), ("Violence against civilians", 7), ("Violence against civilians", 1), ("Protests", 0));
        var legend = new MapLegend(map, Gazetteer.Default);

        // By hand: 3 battles, 2 violence against civilians, 1 protest; largest first.
        Assert.Equal([("Battles", 3), ("Violence against civilians", 2), ("Protests", 1)], legend.Categories.Select(c => (c.Label, c.Count)));
        Assert.Equal(map.Points.Count, legend.Categories.Sum(c => c.Count));
        Assert.Equal(3, legend.Categories.Select(c => c.Color).Distinct().Count());
        Assert.Equal(7, legend.MaxWeight);
    }

    [Fact]
    public void Legend_CountsAppearInThePdf_AndUnplacedAreasAreNamed()
    {
        MapBlock map = Map(("Battles", 5), ("Battles", 0), ("Battles", 2), ("Riots", 1)) with
        {
            AreaValues = [new MapAreaValue(new PCode("ML05"), "Mopti", 3), new MapAreaValue(new PCode("ML0599"), "Nowhere", 1)],
            CategoryLabel = "Event type",
        };
        SituationReport report = SampleReports.Weekly(ReportLanguage.English);
        report.Sections.Insert(0, new ReportSection("map-test", "Map test", [map]));
        string text = PdfTestSupport.Squash(string.Concat(PdfTestSupport.PageTexts(PdfTestSupport.Render(report))));
        Assert.Contains("Battles(3)", text, StringComparison.Ordinal);
        Assert.Contains("Riots(1)", text, StringComparison.Ordinal);
        Assert.Contains("Notdrawn,noknownlocation:Nowhere", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", DisclaimerEn)]
    [InlineData("fr", DisclaimerFr)]
    public void Disclaimer_IsInThePdf_InTheReportLanguage(string code, string disclaimer)
    {
        byte[] pdf = PdfTestSupport.Render(SampleReports.Weekly(ReportLanguage.FromCode(code)));
        string text = PdfTestSupport.Squash(string.Concat(PdfTestSupport.PageTexts(pdf)));
        Assert.Contains(PdfTestSupport.Squash(disclaimer), Normalize(text), StringComparison.Ordinal);
        string other = code == "en" ? DisclaimerFr : DisclaimerEn;
        Assert.DoesNotContain(PdfTestSupport.Squash(other), Normalize(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Png_IsDeterministic_AndSizedByTheOptions()
    {
        var renderer = new MapRenderer(new MapImageOptions { Width = 400, Scale = 1.5f, Language = ReportLanguage.French });
        MapBlock map = Map(("Battles", 5), ("Riots", 0));
        byte[] a = renderer.ToPng(map);
        byte[] b = renderer.ToPng(map);
        Assert.Equal(a, b);
        using SKBitmap bitmap = SKBitmap.Decode(a);
        Assert.Equal((int)Math.Ceiling((400 + 16) * 1.5), bitmap.Width);
        Assert.True(bitmap.Height > bitmap.Width / 3);

        // The map is drawn: far more than two colours (outlines, land, sea, symbols).
        var colours = new HashSet<SKColor>();
        for (int y = 0; y < bitmap.Height; y += 7)
        {
            for (int x = 0; x < bitmap.Width; x += 7)
            {
                colours.Add(bitmap.GetPixel(x, y));
            }
        }

        Assert.True(colours.Count > 10, $"Only {colours.Count} colours sampled.");
    }

    [Fact]
    public void Svg_IsDeterministicXml_WithTheDisclaimer()
    {
        var renderer = new MapRenderer();
        MapBlock map = Map(("Battles", 5), ("Riots", 0));
        string a = renderer.ToSvg(map);
        Assert.Equal(a, renderer.ToSvg(map));
        XDocument svg = XDocument.Parse(a);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.True(svg.Descendants().Count(e => e.Name.LocalName == "path") > 10);
        // Skia writes one text element per word, so compare without the white space.
        string text = PdfTestSupport.Squash(string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value)));
        Assert.Contains(PdfTestSupport.Squash(DisclaimerEn), text, StringComparison.Ordinal);
        Assert.Contains("Battles(1)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceValues_AreTheMaximumAndRoundValuesBelowIt()
    {
        Assert.Equal([28d, 5d, 1d], MapLegend.ReferenceValues(28));
        Assert.Equal([569_953d, 100_000d, 20_000d], MapLegend.ReferenceValues(569_953));
        Assert.Equal([1d], MapLegend.ReferenceValues(1));
        Assert.Empty(MapLegend.ReferenceValues(0));
    }

    [Fact]
    public void Clip_KeepsTheRingInsideTheRectangle()
    {
        List<SKPoint> ring = [new(-10, -10), new(10, -10), new(10, 10), new(-10, 10)];
        List<SKPoint> clipped = MapPainter.Clip(ring, new SKRect(0, 0, 20, 20));

        // The square's quarter inside the rectangle: area 100 (shoelace formula).
        double area = 0;
        for (int i = 0; i < clipped.Count; i++)
        {
            SKPoint p = clipped[i];
            SKPoint q = clipped[(i + 1) % clipped.Count];
            area += (p.X * q.Y) - (q.X * p.Y);
        }

        Assert.Equal(100, Math.Abs(area / 2), 3);
        Assert.All(clipped, p => Assert.True(p.X >= 0 && p.Y >= 0));
    }

    private static string Normalize(string text) => text.Replace('\u2019', '\'');

    private static MapBlock Map(params (string Category, double Weight)[] points) =>
        new("Test map", ["MLI", "BFA", "NER"], points.Select((p, i) => new MapPoint(13 + (i * 0.3), -3 + (i * 0.5), p.Weight, p.Category, "Place " + i)).ToArray(), [], "Events")
        {
            WeightLabel = "Fatalities",
        };

    private static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6371.0;
        double dLat = (lat2 - lat1) * Math.PI / 180;
        double dLon = (lon2 - lon1) * Math.PI / 180;
        double h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * r * Math.Asin(Math.Sqrt(h));
    }
}
