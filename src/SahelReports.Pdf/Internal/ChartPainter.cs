using System.Globalization;
using SahelReports.Reporting;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace SahelReports.Pdf.Internal;

/// <summary>
/// Draws a <see cref="ChartBlock"/> on the page canvas: ScottPlot draws the geometry as vectors (bars, stacked bars, lines with
/// markers, dashed trend and secondary lines, grid, axis line) into a data area whose position we fix, and every label (legend,
/// tick values, categories, axis titles) is laid out by <see cref="TextLayout"/> in the embedded fonts and placed at the pixel
/// positions ScottPlot computes. ScottPlot draws no text at all (tick labels, axis labels and title hidden), so no font of
/// its own reaches the PDF and the report's subsets are the only fonts in it. Labels are laid out when the painter is
/// built, so the first layout pass records their characters for font subsetting. Tick values come from <see cref="NiceScale"/>
/// and are formatted per report language here: ScottPlot neither formats numbers nor reads the current culture.
/// </summary>
internal sealed class ChartPainter
{
    private const float LabelSize = 7f;
    private const float SwatchWidth = 17f;
    private const float LegendGap = 14f;
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
    private readonly List<IReadOnlyList<TextLine>> _categoryLabels = [];
    private readonly int _categoryEvery;
    private readonly float _left;
    private readonly float _right;
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
        _hasSecondary = chart.Kind != ChartKind.HorizontalBar && chart.Series.Any(s => s.SecondaryAxis);
        _secondary = NiceScale(chart.Series.Where(s => s.SecondaryAxis).SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        foreach (ChartSeries series in chart.Series)
        {
            _legend.Add(Label(series.Name));
        }

        foreach (double v in TickValues(_primary))
        {
            _primaryTicks.Add(Label(Number(v)));
        }

        foreach (double v in _hasSecondary ? TickValues(_secondary) : [])
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

        bool horizontal = chart.Kind == ChartKind.HorizontalBar;
        _left = horizontal
            ? (_categories.Count == 0 ? 0 : _categories.Max(c => c.Width) + 5)
            : _primaryTicks.Max(t => t.Width) + 5;
        _right = _hasSecondary ? _secondaryTicks.Max(t => t.Width) + 5 : horizontal ? Math.Max(6, (_primaryTicks[^1].Width / 2) + 1) : 6;
        (_categoryLabels, _categoryEvery) = horizontal
            ? (_categories.Select(c => (IReadOnlyList<TextLine>)[c]).ToList(), 1)
            : CategoryLabels(chart.Categories, (_width - _left - _right) / Math.Max(chart.Categories.Count, 1));
    }

    /// <summary>Draws the chart with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Draw(SKCanvas canvas, float x, float y)
    {
        float legendHeight = DrawLegend(canvas, x, y);
        bool horizontal = _chart.Kind == ChartKind.HorizontalBar;

        // The x-axis title names the categories: under a vertical chart, over the category labels of a horizontal one, whose
        // value axis (y-axis title) then runs along the bottom.
        TextLine? topLeft = horizontal ? _xTitle : _yTitle;
        TextLine? bottomTitle = horizontal ? _yTitle : _xTitle;
        float titleRow = (topLeft ?? _y2Title)?.Height ?? 0;
        float labelRow = horizontal ? _primaryTicks[0].Height : _categoryLabels.Select(l => l.Sum(line => line.Height)).DefaultIfEmpty(0).Max();

        // A vertical chart's top tick label is centred on the top edge of the data area: keep its upper half clear of the titles.
        float top = y + legendHeight + titleRow + 2 + (horizontal ? 0 : _primaryTicks[0].Height / 2);
        var area = new SKRect(x + _left, top, x + _width - _right, y + _height - (bottomTitle?.Height ?? 0) - labelRow - 4);

        if (topLeft is not null)
        {
            _text.Draw(canvas, topLeft, x, y + legendHeight);
        }

        if (_y2Title is not null)
        {
            _text.Draw(canvas, _y2Title, x, y + legendHeight, _width, Align.Right);
        }

        using Plot plot = Geometry(area);
        var figure = new PixelRect(x, x + _width, y + _height, y);

        // ScottPlot 5.1.59 renders twice on a plot's first Render call (RenderCount is 2 afterwards and every path was written
        // twice into the PDF): that first call goes to a canvas that draws nothing, so the page gets one pass.
        using (var settle = new SKNoDrawCanvas((int)Math.Ceiling(x + _width), (int)Math.Ceiling(y + _height)))
        {
            plot.Render(settle, figure);
        }

        int saved = canvas.Save();
        plot.Render(canvas, figure);
        canvas.RestoreToCount(saved);
        if (horizontal)
        {
            DrawHorizontalLabels(canvas, plot, area);
        }
        else
        {
            DrawVerticalLabels(canvas, plot, area);
        }

        if (bottomTitle is not null)
        {
            _text.Draw(canvas, bottomTitle, area.Left, y + _height - bottomTitle.Height, area.Width, Align.Center);
        }
    }

