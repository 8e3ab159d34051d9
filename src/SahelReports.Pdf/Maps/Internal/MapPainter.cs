using System.Globalization;
using SahelReports.Geography;
using SahelReports.Pdf.Internal;
using SahelReports.Reporting;
using SkiaSharp;

namespace SahelReports.Pdf.Maps.Internal;

/// <summary>
/// Draws a <see cref="MapBlock"/> as vectors: the Natural Earth country outlines of the base map in the
/// <see cref="MapProjection"/>, country names, admin 1 capitals (from the gazetteer), proportional symbols for area values at
/// their capitals, points coloured by category and sized by weight, labels placed without collisions, a scale bar, a north
/// arrow, and under the map the legend (with the count of points per category), the sources and the United Nations
/// boundaries disclaimer in the report's language.
/// </summary>
/// <remarks>Every text is laid out in the constructor, so the PDF's first layout pass records its characters for font
/// subsetting; <see cref="Draw"/> only draws. Label placement is greedy, in priority order: area values, the framed
/// countries' names, the five heaviest labelled points, capitals, then neighbouring countries' names; a label that would
/// overlap one already placed, a symbol of an area value, the scale bar or the north arrow tries its other positions and is
/// left out when none is free (its symbol stays).</remarks>
internal sealed class MapPainter
{
    private const float LabelSize = 6.5f;
    private const float LegendSize = 7f;
    private const float MaxPointRadius = 8f;
    private const float MinPointRadius = 2f;
    private const float MaxAreaRadius = 20f;
    private const float MinAreaRadius = 2.5f;
    private const float Gap = 6f;
    private const int LabelledPoints = 5;

    private static readonly SKColor s_sea = new(0xE3, 0xEC, 0xF3);
    private static readonly SKColor s_otherLand = new(0xEE, 0xEC, 0xE7);
    private static readonly SKColor s_framedLand = SKColors.White;
    private static readonly SKColor s_border = new(0xA9, 0xB1, 0xB9);
    private static readonly SKColor s_areaFill = new(0x1F, 0x4E, 0x79, 0x38);
    private static readonly SKColor s_areaStroke = new(0x1F, 0x4E, 0x79);

    /// <summary>Country label anchors by country and frame: both layout passes of a PDF, and repeated reports of the same
    /// countries, reuse them (the search tests a few hundred points against the outline).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, double, double, double, double, float, float), SKPoint?> s_anchors = new();

    private readonly MapBlock _map;
    private readonly TextLayout _text;
    private readonly float _width;
    private readonly float _mapHeight;
    private readonly MapProjection _projection;
    private readonly MapLegend _legend;
    private readonly IReadOnlyList<CountryShape> _countries;
    private readonly HashSet<string> _framed;
    private readonly List<(GeoPoint At, string Name)> _capitals = [];
    private readonly List<(TextLine Line, float X, float Y, bool Under, bool Boxed)> _labels = [];
    private readonly List<SKRect> _pointBoxes = [];
    private readonly List<SKRect> _furniture = [];
    private readonly List<SKRect> _areaBoxes = [];
    private readonly List<LegendColumn> _columns = [];
    private readonly List<TextLine> _footer = [];
    private readonly TextLine _north;
    private readonly (double Km, TextLine Zero, TextLine Distance) _scale;
    private readonly float _legendHeight;

