using SahelReports.Reporting;
using SkiaSharp;

namespace SahelReports.Pdf.Internal;

/// <summary>
/// Lays out a table: column widths from the cells' minimum (longest word) and maximum (whole text) widths,
/// one box per row so rows are never cut, and the header row repeated at the top of every page the table continues on.
/// </summary>
internal sealed class TableBoxes(TextLayout text, float width, ReportLanguage language)
{
    private const float PadX = 4f;
    private const float PadY = 2.5f;
    private const float CellSize = 8.5f;

    public IReadOnlyList<Box> Build(TableBlock table)
    {
        int n = table.Columns.Count;
        var header = table.Columns.Select(c => c.Header).ToArray();
        var body = table.Rows.Select(r => Cells(table, r)).ToList();
        string[]? totals = table.Totals is { } t ? Cells(table, t) : null;
        float[] widths = ColumnWidths(table, header, body, totals);

        var boxes = new List<Box>();
        if (table.Caption is not null)
        {
            foreach (TextLine line in text.Lines([new(table.Caption, FontRole.Bold, Theme.Body + 0.5f, Theme.Ink)], width))
            {
                boxes.Add(new Box(line.Height + 3, (canvas, x, y) => text.Draw(canvas, line, x, y)) { SpaceBefore = boxes.Count == 0 ? 14 : 0, KeepWithNext = true });
            }
        }

        Box headerBox = Row(table, header, widths, RowKind.Header, stripe: false);
        boxes.Add(new Box(headerBox.Height, headerBox.Draw) { KeepWithNext = true, SpaceBefore = table.Caption is null ? 12 : 0 });
        for (int r = 0; r < body.Count; r++)
        {
            Box row = Row(table, body[r], widths, RowKind.Body, stripe: r % 2 == 1);
            boxes.Add(new Box(row.Height, row.Draw) { RepeatOnBreak = headerBox, KeepWithNext = r == body.Count - 1 && (totals is not null || table.Note is not null) });
        }

        if (totals is not null)
        {
            Box row = Row(table, totals, widths, RowKind.Totals, stripe: false);
            boxes.Add(new Box(row.Height, row.Draw) { RepeatOnBreak = headerBox, KeepWithNext = table.Note is not null });
        }

        if (table.Note is not null)
        {
            foreach (TextLine line in text.Lines([new(table.Note, FontRole.Italic, Theme.Small, Theme.Muted)], width))
            {
                boxes.Add(new Box(line.Height, (canvas, x, y) => text.Draw(canvas, line, x, y)) { SpaceBefore = 3 });
            }
        }

        _ = n;
        return boxes;
    }

    private string[] Cells(TableBlock table, IReadOnlyList<TableCell> row)
    {
        var cells = new string[row.Count];
        for (int c = 0; c < row.Count; c++)
        {
            cells[c] = row[c].Format(language, table.Columns[c].Decimals);
        }

        return cells;
    }

    private float[] ColumnWidths(TableBlock table, string[] header, List<string[]> body, string[]? totals)
    {
        int n = header.Length;
        var min = new float[n];
        var max = new float[n];
        var widthCache = new Dictionary<(string, FontRole), float>();
        float Measure(string s, FontRole role)
        {
            if (!widthCache.TryGetValue((s, role), out float w))
            {
                w = text.Width(s, role, CellSize);
                widthCache[(s, role)] = w;
            }

            return w;
        }

        void Consider(string[] cells, FontRole role)
        {
            for (int c = 0; c < n; c++)
            {
                string cell = cells[c];
                max[c] = Math.Max(max[c], Measure(cell, role) + (2 * PadX));
                foreach (string word in cell.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    min[c] = Math.Max(min[c], Measure(word, role) + (2 * PadX));
                }
            }
        }

        Consider(header, FontRole.Bold);
        foreach (string[] row in body)
        {
            Consider(row, FontRole.Regular);
        }

        if (totals is not null)
        {
            Consider(totals, FontRole.Bold);
        }

        for (int c = 0; c < n; c++)
        {
            min[c] = Math.Min(min[c], width * 0.45f);
            max[c] = Math.Max(max[c], min[c]);
        }

        float sumMin = min.Sum();
        float sumMax = max.Sum();
        var widths = new float[n];
        for (int c = 0; c < n; c++)
        {
            widths[c] = sumMax <= width ? max[c] * width / sumMax
                : sumMin <= width ? min[c] + ((max[c] - min[c]) * (width - sumMin) / (sumMax - sumMin))
                : min[c] * width / sumMin;
        }

        _ = table;
        return widths;
    }

    private Box Row(TableBlock table, string[] cells, float[] widths, RowKind kind, bool stripe)
    {
        FontRole role = kind == RowKind.Body ? FontRole.Regular : FontRole.Bold;
        SKColor color = kind == RowKind.Header ? Theme.Accent : Theme.Ink;
        var laid = new IReadOnlyList<TextLine>[cells.Length];
        float height = 0;
        for (int c = 0; c < cells.Length; c++)
        {
            laid[c] = text.Lines([new(cells[c], role, CellSize, color)], widths[c] - (2 * PadX));
            height = Math.Max(height, laid[c].Sum(l => l.Height));
        }

        height += 2 * PadY;
        return new Box(height, (canvas, x, y) =>
        {
            using var paint = new SKPaint { Style = SKPaintStyle.Fill };
            if (kind == RowKind.Header || stripe)
            {
                paint.Color = kind == RowKind.Header ? Theme.AccentLight : Theme.Stripe;
                canvas.DrawRect(new SKRect(x, y, x + width, y + height), paint);
            }

            float cx = x;
            for (int c = 0; c < cells.Length; c++)
            {
                Align align = table.Columns[c].IsNumeric ? Align.Right : Align.Left;
                float top = y + PadY;
                foreach (TextLine line in laid[c])
                {
                    text.Draw(canvas, line, cx + PadX, top, widths[c] - (2 * PadX), align);
                    top += line.Height;
                }

                cx += widths[c];
            }

            using var rule = new SKPaint { IsStroke = true, StrokeWidth = kind == RowKind.Body ? 0.3f : 0.8f, Color = kind == RowKind.Body ? Theme.Rule : Theme.Accent };
            if (kind == RowKind.Totals)
            {
                canvas.DrawLine(x, y, x + width, y, rule);
            }

            canvas.DrawLine(x, y + height, x + width, y + height, rule);
        });
    }

    private enum RowKind
    {
        Header = 0,
        Body = 1,
        Totals = 2,
    }
}
