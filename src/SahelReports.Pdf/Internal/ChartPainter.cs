using System.Globalization;
using SahelReports.Reporting;
using SkiaSharp;

namespace SahelReports.Pdf.Internal;

/// <summary>
/// Draws a <see cref="ChartBlock"/> as vectors on the page canvas (lines with dashed trend lines, grouped, stacked and horizontal bars),
/// with every label laid out by <see cref="TextLayout"/> in the embedded fonts. Labels are laid out when the painter is built,
/// so the first layout pass records their characters for font subsetting.
/// </summary>
internal sealed class ChartPainter
{
    private const float LabelSize = 7f;
    private readonly ChartBlock _chart;
    private readonly TextLayout _text;
    private readonly ReportLanguage _lang;
    private readonly float _width;
    private readonly float _height;
    private readonly (double Max, double Step) _primary;
    private readonly (double Max, double Step) _secondary;
    private readonly bool _hasSecondary;
    private readonly List<TextLine> _legend = [];
    private readonly List<TextLine> _primaryTicks = [];
    private readonly List<TextLine> _secondaryTicks = [];
    private readonly List<TextLine> _categories = [];
    private readonly TextLine? _xTitle;
    private readonly TextLine? _yTitle;
    private readonly TextLine? _y2Title;

    public ChartPainter(ChartBlock chart, TextLayout text, ReportLanguage language, float width, float height)
    {
        _chart = chart;
        _text = text;
        _lang = language;
        _width = width;
        _height = height;
        bool stacked = chart.Kind == ChartKind.StackedBar;
        IEnumerable<ChartSeries> primary = chart.Series.Where(s => !s.SecondaryAxis);
        double primaryMax = stacked
            ? Enumerable.Range(0, chart.Categories.Count).Select(i => primary.Where(s => !s.IsTrendLine).Sum(s => Math.Max(0, s.Values[i]))).DefaultIfEmpty(0).Max()
            : primary.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        _primary = NiceScale(primaryMax);
        _hasSecondary = chart.Series.Any(s => s.SecondaryAxis);
        _secondary = NiceScale(chart.Series.Where(s => s.SecondaryAxis).SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        foreach (ChartSeries series in chart.Series)
        {
            _legend.Add(Label(series.Name));
        }

        for (double v = 0; v <= _primary.Max + 1e-9; v += _primary.Step)
        {
            _primaryTicks.Add(Label(Number(v)));
        }

        for (double v = 0; _hasSecondary && v <= _secondary.Max + 1e-9; v += _secondary.Step)
        {
            _secondaryTicks.Add(Label(Number(v)));
        }

        foreach (string category in chart.Categories)
        {
            _categories.Add(Label(category));
        }

        _xTitle = chart.XAxisTitle is null ? null : Label(chart.XAxisTitle, FontRole.Italic);
        _yTitle = chart.YAxisTitle is null ? null : Label(chart.YAxisTitle, FontRole.Italic);
        _y2Title = chart.SecondaryAxisTitle is null || !_hasSecondary ? null : Label(chart.SecondaryAxisTitle, FontRole.Italic);
    }

    /// <summary>Draws the chart with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Draw(SKCanvas canvas, float x, float y)
    {
        // Legend row.
        float lx = x;
        for (int i = 0; i < _legend.Count; i++)
        {
            ChartSeries series = _chart.Series[i];
            using SKPaint swatch = SeriesPaint(i, series, fill: _chart.Kind != ChartKind.Line && !series.IsTrendLine && !series.SecondaryAxis);
            if (swatch.Style == SKPaintStyle.Fill)
            {
                canvas.DrawRect(new SKRect(lx, y + 3, lx + 9, y + 9), swatch);
            }
            else
            {
                canvas.DrawLine(lx, y + 6, lx + 14, y + 6, swatch);
            }

            _text.Draw(canvas, _legend[i], lx + 17, y);
            lx += 17 + _legend[i].Width + 14;
        }

        float legendHeight = _legend.Count > 0 ? _legend[0].Height + 4 : 0;
        float titleRow = (_yTitle ?? _y2Title)?.Height ?? 0;
        float leftAxis = _primaryTicks.Max(t => t.Width) + 5;
        float rightAxis = _hasSecondary ? _secondaryTicks.Max(t => t.Width) + 5 : 6;
        float bottom = y + _height - (_xTitle?.Height ?? 0) - (_categories.Count > 0 ? _categories[0].Height : 0) - 4;
        var plot = new SKRect(x + leftAxis, y + legendHeight + titleRow + 2, x + _width - rightAxis, bottom);
        bool horizontal = _chart.Kind == ChartKind.HorizontalBar;
        if (horizontal)
        {
            float catWidth = _categories.Count == 0 ? 0 : _categories.Max(c => c.Width) + 5;
            plot = new SKRect(x + catWidth, plot.Top, x + _width - 6, bottom);
        }

        if (_yTitle is not null)
        {
            _text.Draw(canvas, _yTitle, x, plot.Top - titleRow - 2);
        }

        if (_y2Title is not null)
        {
            _text.Draw(canvas, _y2Title, x, plot.Top - titleRow - 2, _width, Align.Right);
        }

        using var grid = new SKPaint { Color = Theme.Rule, StrokeWidth = 0.4f, IsStroke = true };
        using var axis = new SKPaint { Color = Theme.Muted, StrokeWidth = 0.7f, IsStroke = true };
        int n = _chart.Categories.Count;
        if (horizontal)
        {
            DrawHorizontal(canvas, plot, grid, axis, n);
            return;
        }

        for (int t = 0; t < _primaryTicks.Count; t++)
        {
            float ty = plot.Bottom - (float)(t * _primary.Step / _primary.Max * plot.Height);
            canvas.DrawLine(plot.Left, ty, plot.Right, ty, grid);
            TextLine label = _primaryTicks[t];
            _text.Draw(canvas, label, x, ty - (label.Height / 2), leftAxis - 5, Align.Right);
        }

        for (int t = 0; t < _secondaryTicks.Count; t++)
        {
            float ty = plot.Bottom - (float)(t * _secondary.Step / _secondary.Max * plot.Height);
            TextLine label = _secondaryTicks[t];
            _text.Draw(canvas, label, plot.Right + 5, ty - (label.Height / 2));
        }

        canvas.DrawLine(plot.Left, plot.Bottom, plot.Right, plot.Bottom, axis);
        float slot = n == 0 ? plot.Width : plot.Width / n;
        float maxLabel = _categories.Count == 0 ? 0 : _categories.Max(c => c.Width);
        int every = Math.Max(1, (int)Math.Ceiling((maxLabel + 6) / slot));
        for (int i = 0; i < n; i += every)
        {
            _text.Draw(canvas, _categories[i], plot.Left + (i * slot), plot.Bottom + 3, slot, Align.Center);
        }

        if (_xTitle is not null)
        {
            _text.Draw(canvas, _xTitle, plot.Left, y + _height - _xTitle.Height, plot.Width, Align.Center);
        }

        var stackBase = new double[n];
        var bars = _chart.Series.Select((s, i) => (s, i)).Where(p => _chart.Kind != ChartKind.Line && !p.s.IsTrendLine && !p.s.SecondaryAxis).ToList();
        for (int b = 0; b < bars.Count; b++)
        {
            (ChartSeries series, int index) = bars[b];
            using SKPaint paint = SeriesPaint(index, series, fill: true);
            for (int i = 0; i < n; i++)
            {
                double v = Math.Max(0, series.Values[i]);
                float left, right;
                double from = 0;
                if (_chart.Kind == ChartKind.StackedBar)
                {
                    left = plot.Left + (i * slot) + (slot * 0.18f);
                    right = plot.Left + ((i + 1) * slot) - (slot * 0.18f);
                    from = stackBase[i];
                    stackBase[i] += v;
                }
                else
                {
                    float group = slot * 0.7f / bars.Count;
                    left = plot.Left + (i * slot) + (slot * 0.15f) + (b * group);
                    right = left + group - 0.5f;
                }

                float top = plot.Bottom - (float)((from + v) / _primary.Max * plot.Height);
                float baseY = plot.Bottom - (float)(from / _primary.Max * plot.Height);
                canvas.DrawRect(new SKRect(left, top, right, baseY), paint);
            }
        }

        for (int s = 0; s < _chart.Series.Count; s++)
        {
            ChartSeries series = _chart.Series[s];
            if (_chart.Kind != ChartKind.Line && !series.IsTrendLine && !series.SecondaryAxis)
            {
                continue;
            }

            (double max, _) = series.SecondaryAxis ? _secondary : _primary;
            using SKPaint paint = SeriesPaint(s, series, fill: false);
            using var builder = new SKPathBuilder();
            for (int i = 0; i < n; i++)
            {
                var point = new SKPoint(plot.Left + ((i + 0.5f) * slot), plot.Bottom - (float)(series.Values[i] / max * plot.Height));
                if (i == 0)
                {
                    builder.MoveTo(point);
                }
                else
                {
                    builder.LineTo(point);
                }
            }

            using SKPath path = builder.Detach();
            canvas.DrawPath(path, paint);
            if (!series.IsTrendLine)
            {
                using var marker = new SKPaint { Color = paint.Color, IsAntialias = true, Style = SKPaintStyle.Fill };
                for (int i = 0; i < n; i++)
                {
                    float px = plot.Left + ((i + 0.5f) * slot);
                    float py = plot.Bottom - (float)(series.Values[i] / max * plot.Height);
                    if (s % 2 == 0)
                    {
                        canvas.DrawCircle(px, py, 2f, marker);
                    }
                    else
                    {
                        canvas.DrawRect(new SKRect(px - 1.8f, py - 1.8f, px + 1.8f, py + 1.8f), marker);
                    }
                }
            }
        }
    }

    /// <summary>Returns an axis maximum and step (1, 2 or 5 × 10^k) giving 3–6 ticks that cover <paramref name="max"/>.</summary>
    internal static (double Max, double Step) NiceScale(double max)
    {
        if (max <= 0)
        {
            return (1, 1);
        }

        double raw = max / 4;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = new[] { 1.0, 2.0, 2.5, 5.0, 10.0 }.Select(m => m * magnitude).First(s => s >= raw);
        if (step < 1)
        {
            step = 1;
        }

        return (Math.Ceiling(max / step) * step, step);
    }

    private void DrawHorizontal(SKCanvas canvas, SKRect plot, SKPaint grid, SKPaint axis, int n)
    {
        float slot = n == 0 ? plot.Height : plot.Height / n;
        for (int t = 0; t < _primaryTicks.Count; t++)
        {
            float tx = plot.Left + (float)(t * _primary.Step / _primary.Max * plot.Width);
            canvas.DrawLine(tx, plot.Top, tx, plot.Bottom, grid);
            TextLine label = _primaryTicks[t];
            _text.Draw(canvas, label, tx - 30, plot.Bottom + 3, 60, Align.Center);
        }

        canvas.DrawLine(plot.Left, plot.Top, plot.Left, plot.Bottom, axis);
        var bars = _chart.Series.Where(s => !s.IsTrendLine).ToList();
        for (int i = 0; i < n; i++)
        {
            TextLine label = _categories[i];
            _text.Draw(canvas, label, plot.Left - 5 - label.Width, plot.Top + (i * slot) + ((slot - label.Height) / 2));
            for (int b = 0; b < bars.Count; b++)
            {
                using SKPaint paint = SeriesPaint(b, bars[b], fill: true);
                float group = slot * 0.7f / bars.Count;
                float top = plot.Top + (i * slot) + (slot * 0.15f) + (b * group);
                float right = plot.Left + (float)(Math.Max(0, bars[b].Values[i]) / _primary.Max * plot.Width);
                canvas.DrawRect(new SKRect(plot.Left, top, right, top + group - 0.5f), paint);
            }
        }
    }

    private static SKPaint SeriesPaint(int index, ChartSeries series, bool fill)
    {
        var paint = new SKPaint
        {
            Color = series.IsTrendLine ? Theme.Muted : Theme.Series[index % Theme.Series.Length],
            IsAntialias = true,
            Style = fill ? SKPaintStyle.Fill : SKPaintStyle.Stroke,
            StrokeWidth = series.IsTrendLine ? 1f : 1.6f,
        };
        if (series.IsTrendLine || (!fill && series.SecondaryAxis))
        {
            paint.PathEffect = SKPathEffect.CreateDash(series.IsTrendLine ? [4f, 3f] : [6f, 2f], 0);
        }

        return paint;
    }

    private string Number(double value) =>
        Math.Abs(value - Math.Round(value)) < 1e-9
            ? ReportFormatter.FormatInteger((long)Math.Round(value), _lang)
            : ReportFormatter.FormatDecimal(value, 1, _lang);

    private TextLine Label(string text, FontRole role = FontRole.Regular) =>
        _text.Lines([new(text, role, LabelSize, Theme.Muted)], float.MaxValue)[0];

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_chart.Kind} chart, {_chart.Series.Count} series");
}
