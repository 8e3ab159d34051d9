using CsCheck;
using SahelReports.Geography;
using SahelReports.Pdf.Internal;
using SahelReports.Pdf.Maps;
using SahelReports.Pdf.Maps.Internal;
using SahelReports.Reporting;
using SkiaSharp;

namespace SahelReports.Pdf.Tests.Maps;

public sealed class MapLayoutTests
{
    private static readonly string[] s_categories = ["Battles", "Violence against civilians", "Riots", "Protests"];
    private static readonly string[] s_admin1 = ["ML05", "ML06", "ML07", "BF56", "BF46", "BF13", "NE006", "NE002"];

    [Fact]
    public void Labels_NeverOverlap_AndStayInsideTheFrame_WhateverThePoints()
    {
        Gen<MapPoint> point = Gen.Select(Gen.Double[9.5, 20], Gen.Double[-12, 12], Gen.Int[0, 60], Gen.Int[0, 3], Gen.Int[0, 999])
            .Select((lat, lon, w, c, n) => new MapPoint(lat, lon, w, s_categories[c], "Place " + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Gen<MapAreaValue[]> areas = Gen.Int[0, s_admin1.Length - 1].Select(Gen.Int[1, 500_000], (a, v) => new MapAreaValue(new PCode(s_admin1[a]), s_admin1[a], v))
            .Array[0, 8].Select(a => a.DistinctBy(x => x.Area).ToArray());
        using var fonts = new PdfFonts();
        using var text = new TextLayout(fonts);
        Gen.Select(point.Array[0, 120], areas).Sample((points, values) =>
        {
            var map = new MapBlock("t", ["BFA", "MLI", "NER"], points, values, "v");
            var painter = new MapPainter(map, text, ReportLanguage.English, 515, 400);
            IReadOnlyList<SKRect> boxes = painter.LabelBoxes;
            for (int i = 0; i < boxes.Count; i++)
            {
                Assert.True(boxes[i].Left >= 0 && boxes[i].Top >= 0 && boxes[i].Right <= 515 && boxes[i].Bottom <= painter.MapHeight, $"label {boxes[i]} leaves the frame");
                for (int j = i + 1; j < boxes.Count; j++)
                {
                    Assert.False(boxes[i].IntersectsWith(boxes[j]), $"labels {boxes[i]} and {boxes[j]} overlap");
                }
            }

            // Every point is in exactly one legend category.
            Assert.Equal(points.Length, painter.Legend.Categories.Sum(c => c.Count));
        }, iter: 60, threads: 1); // one thread: the fonts and layout are not thread-safe
    }

    [Fact]
    public void EmptyMap_StillDrawsTheBaseMapLegendAndDisclaimer()
    {
        var map = new MapBlock("Empty", [], [], []);
        byte[] png = new MapRenderer(new MapImageOptions { Width = 300 }).ToPng(map);
        using SKBitmap bitmap = SKBitmap.Decode(png);
        Assert.Equal(632, bitmap.Width); // (300 + 2 × 8 margin) × 2
        string svg = new MapRenderer().ToSvg(map);
        Assert.Contains("Nations", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(199f, 2f)]
    [InlineData(4001f, 2f)]
    [InlineData(720f, 0.4f)]
    [InlineData(720f, 8.5f)]
    public void Options_OutOfRange_Throw(float width, float scale) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MapImageOptions { Width = width, Scale = scale });

    [Fact]
    public void Renderer_NullArguments_Throw()
    {
        var renderer = new MapRenderer();
        Assert.Throws<ArgumentNullException>(() => renderer.ToPng(null!));
        Assert.Throws<ArgumentNullException>(() => renderer.WriteSvg(new MapBlock("t", [], [], []), null!));
    }

    [Fact]
    public void Projection_KeepsEqualScale_AndInvertsItself()
    {
        var p = new MapProjection(-12, 16, 9, 25, 515, 300);

        // One degree of latitude and one of longitude times cos(φ0) cover the same number of points.
        double cos = Math.Cos((p.South + p.North) / 2 * Math.PI / 180);
        Assert.Equal(p.Y(10) - p.Y(11), (p.X(1) - p.X(0)) / cos, 3);
        Assert.Equal(5.5, p.Longitude(p.X(5.5)), 6);
        Assert.Equal(13.25, p.Latitude(p.Y(13.25)), 6);

        // The scale: 1° of latitude is 111.32 km.
        Assert.Equal(111.32, (p.Y(10) - p.Y(11)) * p.KmPerPoint, 4);
    }
}