    /// <summary>Lays out the map for a box <paramref name="width"/> wide whose map part is at most <paramref name="maxMapHeight"/> tall.</summary>
    public MapPainter(MapBlock map, TextLayout text, ReportLanguage language, float width, float maxMapHeight)
    {
        _map = map;
        _text = text;
        _width = width;
        _legend = new MapLegend(map, Gazetteer.Default);
        _framed = new HashSet<string>(map.CountryAlpha3, StringComparer.Ordinal);
        (double west, double east, double south, double north) = Extent(map, _legend);
        float natural = MapProjection.NaturalHeight(west, east, south, north, width);
        _mapHeight = Math.Clamp(natural, width * 0.35f, Math.Max(width * 0.35f, maxMapHeight));
        _projection = new MapProjection(west, east, south, north, width, _mapHeight);
        MapProjection p = _projection;
        _countries = BaseMap.Default.Countries
            .Where(c => c.East >= p.West && c.West <= p.East && c.North >= p.South && c.South <= p.North)
            .ToArray();

        foreach (string alpha3 in map.CountryAlpha3.Order(StringComparer.Ordinal))
        {
            foreach (AdminArea area in Gazetteer.Default.GetAreas(1, alpha3).OrderBy(a => a.Code.Value, StringComparer.Ordinal))
            {
                if (area.CapitalLocation is { } at && area.Capital is not null)
                {
                    _capitals.Add((at, area.Capital));
                }
            }
        }

        // Fixed furniture first: the scale bar (bottom left) and the north arrow (top right) are obstacles for labels.
        double km = NiceKm(width * 0.2 * p.KmPerPoint);
        _scale = (km, Line("0", FontRole.Regular, LabelSize, Theme.Ink), Line(ReportFormatter.FormatInteger((long)km, language) + " km", FontRole.Regular, LabelSize, Theme.Ink));
        _furniture.Add(ScaleBarBox());
        _north = Line("N", FontRole.Bold, LegendSize, Theme.Ink);
        _furniture.Add(NorthArrowBox());
        foreach (PlacedArea area in _legend.Areas)
        {
            float r = AreaRadius(area.Value.Value);
            float cx = p.X(area.Location.Longitude);
            float cy = p.Y(area.Location.Latitude);
            _areaBoxes.Add(new SKRect(cx - r, cy - r, cx + r, cy + r));
        }

        foreach (MapPoint point in map.Points)
        {
            float r = PointRadius(point.Weight);
            float cx = p.X(point.Longitude);
            float cy = p.Y(point.Latitude);
            _pointBoxes.Add(new SKRect(cx - r, cy - r, cx + r, cy + r));
        }

        PlaceLabels(language);
        BuildLegend(language);
        string sources = map.SourceLine is { } s ? ReportStrings.Format("Map.Sources", language, s) : ReportStrings.Get("Map.BaseMap", language);
        if (_legend.Unplaced.Count > 0)
        {
            _footer.AddRange(_text.Lines([new(ReportStrings.Format("Map.Unplaced", language, string.Join(", ", _legend.Unplaced.Select(u => u.Name))), FontRole.Italic, Theme.Small, Theme.Muted)], width));
        }

        _footer.AddRange(_text.Lines([new(sources, FontRole.Regular, Theme.Small - 0.5f, Theme.Muted)], width));
        _footer.AddRange(_text.Lines([new(ReportStrings.Get("Map.Disclaimer", language), FontRole.Italic, Theme.Small - 0.5f, Theme.Muted)], width));
        _legendHeight = _columns.Count == 0 ? 0 : _columns.Max(c => c.Height);
        Height = _mapHeight + (_legendHeight > 0 ? Gap + _legendHeight : 0) + Gap + _footer.Sum(l => l.Height);
    }

    /// <summary>Gets the height of the whole box: map, legend and footer lines.</summary>
    public float Height { get; }

    /// <summary>Gets the height of the map frame.</summary>
    public float MapHeight => _mapHeight;

    /// <summary>Gets the legend's point categories with their counts.</summary>
    public MapLegend Legend => _legend;

    /// <summary>Gets the boxes of the labels placed on the map, in frame coordinates (for tests: they never overlap).</summary>
    public IReadOnlyList<SKRect> LabelBoxes => _labels.Select(l => new SKRect(l.X, l.Y, l.X + l.Line.Width, l.Y + l.Line.Height)).ToArray();

    /// <summary>Draws the map with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Draw(SKCanvas canvas, float x, float y)
    {
        var frame = new SKRect(x, y, x + _width, y + _mapHeight);
        canvas.Save();
        canvas.ClipRect(frame);
        using (var sea = new SKPaint { Color = s_sea, Style = SKPaintStyle.Fill })
        {
            canvas.DrawRect(frame, sea);
        }

        DrawCountries(canvas, x, y);
        foreach ((TextLine line, float lx, float ly, _, _) in _labels.Where(l => l.Under))
        {
            _text.Draw(canvas, line, x + lx, y + ly);
        }

        DrawAreas(canvas, x, y);
        DrawCapitals(canvas, x, y);
        DrawPoints(canvas, x, y);
        using (var halo = new SKPaint { Color = Theme.White.WithAlpha(0xD8), Style = SKPaintStyle.Fill })
        {
            foreach ((TextLine line, float lx, float ly, _, bool boxed) in _labels.Where(l => !l.Under))
            {
                if (boxed)
                {
                    // A light box behind values and place names that sit on symbols keeps them legible.
                    canvas.DrawRect(new SKRect(x + lx - 1, y + ly + 1, x + lx + line.Width + 1, y + ly + line.Height - 0.5f), halo);
                }

                _text.Draw(canvas, line, x + lx, y + ly);
            }
        }

        DrawScaleBar(canvas, x, y);
        DrawNorthArrow(canvas, x, y);
        canvas.Restore();
        using (var border = new SKPaint { Color = Theme.Muted, StrokeWidth = 0.8f, IsStroke = true })
        {
            canvas.DrawRect(frame, border);
        }

        float top = y + _mapHeight + Gap;
        float left = x;
        foreach (LegendColumn column in _columns)
        {
            column.Draw(canvas, _text, left, top);
            left += column.Width;
        }

        top += (_legendHeight > 0 ? _legendHeight + Gap : 0);
        foreach (TextLine line in _footer)
        {
            _text.Draw(canvas, line, x, top);
            top += line.Height;
        }
    }