    /// <summary>Returns an axis maximum and step (1, 2, 2.5 or 5 × 10^k, at least 1) giving 1–6 steps that cover <paramref name="max"/>.</summary>
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

    /// <summary>The tick values 0, step, 2·step … max of a <see cref="NiceScale"/>, computed by multiplication (no drift).</summary>
    internal static IEnumerable<double> TickValues((double Max, double Step) scale)
    {
        int count = (int)Math.Round(scale.Max / scale.Step);
        return Enumerable.Range(0, count + 1).Select(i => i * scale.Step);
    }

    /// <summary>How a series is drawn: colour, line width and dash, whether it is a filled bar and its marker.</summary>
    internal readonly record struct SeriesStyle(SKColor Color, float LineWidth, float[]? Dash, bool Bar, MarkerShape Marker, float MarkerSize);

    /// <summary>The style of series <paramref name="index"/>: bars for bar kinds, lines otherwise; trend lines dashed and muted.</summary>
    internal SeriesStyle StyleOf(int index)
    {
        ChartSeries series = _chart.Series[index];
        bool bar = _chart.Kind == ChartKind.HorizontalBar
            ? !series.IsTrendLine
            : _chart.Kind != ChartKind.Line && !series.IsTrendLine && !series.SecondaryAxis;
        SKColor color = series.IsTrendLine ? Theme.Muted : Theme.Series[index % Theme.Series.Length];
        float[]? dash = series.IsTrendLine ? [4f, 3f] : !bar && series.SecondaryAxis ? [6f, 2f] : null;
        MarkerShape marker = bar || series.IsTrendLine ? MarkerShape.None : index % 2 == 0 ? MarkerShape.FilledCircle : MarkerShape.FilledSquare;
        float markerSize = marker == MarkerShape.FilledCircle ? 4f : 3.6f;
        return new SeriesStyle(color, series.IsTrendLine ? 1f : 1.6f, dash, bar, marker, markerSize);
    }

    /// <summary>The ScottPlot plot of the chart's geometry with its data area fixed at <paramref name="area"/> and no text.</summary>
    private Plot Geometry(SKRect area)
    {
        var plot = new Plot();
        plot.RenderManager.ClearCanvasBeforeEachRender = false;

        // Only the steps that draw our geometry: no clearing of the page, no legend, no second pass over the plottables
        // (RenderPlottablesLast draws every bar again: twice the content for nothing), no benchmark or zoom overlay.
        plot.RenderManager.RenderActions.RemoveAll(a => a is ScottPlot.Rendering.RenderActions.ClearCanvas
            or ScottPlot.Rendering.RenderActions.RenderLegends
            or ScottPlot.Rendering.RenderActions.RenderPlottablesLast
            or ScottPlot.Rendering.RenderActions.RenderZoomRectangle
            or ScottPlot.Rendering.RenderActions.RenderBenchmark);
        plot.Grid.IsBeneathPlottables = true;
        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;
        plot.Axes.Title.IsVisible = false;
        plot.Layout.Fixed(new PixelRect(area.Left, area.Right, area.Bottom, area.Top));
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.TickGenerator = new NumericManual();
            axis.TickLabelStyle.IsVisible = false;
            axis.Label.IsVisible = false;
            axis.MajorTickStyle.Length = 0;
            axis.MajorTickStyle.Color = Colors.Transparent;
            axis.MinorTickStyle.Length = 0;
            axis.MinorTickStyle.Color = Colors.Transparent;
            axis.FrameLineStyle.IsVisible = false;
        }

        bool horizontal = _chart.Kind == ChartKind.HorizontalBar;
        int n = _chart.Categories.Count;
        IAxis valueAxis = horizontal ? plot.Axes.Bottom : plot.Axes.Left;
        var ticks = new NumericManual();
        foreach (double v in TickValues(_primary))
        {
            ticks.AddMajor(v, string.Empty);
        }

