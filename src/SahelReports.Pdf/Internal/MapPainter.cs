using System.Globalization;
using SahelReports.Reporting;
using SkiaSharp;

namespace SahelReports.Pdf.Internal;

/// <summary>
/// Draws a <see cref="MapBlock"/> as a simple framed point map: equirectangular longitude/latitude with a 1° graticule,
/// circles whose area follows the point weight, and point labels. Country outlines are a later issue.
/// </summary>
internal sealed class MapPainter
{
    private const float LabelSize = 7f;
    private readonly MapBlock _map;
    private readonly TextLayout _text;
    private readonly float _width;
    private readonly float _height;
    private readonly double _west;
    private readonly double _east;
    private readonly double _south;
    private readonly double _north;
    private readonly List<TextLine?> _labels = [];
    private readonly List<(double Value, TextLine Line)> _lonLabels = [];
    private readonly List<(double Value, TextLine Line)> _latLabels = [];
    private readonly TextLine? _legend;

    public MapPainter(MapBlock map, TextLayout text, ReportLanguage language, float width, float height)
    {
        _map = map;
        _text = text;
        _width = width;
        _height = height;
        IReadOnlyList<MapPoint> points = map.Points;
        double west = points.Count > 0 ? points.Min(p => p.Longitude) : -6;
        double east = points.Count > 0 ? points.Max(p => p.Longitude) : 4;
        double south = points.Count > 0 ? points.Min(p => p.Latitude) : 10;
        double north = points.Count > 0 ? points.Max(p => p.Latitude) : 17;

        // Pad to whole degrees, then widen the shorter side so the frame keeps the page aspect.
        _west = Math.Floor(west - 0.5);
        _east = Math.Ceiling(east + 0.5);
        _south = Math.Floor(south - 0.5);
        _north = Math.Ceiling(north + 0.5);
        double cos = Math.Cos((_south + _north) / 2 * Math.PI / 180);
        double spanX = (_east - _west) * cos;
        double spanY = _north - _south;
        double aspect = width / height;
        if (spanX / spanY < aspect)
        {
            double extra = ((spanY * aspect) - spanX) / cos / 2;
            _west -= extra;
            _east += extra;
        }
        else
        {
            double extra = ((spanX / aspect) - spanY) / 2;
            _south -= extra;
            _north += extra;
        }

        foreach (MapPoint point in points)
        {
            _labels.Add(point.Label is null ? null : Line(point.Label, FontRole.Regular, Theme.Ink));
        }

        for (int lon = (int)Math.Ceiling(_west); lon <= _east; lon++)
        {
            _lonLabels.Add((lon, Line(Degrees(lon, 'E', 'W'), FontRole.Regular, Theme.Muted)));
        }

        for (int lat = (int)Math.Ceiling(_south); lat <= _north; lat++)
        {
            _latLabels.Add((lat, Line(Degrees(lat, 'N', 'S'), FontRole.Regular, Theme.Muted)));
        }

        if (map.ValueLabel is not null && points.Count > 0)
        {
            string max = ReportFormatter.FormatDecimal(points.Max(p => p.Weight), 0, language);
            _legend = Line($"\u25CB {map.ValueLabel} (max {max})", FontRole.Italic, Theme.Muted);
        }
    }

    /// <summary>Draws the map with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Draw(SKCanvas canvas, float x, float y)
    {
        var frame = new SKRect(x, y, x + _width, y + _height);
        using var fill = new SKPaint { Color = Theme.Stripe, Style = SKPaintStyle.Fill };
        canvas.DrawRect(frame, fill);
        using var grid = new SKPaint { Color = Theme.Rule, StrokeWidth = 0.4f, IsStroke = true };
        foreach ((double lon, TextLine line) in _lonLabels)
        {
            float px = X(frame, lon);
            canvas.DrawLine(px, frame.Top, px, frame.Bottom, grid);
            if (px + 2 + line.Width < frame.Right && px > frame.Left + 30)
            {
                _text.Draw(canvas, line, px + 2, frame.Bottom - line.Height - 1);
            }
        }

        foreach ((double lat, TextLine line) in _latLabels)
        {
            float py = Y(frame, lat);
            canvas.DrawLine(frame.Left, py, frame.Right, py, grid);
            if (py + line.Height < frame.Bottom - 12 && py > frame.Top)
            {
                _text.Draw(canvas, line, frame.Left + 2, py + 1);
            }
        }

        double maxWeight = _map.Points.Count > 0 ? Math.Max(1, _map.Points.Max(p => p.Weight)) : 1;
        using var dot = new SKPaint { Color = Theme.Accent, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var ring = new SKPaint { Color = Theme.White, IsAntialias = true, IsStroke = true, StrokeWidth = 0.8f };
        using var empty = new SKPaint { Color = Theme.Accent, IsAntialias = true, IsStroke = true, StrokeWidth = 1f };
        for (int i = 0; i < _map.Points.Count; i++)
        {
            MapPoint point = _map.Points[i];
            float px = X(frame, point.Longitude);
            float py = Y(frame, point.Latitude);
            float r = point.Weight > 0 ? 3f + (float)(11 * Math.Sqrt(point.Weight / maxWeight)) : 3f;
            if (point.Weight > 0)
            {
                canvas.DrawCircle(px, py, r, dot);
                canvas.DrawCircle(px, py, r, ring);
            }
            else
            {
                canvas.DrawCircle(px, py, r, empty);
            }

        }

        // Labels after every circle, heaviest point first; a label that would overlap one already placed, or leave the
        // frame, is left out (the point stays), so crowded areas stay readable.
        var placed = new List<SKRect>();
        foreach (int i in Enumerable.Range(0, _map.Points.Count).OrderByDescending(i => _map.Points[i].Weight).ThenBy(i => i))
        {
            if (_labels[i] is not { } label)
            {
                continue;
            }

            MapPoint point = _map.Points[i];
            float r = point.Weight > 0 ? 3f + (float)(11 * Math.Sqrt(point.Weight / maxWeight)) : 3f;
            float lx = X(frame, point.Longitude) + r + 2;
            float ly = Y(frame, point.Latitude) - (label.Height / 2);
            var box = new SKRect(lx - 1, ly - 1, lx + label.Width + 1, ly + label.Height + 1);
            if (box.Right > frame.Right || box.Bottom > frame.Bottom || box.Top < frame.Top || placed.Any(p => p.IntersectsWith(box)))
            {
                continue;
            }

            placed.Add(box);
            _text.Draw(canvas, label, lx, ly);
        }

        if (_legend is not null)
        {
            _text.Draw(canvas, _legend, frame.Left, frame.Top + 2, _width - 4, Align.Right);
        }

        using var border = new SKPaint { Color = Theme.Muted, StrokeWidth = 0.8f, IsStroke = true };
        canvas.DrawRect(frame, border);
    }

    private static string Degrees(int value, char positive, char negative) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(value)}\u00B0{(value >= 0 ? positive : negative)}");

    private float X(SKRect frame, double lon) => frame.Left + (float)((lon - _west) / (_east - _west) * frame.Width);

    private float Y(SKRect frame, double lat) => frame.Bottom - (float)((lat - _south) / (_north - _south) * frame.Height);

    private TextLine Line(string text, FontRole role, SKColor color) => _text.Lines([new(text, role, LabelSize, color)], float.MaxValue)[0];
}