    private static (double West, double East, double South, double North) Extent(MapBlock map, MapLegend legend)
    {
        var lons = new List<double>();
        var lats = new List<double>();
        foreach (string alpha3 in map.CountryAlpha3)
        {
            if (BaseMap.Default.Find(alpha3) is { } c)
            {
                lons.AddRange([c.MainWest, c.MainEast]);
                lats.AddRange([c.MainSouth, c.MainNorth]);
            }
        }

        lons.AddRange(map.Points.Select(p => p.Longitude));
        lats.AddRange(map.Points.Select(p => p.Latitude));
        lons.AddRange(legend.Areas.Select(a => a.Location.Longitude));
        lats.AddRange(legend.Areas.Select(a => a.Location.Latitude));
        if (lons.Count == 0)
        {
            return (-12.5, 16, 9, 25); // Mali, Burkina Faso and Niger
        }

        const double pad = 0.6;
        return (lons.Min() - pad, lons.Max() + pad, lats.Min() - pad, lats.Max() + pad);
    }

    private static double NiceKm(double km)
    {
        double power = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(km, 1))));
        double m = km / power;
        return (m < 1.5 ? 1 : m < 2.25 ? 2 : m < 3.5 ? 2.5 : m < 7.5 ? 5 : 10) * power;
    }

    private float PointRadius(double weight) =>
        weight > 0 && _legend.MaxWeight > 0 ? MinPointRadius + (float)((MaxPointRadius - MinPointRadius) * Math.Sqrt(weight / _legend.MaxWeight)) : MinPointRadius;

    private float AreaRadius(double value) =>
        value > 0 && _legend.MaxValue > 0 ? Math.Max(MinAreaRadius, (float)(MaxAreaRadius * Math.Sqrt(value / _legend.MaxValue))) : MinAreaRadius;

    private TextLine Line(string text, FontRole role, float size, SKColor color) => _text.Lines([new(text, role, size, color)], float.MaxValue)[0];

    private SKRect ScaleBarBox()
    {
        float bar = (float)(_scale.Km / _projection.KmPerPoint);
        return new SKRect(4, _mapHeight - 22, 14 + bar + _scale.Distance.Width, _mapHeight - 4);
    }

    private SKRect NorthArrowBox() => new(_width - 22, 4, _width - 4, 34);

    private void PlaceLabels(ReportLanguage language)
    {
        MapProjection p = _projection;

        var anchors = _countries.Select(c => (Country: c, At: LabelAnchor(c))).Where(a => a.At is not null).ToArray();

        // 1. Area values: inside a symbol wide enough, else next to it. With incident points on the map, values of small
        // symbols are left to the tables; without points (a map of area values only) every value is labelled.
        bool labelAll = _map.Points.Count == 0;
        foreach (PlacedArea area in _legend.Areas.OrderByDescending(a => a.Value.Value).ThenBy(a => a.Value.Area.Value, StringComparer.Ordinal))
        {
            float r = AreaRadius(area.Value.Value);
            if (!labelAll && r < 5)
            {
                continue;
            }

            TextLine line = Line(ReportFormatter.FormatInteger((long)Math.Round(area.Value.Value), language), FontRole.Bold, LabelSize, s_areaStroke);
            float cx = p.X(area.Location.Longitude);
            float cy = p.Y(area.Location.Latitude);
            var own = new SKRect(cx - r, cy - r, cx + r, cy + r);
            if (r >= 10 && r >= (line.Width / 2) + 3 && TryPlace(line, [new(cx - (line.Width / 2), cy + 2)], own, overAreas: true, boxed: true))
            {
                continue;
            }

            TryPlace(line, Around(cx, cy, r, line), own, boxed: true);
        }

        // 2. The framed countries' names: a base-map layer drawn under the symbols, so area symbols do not push them away.
        foreach ((CountryShape country, SKPoint? at) in anchors.Where(a => _framed.Contains(a.Country.Alpha3)))
        {
            TextLine line = Line(country.Name(language.Code).ToUpper(language.ResourceCulture), FontRole.Bold, 8f, Theme.Muted);
            SKPoint[] free = Spiral(at!.Value)
                .Where(c => country.Contains(p.Latitude(c.Y), p.Longitude(c.X)))
                .Select(c => new SKPoint(c.X - (line.Width / 2), c.Y - (line.Height / 2)))
                .Where(c => !_pointBoxes.Any(b => b.IntersectsWith(new SKRect(c.X, c.Y, c.X + line.Width, c.Y + line.Height))))
                .ToArray();
            if (!TryPlace(line, free, null, clear: true))
            {
                TryPlace(line, [new(at.Value.X - (line.Width / 2), at.Value.Y - (line.Height / 2))], null, under: true);
            }
        }

        // 3. The heaviest labelled points, the capitals, then the neighbours' names.
        foreach (MapPoint point in _map.Points.Where(pt => pt.Label is not null && pt.Weight > 0).OrderByDescending(pt => pt.Weight).ThenBy(pt => pt.Label, StringComparer.Ordinal).Take(LabelledPoints))
        {
            TextLine line = Line(point.Label!, FontRole.Italic, LabelSize, Theme.Ink);
            TryPlace(line, Around(p.X(point.Longitude), p.Y(point.Latitude), PointRadius(point.Weight), line), null, boxed: true);
        }

        foreach ((GeoPoint at, string name) in _capitals)
        {
            TextLine line = Line(name, FontRole.Regular, LabelSize, Theme.Ink);
            TryPlace(line, Around(p.X(at.Longitude), p.Y(at.Latitude), 1.8f, line), null);
        }

        foreach ((CountryShape country, SKPoint? at) in anchors.Where(a => !_framed.Contains(a.Country.Alpha3)))
        {
            TextLine line = Line(country.Name(language.Code), FontRole.Italic, 7f, Theme.Muted);
            TryPlace(line, [new(at!.Value.X - (line.Width / 2), at.Value.Y - (line.Height / 2))], null, under: true);
        }
    }

    /// <summary>Label positions around a symbol of radius <paramref name="r"/>: right, left, above, below.</summary>
    private static SKPoint[] Around(float cx, float cy, float r, TextLine line) =>
    [
        new(cx + r + 2, cy - (line.Height / 2)),
        new(cx - r - 2 - line.Width, cy - (line.Height / 2)),
        new(cx - (line.Width / 2), cy - r - line.Height),
        new(cx - (line.Width / 2), cy + r),
    ];

    /// <summary>Candidate label centres around <paramref name="at"/>: the point, then rings 12 pt apart out to 72 pt, eight per ring.</summary>
    private static IEnumerable<SKPoint> Spiral(SKPoint at)
    {
        yield return at;
        for (int ring = 1; ring <= 6; ring++)
        {
            for (int k = 0; k < 8; k++)
            {
                double angle = k * Math.PI / 4;
                yield return new SKPoint(at.X + (float)(ring * 12 * 1.6 * Math.Cos(angle)), at.Y + (float)(ring * 12 * Math.Sin(angle)));
            }
        }
    }

    private bool TryPlace(TextLine line, IEnumerable<SKPoint> candidates, SKRect? own, bool under = false, bool overAreas = false, bool boxed = false, bool clear = false)
    {
        foreach (SKPoint c in candidates)
        {
            var box = new SKRect(c.X - 1, c.Y, c.X + line.Width + 1, c.Y + line.Height);
            if (box.Left < 2 || box.Top < 2 || box.Right > _width - 2 || box.Bottom > _mapHeight - 2)
            {
                continue;
            }

            if (_labels.Any(l => new SKRect(l.X - 1, l.Y, l.X + l.Line.Width + 1, l.Y + l.Line.Height).IntersectsWith(box))
                || _furniture.Any(o => o.IntersectsWith(box))
                || (!under && !overAreas && _areaBoxes.Any(o => o != own && o.IntersectsWith(box))))
            {
                continue;
            }

            _labels.Add((line, c.X, c.Y, under || clear, boxed));
            return true;
        }

        return false;
    }

    /// <summary>A point inside the country's visible part near its visual middle (cached per country and frame): the inside sample of a 17×17 grid over the
    /// visible bounds that is closest to the mean of all inside samples; <see langword="null"/> when too little is visible.</summary>
    private SKPoint? LabelAnchor(CountryShape country)
    {
        MapProjection p = _projection;
        var key = (country.Alpha3, p.West, p.East, p.South, p.North, p.Width, p.Height);
        if (s_anchors.TryGetValue(key, out SKPoint? cached))
        {
            return cached;
        }

        if (s_anchors.Count > 1024)
        {
            s_anchors.Clear();
        }

        SKPoint? anchor = FindAnchor(country);
        s_anchors[key] = anchor;
        return anchor;
    }

    private SKPoint? FindAnchor(CountryShape country)
    {
        MapProjection p = _projection;
        double w = Math.Max(country.West, p.West);
        double e = Math.Min(country.East, p.East);
        double s = Math.Max(country.South, p.South);
        double n = Math.Min(country.North, p.North);
        var inside = new List<(double Lon, double Lat)>();
        const int steps = 17;
        for (int i = 1; i < steps; i++)
        {
            for (int j = 1; j < steps; j++)
            {
                double lon = w + ((e - w) * i / steps);
                double lat = s + ((n - s) * j / steps);
                if (country.Contains(lat, lon))
                {
                    inside.Add((lon, lat));
                }
            }
        }

        if (inside.Count < 8 || p.X(e) - p.X(w) < 30 || p.Y(s) - p.Y(n) < 14)
        {
            return null;
        }

        double mx = inside.Average(q => q.Lon);
        double my = inside.Average(q => q.Lat);
        (double lon0, double lat0) = inside.MinBy(q => ((q.Lon - mx) * (q.Lon - mx)) + ((q.Lat - my) * (q.Lat - my)));
        return new SKPoint(p.X(lon0), p.Y(lat0));
    }

    private void BuildLegend(ReportLanguage language)
    {
        int count = (_legend.Categories.Count > 0 ? 1 : 0) + (_legend.MaxWeight > 0 ? 1 : 0) + (_legend.Areas.Count > 0 ? 1 : 0) + (_capitals.Count > 0 ? 1 : 0);
                float categoryWidth = count > 1 ? _width * 0.34f : _width;
        float otherWidth = count > 1 ? (_width - (_legend.Categories.Count > 0 ? categoryWidth : 0)) / (count - (_legend.Categories.Count > 0 ? 1 : 0)) : _width;
        if (_legend.Categories.Count > 0)
        {
            var column = new LegendColumn(Title(_map.CategoryLabel, categoryWidth - 4)) { Width = categoryWidth };
            foreach (LegendCategory category in _legend.Categories)
            {
                string label = string.Create(CultureInfo.InvariantCulture, $"{category.Label} ({ReportFormatter.FormatInteger(category.Count, language)})");
                column.Add(3f, category.Color, filled: true, square: false, Wrap(label, categoryWidth - 20));
            }

            _columns.Add(column);
        }

        if (_legend.MaxWeight > 0)
        {
            var column = new LegendColumn(Title(_map.WeightLabel, otherWidth - 4)) { Width = otherWidth };
            foreach (double value in MapLegend.ReferenceValues(_legend.MaxWeight))
            {
                column.Add(PointRadius(value), Theme.Muted, filled: true, square: false, Wrap(ReportFormatter.FormatDecimal(value, 0, language), otherWidth - 30));
            }

            if (_map.Points.Any(pt => pt.Weight <= 0))
            {
                column.Add(MinPointRadius, Theme.Muted, filled: false, square: false, Wrap(ReportFormatter.FormatInteger(0, language), otherWidth - 30));
            }

            _columns.Add(column);
        }

        if (_legend.Areas.Count > 0)
        {
            var column = new LegendColumn(Title(_map.ValueLabel, otherWidth - 4)) { Width = otherWidth };
            column.AddNested(MapLegend.ReferenceValues(_legend.MaxValue).Select(v => (AreaRadius(v), Line(ReportFormatter.FormatDecimal(v, 0, language), FontRole.Regular, LegendSize, Theme.Ink))).ToArray(), s_areaStroke);

            if (_legend.Dates is { } dates)
            {
                column.AddText(Wrap(ReportStrings.Format("Map.Dates", language, ReportFormatter.FormatDateRange(dates, language)), otherWidth - 8));
            }

            _columns.Add(column);
        }

        if (_capitals.Count > 0)
        {
            var column = new LegendColumn([]) { Width = otherWidth };
            column.Add(1.8f, Theme.Ink, filled: true, square: true, Wrap(ReportStrings.Get("Map.Capital", language), otherWidth - 20));
            _columns.Add(column);
        }
    }

    private IReadOnlyList<TextLine> Title(string? title, float width) =>
        title is null ? [] : _text.Lines([new(title, FontRole.Bold, LegendSize, Theme.Ink)], Math.Max(width, 40));

    private IReadOnlyList<TextLine> Wrap(string text, float width) => _text.Lines([new(text, FontRole.Regular, LegendSize, Theme.Ink)], Math.Max(width, 40));

    private void DrawCountries(SKCanvas canvas, float x, float y)
    {
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var stroke = new SKPaint { Color = s_border, StrokeWidth = 0.5f, IsStroke = true, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
        using var framedStroke = new SKPaint { Color = Theme.Muted, StrokeWidth = 1.1f, IsStroke = true, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };

        // Each outline is written twice (fill, then stroke), framed countries last so their darker border lies on top.
        var paths = _countries.OrderBy(c => _framed.Contains(c.Alpha3)).Select(c => (Country: c, Path: CountryPath(c, x, y))).Where(q => q.Path is not null).ToArray();
        try
        {
            foreach ((CountryShape country, SKPath? path) in paths)
            {
                fill.Color = _framed.Contains(country.Alpha3) ? s_framedLand : s_otherLand;
                canvas.DrawPath(path!, fill);
            }

            foreach ((CountryShape country, SKPath? path) in paths)
            {
                canvas.DrawPath(path!, _framed.Contains(country.Alpha3) ? framedStroke : stroke);
            }
        }
        finally
        {
            foreach ((_, SKPath? path) in paths)
            {
                path!.Dispose();
            }
        }
    }

    /// <summary>The country's outline on the page: each ring projected, clipped to the frame (a few points outside it, so the
    /// clip edges never show), thinned to corners at least half a point apart and rounded to a quarter point, which keeps the
    /// PDF small without a visible change; <see langword="null"/> when nothing is left inside the frame.</summary>
    private SKPath? CountryPath(CountryShape country, float x, float y)
    {
        var clip = new SKRect(x - 4, y - 4, x + _width + 4, y + _mapHeight + 4);
        using var path = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        bool any = false;
        foreach (GeoRing ring in country.Polygons.SelectMany(polygon => polygon))
        {
            var points = new List<SKPoint>(ring.Count);
            for (int i = 0; i < ring.Count; i++)
            {
                points.Add(new SKPoint(x + _projection.X(ring.Longitudes[i]), y + _projection.Y(ring.Latitudes[i])));
            }

            List<SKPoint> clipped = Thin(Clip(points, clip));
            if (clipped.Count < 3)
            {
                continue;
            }

            path.MoveTo(clipped[0]);
            for (int i = 1; i < clipped.Count; i++)
            {
                path.LineTo(clipped[i]);
            }

            path.Close();
            any = true;
        }

        return any ? path.Detach() : null;
    }

    /// <summary>Sutherland–Hodgman clipping of a closed ring to a rectangle.</summary>
    internal static List<SKPoint> Clip(List<SKPoint> ring, SKRect rect)
    {
        List<SKPoint> result = ring;
        result = ClipEdge(result, p => p.X >= rect.Left, (a, b) => Cross(a, b, (rect.Left - a.X) / (b.X - a.X)));
        result = ClipEdge(result, p => p.X <= rect.Right, (a, b) => Cross(a, b, (rect.Right - a.X) / (b.X - a.X)));
        result = ClipEdge(result, p => p.Y >= rect.Top, (a, b) => Cross(a, b, (rect.Top - a.Y) / (b.Y - a.Y)));
        result = ClipEdge(result, p => p.Y <= rect.Bottom, (a, b) => Cross(a, b, (rect.Bottom - a.Y) / (b.Y - a.Y)));
        return result;

        static SKPoint Cross(SKPoint a, SKPoint b, float t) => new(a.X + ((b.X - a.X) * t), a.Y + ((b.Y - a.Y) * t));
    }

    private static List<SKPoint> ClipEdge(List<SKPoint> ring, Func<SKPoint, bool> inside, Func<SKPoint, SKPoint, SKPoint> cross)
    {
        var output = new List<SKPoint>(ring.Count);
        for (int i = 0; i < ring.Count; i++)
        {
            SKPoint current = ring[i];
            SKPoint previous = ring[(i + ring.Count - 1) % ring.Count];
            bool currentIn = inside(current);
            if (currentIn != inside(previous))
            {
                output.Add(cross(previous, current));
            }

            if (currentIn)
            {
                output.Add(current);
            }
        }

        return output;
    }

    private static List<SKPoint> Thin(List<SKPoint> ring)
    {
        var result = new List<SKPoint>(ring.Count);
        foreach (SKPoint p in ring)
        {
            var q = new SKPoint(MathF.Round(p.X * 4) / 4, MathF.Round(p.Y * 4) / 4);
            if (result.Count == 0 || Math.Abs(q.X - result[^1].X) + Math.Abs(q.Y - result[^1].Y) >= 0.5f)
            {
                result.Add(q);
            }
        }

        return result;
    }

    private void DrawAreas(SKCanvas canvas, float x, float y)
    {
        using var fill = new SKPaint { Color = s_areaFill, Style = SKPaintStyle.Fill, IsAntialias = true };
        using var stroke = new SKPaint { Color = s_areaStroke, StrokeWidth = 0.8f, IsStroke = true, IsAntialias = true };
        foreach (PlacedArea area in _legend.Areas.OrderByDescending(a => a.Value.Value).ThenBy(a => a.Value.Area.Value, StringComparer.Ordinal))
        {
            float r = AreaRadius(area.Value.Value);
            float cx = x + _projection.X(area.Location.Longitude);
            float cy = y + _projection.Y(area.Location.Latitude);
            canvas.DrawCircle(cx, cy, r, fill);
            canvas.DrawCircle(cx, cy, r, stroke);
        }
    }

    private void DrawCapitals(SKCanvas canvas, float x, float y)
    {
        using var dot = new SKPaint { Color = Theme.Ink, Style = SKPaintStyle.Fill, IsAntialias = true };
        foreach ((GeoPoint at, _) in _capitals)
        {
            float cx = x + _projection.X(at.Longitude);
            float cy = y + _projection.Y(at.Latitude);
            canvas.DrawRect(new SKRect(cx - 1.6f, cy - 1.6f, cx + 1.6f, cy + 1.6f), dot);
        }
    }

    private void DrawPoints(SKCanvas canvas, float x, float y)
    {
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var ring = new SKPaint { Color = Theme.White, StrokeWidth = 0.6f, IsStroke = true, IsAntialias = true };
        using var hollow = new SKPaint { StrokeWidth = 0.9f, IsStroke = true, IsAntialias = true };

        // Largest first, so small symbols stay visible on top of large ones.
        foreach (MapPoint point in _map.Points.OrderByDescending(pt => pt.Weight).ThenBy(pt => pt.Latitude).ThenBy(pt => pt.Longitude))
        {
            float cx = x + _projection.X(point.Longitude);
            float cy = y + _projection.Y(point.Latitude);
            SKColor color = _legend.ColorOf(point.Category);
            float r = PointRadius(point.Weight);
            if (point.Weight > 0)
            {
                fill.Color = color.WithAlpha(0xD9);
                canvas.DrawCircle(cx, cy, r, fill);
                canvas.DrawCircle(cx, cy, r, ring);
            }
            else
            {
                hollow.Color = color;
                canvas.DrawCircle(cx, cy, r, hollow);
            }
        }
    }

    private void DrawScaleBar(SKCanvas canvas, float x, float y)
    {
        SKRect box = ScaleBarBox();
        box.Offset(x, y);
        using var back = new SKPaint { Color = Theme.White.WithAlpha(0xD0), Style = SKPaintStyle.Fill };
        canvas.DrawRect(box, back);
        float bar = (float)(_scale.Km / _projection.KmPerPoint);
        float left = box.Left + 6;
        float baseY = box.Bottom - 4;
        using var dark = new SKPaint { Color = Theme.Ink, Style = SKPaintStyle.Fill };
        using var outline = new SKPaint { Color = Theme.Ink, StrokeWidth = 0.5f, IsStroke = true };
        canvas.DrawRect(new SKRect(left, baseY - 3, left + (bar / 2), baseY), dark);
        canvas.DrawRect(new SKRect(left, baseY - 3, left + bar, baseY), outline);
        _text.Draw(canvas, _scale.Zero, left - (_scale.Zero.Width / 2), baseY - 3 - _scale.Zero.Height);
        _text.Draw(canvas, _scale.Distance, left + bar - (_scale.Zero.Width / 2), baseY - 3 - _scale.Distance.Height);
    }

    private void DrawNorthArrow(SKCanvas canvas, float x, float y)
    {
        SKRect box = NorthArrowBox();
        box.Offset(x, y);
        float cx = box.MidX;
        using var builder = new SKPathBuilder();
        builder.MoveTo(cx, box.Top + _north.Height + 1);
        builder.LineTo(cx + 5, box.Bottom - 2);
        builder.LineTo(cx, box.Bottom - 6);
        builder.LineTo(cx - 5, box.Bottom - 2);
        builder.Close();
        using SKPath path = builder.Detach();
        using var fill = new SKPaint { Color = Theme.Ink, Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawPath(path, fill);
        _text.Draw(canvas, _north, box.Left, box.Top, box.Width, Align.Center);
    }

    /// <summary>One row of a legend column: a symbol with its wrapped label, a text line, or nested proportional circles.</summary>
    private sealed record LegendRow(float Radius, SKColor Color, bool Filled, bool Square, bool Area, IReadOnlyList<TextLine> Lines, IReadOnlyList<(float Radius, TextLine Label)>? Nested = null)
    {
        public float Height => Nested is { Count: > 0 } n
            ? Math.Max((n.Max(c => c.Radius) * 2) + 2, n.Sum(c => c.Label.Height))
            : Math.Max(Lines.Sum(l => l.Height), (Radius * 2) + 2);
    }

    /// <summary>One column of the legend: an optional title and rows of symbols with their labels.</summary>
    private sealed class LegendColumn(IReadOnlyList<TextLine> title)
    {
        private readonly List<LegendRow> _rows = [];

        public float Width { get; init; }

        public float Height => (title.Count > 0 ? title.Sum(l => l.Height) + 2 : 0) + _rows.Sum(r => r.Height);

        private float SymbolWidth => _rows.Count == 0 ? 0 : (_rows.Max(r => r.Radius) * 2) + 5;

        public void Add(float radius, SKColor color, bool filled, bool square, IReadOnlyList<TextLine> lines) =>
            _rows.Add(new LegendRow(radius, color, filled, square, false, lines));

        public void AddText(IReadOnlyList<TextLine> lines) => _rows.Add(new LegendRow(0, SKColors.Transparent, false, false, false, lines));

        /// <summary>Adds proportional circles nested on a common bottom, each labelled at its top by a leader line.</summary>
        public void AddNested(IReadOnlyList<(float Radius, TextLine Label)> circles, SKColor color) =>
            _rows.Add(new LegendRow(0, color, true, false, true, [], circles));

        public void Draw(SKCanvas canvas, TextLayout text, float x, float y)
        {
            foreach (TextLine line in title)
            {
                text.Draw(canvas, line, x, y);
                y += line.Height;
            }

            y += title.Count > 0 ? 2 : 0;
            float symbols = SymbolWidth;
            using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
            using var stroke = new SKPaint { StrokeWidth = 0.8f, IsStroke = true, IsAntialias = true };
            foreach (LegendRow row in _rows)
            {
                float h = row.Height;
                if (row.Nested is { Count: > 0 } nested)
                {
                    DrawNested(canvas, text, nested, row.Color, x, y, h);
                    y += h;
                    continue;
                }

                float cy = y + (h / 2);
                float cx = x + (symbols / 2);
                if (row.Radius > 0)
                {
                    if (row.Square)
                    {
                        fill.Color = row.Color;
                        canvas.DrawRect(new SKRect(cx - row.Radius, cy - row.Radius, cx + row.Radius, cy + row.Radius), fill);
                    }
                    else if (row.Filled)
                    {
                        fill.Color = row.Color.WithAlpha(0xD9);
                        canvas.DrawCircle(cx, cy, row.Radius, fill);
                    }
                    else
                    {
                        stroke.Color = row.Color;
                        canvas.DrawCircle(cx, cy, row.Radius, stroke);
                    }
                }

                float ty = cy - (row.Lines.Sum(l => l.Height) / 2);
                float tx = row.Radius > 0 ? x + symbols + 2 : x;
                foreach (TextLine line in row.Lines)
                {
                    text.Draw(canvas, line, tx, ty);
                    ty += line.Height;
                }

                y += h;
            }
        }

        private static void DrawNested(SKCanvas canvas, TextLayout text, IReadOnlyList<(float Radius, TextLine Label)> circles, SKColor color, float x, float y, float h)
        {
            float max = circles.Max(c => c.Radius);
            float cx = x + max + 1;
            float bottom = y + h - 1;
            using var fill = new SKPaint { Color = s_areaFill, Style = SKPaintStyle.Fill, IsAntialias = true };
            using var stroke = new SKPaint { Color = color, StrokeWidth = 0.8f, IsStroke = true, IsAntialias = true };
            using var leader = new SKPaint { Color = Theme.Muted, StrokeWidth = 0.4f, IsStroke = true, IsAntialias = true };
            float lastLabelBottom = float.MinValue;
            foreach ((float r, TextLine label) in circles.OrderByDescending(c => c.Radius))
            {
                canvas.DrawCircle(cx, bottom - r, r, fill);
                canvas.DrawCircle(cx, bottom - r, r, stroke);
                float top = bottom - (2 * r);
                float ly = Math.Max(top - (label.Height / 2), lastLabelBottom);
                canvas.DrawLine(cx, top, cx + max + 6, ly + (label.Height / 2), leader);
                text.Draw(canvas, label, cx + max + 8, ly);
                lastLabelBottom = ly + label.Height;
            }
        }
    }
}