        valueAxis.TickGenerator = ticks;
        IAxis baseAxis = horizontal ? plot.Axes.Left : plot.Axes.Bottom;
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            // Only the category axis is drawn (its line; it has no ticks): the others would only write invisible tick marks.
            ((IPanel)axis).IsVisible = ReferenceEquals(axis, baseAxis);
        }

        baseAxis.FrameLineStyle.IsVisible = true;
        baseAxis.FrameLineStyle.Width = 0.7f;
        baseAxis.FrameLineStyle.Color = new Color(Theme.Muted);
        GridStyle grid = horizontal ? plot.Grid.XAxisStyle : plot.Grid.YAxisStyle;
        grid.MajorLineStyle.Color = new Color(Theme.Rule);
        grid.MajorLineStyle.Width = 0.4f;
        (horizontal ? plot.Grid.YAxisStyle : plot.Grid.XAxisStyle).IsVisible = false;

        // Categories sit at 0 … n−1 in slots of width 1; horizontal bars run top to bottom (inverted axis).
        double last = Math.Max(n, 1) - 0.5;
        if (horizontal)
        {
            plot.Axes.SetLimits(0, _primary.Max, last, -0.5);
        }
        else
        {
            plot.Axes.SetLimits(-0.5, last, 0, _primary.Max);
            plot.Axes.SetLimitsY(0, _secondary.Max, plot.Axes.Right);
        }

        AddBars(plot, area, horizontal, n);
        AddLines(plot, n);
        return plot;
    }

    private void AddBars(Plot plot, SKRect area, bool horizontal, int n)
    {
        List<int> bars = Enumerable.Range(0, _chart.Series.Count).Where(i => StyleOf(i).Bar).ToList();
        double slotPixels = (horizontal ? area.Height : area.Width) / Math.Max(n, 1);
        double group = 0.7 / Math.Max(bars.Count, 1);
        double gap = 0.5 / slotPixels;
        var stackBase = new double[n];
        for (int b = 0; b < bars.Count; b++)
        {
            ChartSeries series = _chart.Series[bars[b]];
            var color = new Color(StyleOf(bars[b]).Color);
            var items = new List<Bar>(n);
            for (int i = 0; i < n; i++)
            {
                double v = Math.Max(0, series.Values[i]);
                Bar bar = _chart.Kind == ChartKind.StackedBar
                    ? new Bar { Position = i, Size = 0.64, ValueBase = stackBase[i], Value = stackBase[i] + v }
                    : new Bar { Position = i - 0.35 + (b * group) + ((group - gap) / 2), Size = group - gap, ValueBase = 0, Value = v };
                if (_chart.Kind == ChartKind.StackedBar)
                {
                    stackBase[i] += v;
                }

                bar.FillColor = color;
                bar.LineWidth = 0;
                bar.LineColor = Colors.Transparent;
                items.Add(bar);
            }

            plot.Add.Bars(items).Horizontal = horizontal;
        }
    }

    private void AddLines(Plot plot, int n)
    {
        double[] xs = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        for (int s = 0; s < _chart.Series.Count; s++)
        {
            SeriesStyle style = StyleOf(s);
            if (style.Bar || _chart.Kind == ChartKind.HorizontalBar)
            {
                continue;
            }

            ChartSeries series = _chart.Series[s];
            var scatter = plot.Add.Scatter(xs, series.Values.ToArray());
            scatter.Color = new Color(style.Color);
            scatter.LineWidth = style.LineWidth;
            scatter.LinePattern = style.Dash is null ? LinePattern.Solid : new LinePattern(style.Dash, 0, "dash");
            scatter.MarkerShape = style.Marker;
            scatter.MarkerSize = style.Marker == MarkerShape.None ? 0 : style.MarkerSize;
            scatter.MarkerLineWidth = 0;
            if (series.SecondaryAxis)
            {
                scatter.Axes.YAxis = plot.Axes.Right;
            }
        }
    }

    /// <summary>Draws the legend (swatch and name per series, wrapped onto more rows when needed); returns its height.</summary>
    private float DrawLegend(SKCanvas canvas, float x, float y)
    {
        if (_legend.Count == 0)
        {
            return 0;
        }

        float row = _legend[0].Height + 4;
        float lx = x;
        float ly = y;
        for (int i = 0; i < _legend.Count; i++)
        {
            float entry = SwatchWidth + _legend[i].Width;
            if (lx > x && lx + entry > x + _width)
            {
                lx = x;
                ly += row;
            }

            SeriesStyle style = StyleOf(i);
            using var paint = new SKPaint { Color = style.Color, IsAntialias = true, Style = style.Bar ? SKPaintStyle.Fill : SKPaintStyle.Stroke, StrokeWidth = style.LineWidth };
            if (style.Bar)
            {
                canvas.DrawRect(new SKRect(lx, ly + 3, lx + 9, ly + 9), paint);
            }
            else
            {
                using SKPathEffect? dash = style.Dash is null ? null : SKPathEffect.CreateDash(style.Dash, 0);
                paint.PathEffect = dash;
                canvas.DrawLine(lx, ly + 6, lx + 14, ly + 6, paint);
            }

            _text.Draw(canvas, _legend[i], lx + SwatchWidth, ly);
            lx += entry + LegendGap;
        }

        return ly - y + row;
    }

    private void DrawVerticalLabels(SKCanvas canvas, Plot plot, SKRect area)
    {
        List<double> primary = TickValues(_primary).ToList();
        for (int t = 0; t < _primaryTicks.Count; t++)
        {
            float ty = plot.GetPixel(new Coordinates(0, primary[t]), plot.Axes.Bottom, plot.Axes.Left).Y;
            TextLine label = _primaryTicks[t];
            _text.Draw(canvas, label, area.Left - 5 - label.Width, ty - (label.Height / 2));
        }

        List<double> secondary = _hasSecondary ? TickValues(_secondary).ToList() : [];
        for (int t = 0; t < _secondaryTicks.Count; t++)
        {
            float ty = plot.GetPixel(new Coordinates(0, secondary[t]), plot.Axes.Bottom, plot.Axes.Right).Y;
            TextLine label = _secondaryTicks[t];
            _text.Draw(canvas, label, area.Right + 5, ty - (label.Height / 2));
        }

        int n = _categoryLabels.Count;
        float slot = n == 0 ? area.Width : area.Width / n;
        for (int i = 0; i < n; i += _categoryEvery)
        {
            float cx = plot.GetPixel(new Coordinates(i, 0), plot.Axes.Bottom, plot.Axes.Left).X;
            float ly = area.Bottom + 3;
            foreach (TextLine line in _categoryLabels[i])
            {
                _text.Draw(canvas, line, cx - (slot / 2), ly, slot, Align.Center);
                ly += line.Height;
            }
        }
    }

    /// <summary>
    /// The category labels under a vertical chart with slots of <paramref name="slot"/> points: one line each when the widest fits;
    /// otherwise wrapped at spaces onto at most two lines when every word fits (region names such as "Boucle du Mouhoun", so that
    /// no category goes unnamed); otherwise one line each, only every k-th drawn (long single words such as ISO weeks "2024-W32",
    /// whose order lets the reader count the slots between two labels).
    /// </summary>
    private (List<IReadOnlyList<TextLine>> Labels, int Every) CategoryLabels(IReadOnlyList<string> categories, float slot)
    {
        List<IReadOnlyList<TextLine>> single = _categories.Select(c => (IReadOnlyList<TextLine>)[c]).ToList();
        float room = slot - 6;
        if (_categories.Count == 0 || _categories.Max(c => c.Width) <= room)
        {
            return (single, 1);
        }

        bool wordsFit = categories.All(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => _text.Width(w, FontRole.Regular, LabelSize) <= room));
        if (wordsFit)
        {
            List<IReadOnlyList<TextLine>> wrapped = categories.Select(c => _text.Lines([new(c, FontRole.Regular, LabelSize, Theme.Muted)], room)).ToList();
            if (wrapped.All(l => l.Count <= 2))
            {
                return (wrapped, 1);
            }
        }

        return (single, Math.Max(1, (int)Math.Ceiling((_categories.Max(c => c.Width) + 6) / slot)));
    }

    private void DrawHorizontalLabels(SKCanvas canvas, Plot plot, SKRect area)
    {
        List<double> primary = TickValues(_primary).ToList();
        for (int t = 0; t < _primaryTicks.Count; t++)
        {
            float tx = plot.GetPixel(new Coordinates(primary[t], 0), plot.Axes.Bottom, plot.Axes.Left).X;
            TextLine label = _primaryTicks[t];
            _text.Draw(canvas, label, tx - (label.Width / 2), area.Bottom + 3);
        }

        for (int i = 0; i < _categories.Count; i++)
        {
            float cy = plot.GetPixel(new Coordinates(0, i), plot.Axes.Bottom, plot.Axes.Left).Y;
            TextLine label = _categories[i];
            _text.Draw(canvas, label, area.Left - 5 - label.Width, cy - (label.Height / 2));
        }
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
