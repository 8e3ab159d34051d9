using SahelReports.Reporting;
using SkiaSharp;

namespace SahelReports.Pdf.Internal;

/// <summary>Key figures as a grid of cards: the value, the label, a change marker against the previous period, and source/date/note.</summary>
internal sealed class KeyFigureCards(TextLayout text, float width, ReportLanguage language)
{
    private const float Gap = 8f;
    private const float Pad = 8f;

    public IReadOnlyList<Box> Build(IList<KeyFigure> figures)
    {
        int perRow = Math.Min(figures.Count, width >= 640 ? 5 : 3);
        float cardWidth = (width - ((perRow - 1) * Gap)) / perRow;
        float inner = cardWidth - (2 * Pad) - 3;
        var boxes = new List<Box>();
        for (int start = 0; start < figures.Count; start += perRow)
        {
            var cards = figures.Skip(start).Take(perRow).Select(f => Card(f, inner)).ToList();
            float height = cards.Max(c => c.Height) + (2 * Pad);
            boxes.Add(new Box(height, (canvas, x, y) =>
            {
                for (int i = 0; i < cards.Count; i++)
                {
                    float left = x + (i * (cardWidth + Gap));
                    using var fill = new SKPaint { Color = Theme.Stripe, Style = SKPaintStyle.Fill };
                    canvas.DrawRect(new SKRect(left, y, left + cardWidth, y + height), fill);
                    fill.Color = Theme.Accent;
                    canvas.DrawRect(new SKRect(left, y, left + 3, y + height), fill);
                    cards[i].Draw(canvas, left + 3 + Pad, y + Pad);
                }
            })
            { SpaceBefore = start == 0 ? 10 : Gap });
        }

        return boxes;
    }

    private (float Height, Action<SKCanvas, float, float> Draw) Card(KeyFigure figure, float inner)
    {
        string value = ReportFormatter.FormatInteger(figure.Value, language) + (figure.Unit is null ? string.Empty : "\u00A0" + figure.Unit);
        // A large value with its unit (1,979,987 people) shrinks to fit the card rather than breaking inside a word.
        float valueSize = Theme.FigureValue;
        while (valueSize > Theme.FigureValue / 2 && text.Width(value, FontRole.Bold, valueSize) > inner)
        {
            valueSize -= 1f;
        }

        IReadOnlyList<TextLine> valueLines = text.Lines([new(value, FontRole.Bold, valueSize, Theme.Accent)], inner);
        IReadOnlyList<TextLine> label = text.Lines([new(figure.Label, FontRole.Regular, 8.5f, Theme.Ink)], inner);
        string change = figure.Change is { } delta
            ? ReportStrings.Format("ChangeVsPrevious", language, ReportFormatter.FormatChange(delta, language))
            : ReportStrings.Get("NoPreviousValue", language);
        float markerRoom = figure.Change is null ? 0f : 10f;
        IReadOnlyList<TextLine> changeLines = text.Lines([new(change, FontRole.Regular, Theme.Small, Theme.Muted)], inner - markerRoom);
        var detail = new List<string>();
        if (figure.Source is not null)
        {
            detail.Add(figure.Source);
        }

        if (figure.Date is { } date)
        {
            detail.Add(ReportStrings.Format("FigureDate", language, ReportFormatter.FormatDate(date, language)));
        }

        if (figure.Note is not null)
        {
            detail.Add(figure.Note);
        }

        IReadOnlyList<TextLine> details = detail.Count == 0 ? [] : text.Lines([new(string.Join(", ", detail), FontRole.Italic, Theme.Small, Theme.Muted)], inner);
        float height = valueLines.Sum(l => l.Height) + label.Sum(l => l.Height) + 3 + changeLines.Sum(l => l.Height) + details.Sum(l => l.Height);
        return (height, (canvas, x, y) =>
        {
            float top = y;
            foreach (TextLine line in valueLines.Concat(label))
            {
                text.Draw(canvas, line, x, top);
                top += line.Height;
            }

            top += 3;
            DrawMarker(canvas, figure.Change, x, top + (changeLines[0].Height / 2));
            foreach (TextLine line in changeLines)
            {
                text.Draw(canvas, line, x + markerRoom, top);
                top += line.Height;
            }

            foreach (TextLine line in details)
            {
                text.Draw(canvas, line, x, top);
                top += line.Height;
            }
        });
    }

    /// <summary>Draws ▲ for a rise, ▼ for a fall, a bar for no change and nothing without a previous value (shapes, so greyscale print keeps the meaning).</summary>
    private static void DrawMarker(SKCanvas canvas, long? change, float x, float midY)
    {
        if (change is not { } delta)
        {
            return;
        }

        using var paint = new SKPaint { Color = Theme.Ink, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var path = new SKPathBuilder();
        const float s = 3.2f;
        if (delta > 0)
        {
            path.MoveTo(x, midY + s);
            path.LineTo(x + (2 * s), midY + s);
            path.LineTo(x + s, midY - s);
        }
        else if (delta < 0)
        {
            path.MoveTo(x, midY - s);
            path.LineTo(x + (2 * s), midY - s);
            path.LineTo(x + s, midY + s);
        }
        else
        {
            canvas.DrawRect(new SKRect(x, midY - 0.8f, x + (2 * s), midY + 0.8f), paint);
            return;
        }

        path.Close();
        using SKPath shape = path.Detach();
        canvas.DrawPath(shape, paint);
    }
}
