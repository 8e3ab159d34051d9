using SahelReports.Reporting;
using SkiaSharp;

namespace SahelReports.Pdf.Internal;

/// <summary>Turns each report block into page-flow boxes: text becomes one box per line, tables one box per row.</summary>
internal sealed class BlockBoxes(TextLayout text, float width, float bodyHeight, ReportLanguage language) : IReportBlockVisitor<IReadOnlyList<Box>>
{
    private const float ChartHeight = 190f;

    /// <summary>Converts rich text to spans of one size and colour.</summary>
    public static List<Span> Spans(RichText rich, float size, SKColor color, FontRole baseRole = FontRole.Regular)
    {
        var spans = new List<Span>(rich.Runs.Count);
        foreach (TextRun run in rich.Runs)
        {
            FontRole role = run.Style.HasFlag(TextStyle.Strong) ? FontRole.Bold : run.Style.HasFlag(TextStyle.Emphasis) ? FontRole.Italic : baseRole;
            spans.Add(new Span(run.Text, role, size, run.LinkUrl is null ? color : Theme.Accent, run.LinkUrl));
        }

        return spans;
    }

    /// <summary>A section title in the accent colour with a rule under it; kept with what follows.</summary>
    public IReadOnlyList<Box> SectionHeading(string title)
    {
        IReadOnlyList<TextLine> lines = text.Lines([new(title, FontRole.Bold, Theme.Section, Theme.Accent)], width);
        var boxes = new List<Box>();
        for (int i = 0; i < lines.Count; i++)
        {
            TextLine line = lines[i];
            bool last = i == lines.Count - 1;
            boxes.Add(new Box(line.Height + (last ? 6 : 0), (canvas, x, y) =>
            {
                text.Draw(canvas, line, x, y);
                if (last)
                {
                    using var rule = new SKPaint { Color = Theme.Accent, StrokeWidth = 1f, IsStroke = true };
                    canvas.DrawLine(x, y + line.Height + 2, x + width, y + line.Height + 2, rule);
                }
            })
            { SpaceBefore = i == 0 ? 18 : 0, KeepWithNext = true });
        }

        return boxes;
    }

    /// <summary>Lines of text as boxes, indented by <paramref name="indent"/>, with <paramref name="spaceBefore"/> above the first.</summary>
    public IReadOnlyList<Box> Lines(IReadOnlyList<Span> spans, float indent, float spaceBefore, bool keepWithNext = false)
    {
        IReadOnlyList<TextLine> lines = text.Lines(spans, width - indent);
        var boxes = new List<Box>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            TextLine line = lines[i];
            boxes.Add(new Box(line.Height, (canvas, x, y) => text.Draw(canvas, line, x + indent, y))
            {
                SpaceBefore = i == 0 ? spaceBefore : 0,
                KeepWithNext = keepWithNext || (i == 0 && lines.Count > 1),
            });
        }

        return boxes;
    }

    /// <summary>A shaded panel with a coloured bar on the left, a title and bulleted items; splits between lines.</summary>
    public IReadOnlyList<Box> Panel(string? title, IReadOnlyList<RichText> items, SKColor fill, SKColor bar)
    {
        const float pad = 10;
        float inner = width - (2 * pad) - 4;
        var rows = new List<(TextLine Line, float Indent, bool Bullet)>();
        if (title is not null)
        {
            foreach (TextLine line in text.Lines([new(title, FontRole.Bold, Theme.Subheading, bar)], inner))
            {
                rows.Add((line, 0, false));
            }
        }

        foreach (RichText item in items)
        {
            IReadOnlyList<TextLine> lines = text.Lines(Spans(item, Theme.Body, Theme.Ink), inner - 12);
            for (int i = 0; i < lines.Count; i++)
            {
                rows.Add((lines[i], 12, i == 0));
            }
        }

        void Background(SKCanvas canvas, float x, float y, float h)
        {
            using var paint = new SKPaint { Color = fill, Style = SKPaintStyle.Fill };
            canvas.DrawRect(new SKRect(x, y, x + width, y + h), paint);
            paint.Color = bar;
            canvas.DrawRect(new SKRect(x, y, x + 3, y + h), paint);
        }

        var boxes = new List<Box> { new(pad, (c, x, y) => Background(c, x, y, pad)) { SpaceBefore = 14, KeepWithNext = true } };
        for (int i = 0; i < rows.Count; i++)
        {
            (TextLine line, float indent, bool bullet) = rows[i];
            float h = line.Height + (bullet && i > 0 ? 3 : 0);
            boxes.Add(new Box(h, (canvas, x, y) =>
            {
                Background(canvas, x, y, h);
                float top = y + h - line.Height;
                if (bullet)
                {
                    using var dot = new SKPaint { Color = bar, IsAntialias = true };
                    canvas.DrawCircle(x + pad + 4 + 4, top + line.Baseline - (line.Height * 0.22f), 1.8f, dot);
                }

                text.Draw(canvas, line, x + pad + 4 + indent, top);
            })
            { KeepWithNext = i == 0 });
        }

        boxes.Add(new Box(pad, (c, x, y) => Background(c, x, y, pad)));
        return boxes;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Box> Visit(HeadingBlock block)
    {
        float size = block.Level <= 1 ? Theme.Section : block.Level == 2 ? Theme.Subheading : Theme.Body + 0.5f;
        return Lines([new(block.Text, FontRole.Bold, size, block.Level <= 2 ? Theme.Accent : Theme.Ink)], 0, 12, keepWithNext: true);
    }

    /// <inheritdoc/>
    public IReadOnlyList<Box> Visit(ParagraphBlock block) => Lines(Spans(block.Text, Theme.Body, Theme.Ink), 0, 7);

    /// <inheritdoc/>
    public IReadOnlyList<Box> Visit(BulletListBlock block)
    {
        var boxes = new List<Box>();
        foreach (RichText item in block.Items)
        {
            IReadOnlyList<Box> lines = Lines(Spans(item, Theme.Body, Theme.Ink), 14, boxes.Count == 0 ? 7 : 3);
            for (int i = 0; i < lines.Count; i++)
            {
                Box line = lines[i];
                boxes.Add(i > 0 ? line : new Box(line.Height, (canvas, x, y) =>
                {
                    line.Draw(canvas, x, y);
                    using var dot = new SKPaint { Color = Theme.Ink, IsAntialias = true };
                    canvas.DrawCircle(x + 5, y + (line.Height * 0.52f), 1.6f, dot);
                })
                { SpaceBefore = line.SpaceBefore, KeepWithNext = line.KeepWithNext });
            }
        }

        return boxes;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Box> Visit(TableBlock block) => new TableBoxes(text, width, language).Build(block);

    /// <inheritdoc/>
    public IReadOnlyList<Box> Visit(ChartBlock block)
    {
        var boxes = new List<Box>(Lines([new(block.Title, FontRole.Bold, Theme.Body + 0.5f, Theme.Ink)], 0, 14, keepWithNext: true));
        var painter = new ChartPainter(block, text, language, width, ChartHeight);
        bool keep = block.Note is not null;

        // Like a map, a chart that does not fit the rest of a page may be drawn there smaller (the plot area shrinks; labels keep
        // their size) rather than move on and leave the page's end blank: down to 65 % of its height for lines and vertical
        // bars, 80 % for horizontal bars, whose category labels need the height.
        boxes.Add(new Box(ChartHeight, painter.Draw)
        {
            SpaceBefore = 4,
            KeepWithNext = keep,
            MinFitHeight = ChartHeight * (block.Kind == ChartKind.HorizontalBar ? 0.8f : 0.65f),
            FitTo = height => new Box(height, new ChartPainter(block, text, language, width, height).Draw) { SpaceBefore = 4, KeepWithNext = keep },
        });
        if (block.Note is not null)
        {
            boxes.AddRange(Lines([new(block.Note, FontRole.Italic, Theme.Small, Theme.Muted)], 0, 3));
        }

        return boxes;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Box> Visit(MapBlock block)
    {
        var boxes = new List<Box>(Lines([new(block.Title, FontRole.Bold, Theme.Body + 0.5f, Theme.Ink)], 0, 14, keepWithNext: true));
        var painter = new Maps.Internal.MapPainter(block, text, language, width, bodyHeight * 0.55f);
        bool keep = block.Note is not null;

        // A map that does not fit the rest of a page may be drawn down to 60 % of its height there rather than move on and
        // leave most of the page blank (the frame keeps its width; the projection fits the smaller height).
        float chrome = painter.Height - painter.MapHeight;
        boxes.Add(new Box(painter.Height, painter.Draw)
        {
            SpaceBefore = 4,
            KeepWithNext = keep,
            MinFitHeight = chrome + (painter.MapHeight * 0.6f),
            FitTo = height =>
            {
                var smaller = new Maps.Internal.MapPainter(block, text, language, width, height - chrome);
                return new Box(smaller.Height, smaller.Draw) { SpaceBefore = 4, KeepWithNext = keep };
            },
        });
        if (block.Note is not null)
        {
            boxes.AddRange(Lines([new(block.Note, FontRole.Italic, Theme.Small, Theme.Muted)], 0, 3));
        }

        return boxes;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Box> Visit(CalloutBlock block) => block.Tone == CalloutTone.Caution
        ? Panel(block.Title, block.Items, Theme.CautionFill, Theme.CautionBar)
        : Panel(block.Title, block.Items, block.Tone == CalloutTone.Highlight ? Theme.AccentLight : Theme.Stripe, Theme.Accent);

    /// <inheritdoc/>
    public IReadOnlyList<Box> Visit(FootnoteBlock block)
    {
        var boxes = new List<Box>
        {
            new(4, (canvas, x, y) =>
            {
                using var rule = new SKPaint { Color = Theme.Rule, StrokeWidth = 0.6f, IsStroke = true };
                canvas.DrawLine(x, y + 1, x + 60, y + 1, rule);
            })
            { SpaceBefore = 12, KeepWithNext = true },
        };
        boxes.AddRange(Lines(Spans(block.Text, Theme.Small, Theme.Muted), 0, 0));
        return boxes;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Box> Visit(ImageBlock block)
    {
        byte[] data = block.Image.Data as byte[] ?? block.Image.Data.ToArray();
        SKSizeI size;
        using (SKImage? probe = SKImage.FromEncodedData(data))
        {
            if (probe is null)
            {
                // Undecodable image: say so in the document with its alt text rather than leave a silent gap.
                return Lines([new("[" + block.Image.AltText + "]", FontRole.Italic, Theme.Body, Theme.Muted)], 0, 10);
            }

            size = new SKSizeI(probe.Width, probe.Height);
        }

        var boxes = new List<Box>();
        float w = width * (float)Math.Clamp(block.WidthFraction, 0.05, 1.0);
        float h = w * size.Height / size.Width;
        if (h > bodyHeight * 0.7f)
        {
            h = bodyHeight * 0.7f;
            w = h * size.Width / size.Height;
        }

        boxes.Add(new Box(h, (canvas, x, y) =>
        {
            using SKImage image = SKImage.FromEncodedData(data);
            using var sampling = new SKPaint { IsAntialias = true };
            canvas.DrawImage(image, new SKRect(x, y, x + w, y + h), new SKSamplingOptions(SKFilterMode.Linear), sampling);
        })
        { SpaceBefore = 10, KeepWithNext = block.Caption is not null });
        if (block.Caption is not null)
        {
            boxes.AddRange(Lines([new(block.Caption, FontRole.Italic, Theme.Small, Theme.Muted)], 0, 3));
        }

        return boxes;
    }
}
