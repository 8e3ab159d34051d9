using SahelReports.Reporting;
using SkiaSharp;

namespace SahelReports.Pdf.Internal;

/// <summary>
/// Lays out a table: column widths from the cells' minimum (longest word) and maximum (whole text) widths, the body as
/// one box whose rows the paginator places one by one (rows are never cut), and the header row repeated at the top of
/// every page the table continues on.
/// </summary>
internal sealed class TableBoxes(TextLayout text, float width, ReportLanguage language)
{
    /// <summary>The horizontal padding of a cell.</summary>
    public const float PadX = 4f;

    /// <summary>The vertical padding of a cell.</summary>
    public const float PadY = 2.5f;

    /// <summary>
    /// The font size of cell text: 35/4096 of the 1000-unit em, so that every advance (size / em × units) is an exact binary
    /// fraction and a page of rows can be drawn as one glyph run (see <see cref="TextLayout.DrawQueued"/>).
    /// </summary>
    public const float CellSize = 8.544921875f;

    /// <summary>How many rows <see cref="Shared"/> measures the table height on.</summary>
    private const int SampleRows = 100;

    // Never changed after creation, so shared by every rendering (drawing only reads a paint).
    private static readonly SKPaint s_headerFill = new() { Style = SKPaintStyle.Fill, Color = Theme.AccentLight };
    private static readonly SKPaint s_stripeFill = new() { Style = SKPaintStyle.Fill, Color = Theme.Stripe };
    private static readonly SKPaint s_bodyRule = new() { IsStroke = true, StrokeWidth = 0.3f, Color = Theme.Rule };
    private static readonly SKPaint s_strongRule = new() { IsStroke = true, StrokeWidth = 0.8f, Color = Theme.Accent };

    /// <summary>Lays out a report table.</summary>
    public IReadOnlyList<Box> Build(TableBlock table) => Build(TableSource.From(table, language));

    /// <summary>
    /// Lays out a table whose rows come from <paramref name="table"/>: its rows are enumerated once for the column widths,
    /// once for the row heights and once more, row by row, while the pages are drawn, so they are never all held as cells.
    /// </summary>
    public IReadOnlyList<Box> Build(TableSource table)
    {
        string[] header = table.Header;
        string[]? totals = table.Totals;
        (float[] widths, int count) = ColumnWidths(table, header, totals);
        var cells = new CellLines(text, widths);
        var cursor = new RowCursor(table, count);

        var boxes = new List<Box>(count + 4);
        if (table.Caption is not null)
        {
            foreach (TextLine line in text.Lines([new(table.Caption, FontRole.Bold, Theme.Body + 0.5f, Theme.Ink)], width))
            {
                boxes.Add(new Box(line.Height + 3, (canvas, x, y) => text.Draw(canvas, line, x, y)) { SpaceBefore = boxes.Count == 0 ? 14 : 0, KeepWithNext = true });
            }
        }

        Box headerBox = Row(table, header, widths, RowKind.Header);
        boxes.Add(new Box(headerBox.Height, headerBox.Draw) { KeepWithNext = true, SpaceBefore = table.Caption is null ? 12 : 0 });

        // The body is one box: the paginator expands it row by row from the heights (no box or closure per row), and a page's
        // rows are formatted and laid out again when the page is drawn (repeated cell texts come from a bounded cache), so a
        // 100,000-row table holds one float per row, not every row or laid-out cell, until the end.
        var heights = new float[count];
        int r = 0;
        foreach (string[] rowCells in table.Rows())
        {
            if (r < count)
            {
                heights[r] = cells.RowHeight(rowCells);
            }

            r++;
        }

        TableSource.CheckCount(count, r);
        boxes.Add(new Box(0, static (_, _, _) => { })
        {
            Rows = new Body(this, table, cells, new RowCursor(table, count), widths, heights),
            RepeatOnBreak = headerBox,
            KeepWithNext = totals is not null || table.Note is not null,
        });

        if (totals is not null)
        {
            Box row = Row(table, totals, widths, RowKind.Totals);
            boxes.Add(new Box(row.Height, row.Draw) { RepeatOnBreak = headerBox, KeepWithNext = table.Note is not null });
        }

        if (table.Note is not null)
        {
            foreach (TextLine line in text.Lines([new(table.Note, FontRole.Italic, Theme.Small, Theme.Muted)], width))
            {
                boxes.Add(new Box(line.Height, (canvas, x, y) => text.Draw(canvas, line, x, y)) { SpaceBefore = 3 });
            }
        }

        return boxes;
    }

    private (float[] Widths, int Count) ColumnWidths(TableSource table, string[] header, string[]? totals)
    {
        int n = header.Length;
        var min = new float[n];
        var max = new float[n];
        // Each distinct cell is measured once: its whole width and its longest word's (words split at spaces). Bounded like
        // CellLines: repeated texts are measured once, unique ones (event ids) do not accumulate. One dictionary per role,
        // keyed by the text: a (string, FontRole) tuple key boxes the enum to hash it, once per cell of every row.
        var widthCache = new Dictionary<string, (float Whole, float Word)>[] { new(), new(), new() };
        int cached = 0;
        var kept = new int[n];
        (float Whole, float Word) Measure(int column, string cell, FontRole role)
        {
            if (widthCache[(int)role].TryGetValue(cell, out (float Whole, float Word) m))
            {
                return m;
            }

            float whole = text.Width(cell, role, CellSize);

            // One word (most cells): its width is the whole cell's; no word at all (empty): no minimum.
            float word = cell.Length == 0 ? float.NegativeInfinity : whole;
            if (cell.Contains(' ', StringComparison.Ordinal))
            {
                word = float.NegativeInfinity;
                foreach (string w in cell.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    word = Math.Max(word, text.Width(w, role, CellSize));
                }
            }

            m = (whole, word);
            if (cached < CellLines.Capacity && kept[column] < CellLines.ColumnCapacity)
            {
                widthCache[(int)role][cell] = m;
                cached++;
                kept[column]++;
            }

            return m;
        }

        void Consider(string[] cells, FontRole role, float[] widest)
        {
            for (int c = 0; c < n; c++)
            {
                (float whole, float word) = Measure(c, cells[c], role);
                widest[c] = Math.Max(widest[c], whole + (2 * PadX));
                min[c] = Math.Max(min[c], word + (2 * PadX));
            }
        }

        // The header is measured apart: where the page is too narrow for every cell on one line, header labels wrap before
        // body cells do (a two-line "Events vs previous week" costs one row; a two-line "Burkina Faso" costs every row).
        var headerMax = new float[n];
        Consider(header, FontRole.Bold, headerMax);
        int count = 0;
        var sample = new List<string[]>();
        foreach (string[] row in table.Rows())
        {
            Consider(row, FontRole.Regular, max);
            if (count < SampleRows)
            {
                // A copy: a row source may refill one array for every row (the incident annex does; see TableSource.Rows).
                sample.Add((string[])row.Clone());
            }

            count++;
        }

        if (totals is not null)
        {
            Consider(totals, FontRole.Bold, max);
        }

        var full = new float[n];
        for (int c = 0; c < n; c++)
        {
            min[c] = Math.Min(min[c], width * 0.45f);
            max[c] = Math.Max(max[c], min[c]);
            full[c] = Math.Max(max[c], headerMax[c]);
        }

        float sumMin = min.Sum();
        float sumMax = max.Sum();
        float sumFull = full.Sum();

        var widths = new float[n];
        if (sumMax > width && sumMin <= width)
        {
            return (Shared(min, max, sample), count);
        }

        for (int c = 0; c < n; c++)
        {
            widths[c] = sumFull <= width ? full[c] * width / sumFull
                : sumMax <= width ? max[c] + ((full[c] - max[c]) * (width - sumMax) / (sumFull - sumMax))
                : min[c] * width / sumMin;
        }

        return (widths, count);
    }

    /// <summary>
    /// Column widths when some body cells must wrap: every column gets at least its longest word. Either the slack is shared in
    /// proportion to what each column lacks, or the shortest columns ("Burkina Faso", "2024-09-30", "older than 180 days") get
    /// their whole width and the long ones (sources, notes) share the rest. The table's height in lines is measured for each
    /// choice on the first <see cref="SampleRows"/> rows (laid out as drawn); the choice that keeps the most columns on one line wins among those
    /// within half a line a row or 10 % of the lowest (a name broken over two lines reads worse than a long text one line longer).
    /// </summary>
    private float[] Shared(float[] min, float[] max, List<string[]> sample)
    {
        int n = min.Length;
        var choices = new List<(float[] Widths, double Height)>();

        // Each sample cell's width with its padding, measured once for every choice below.
        float[][] wholes = sample.Select(row => row.Select(cell => text.Width(cell, FontRole.Regular, CellSize) + (2 * PadX)).ToArray()).ToArray();

        // Thresholds: none (-1), then each column's whole width, shortest first.
        float[] thresholds = [-1f, .. max.Where(m => m <= width * 0.5f).Distinct().Order()];
        foreach (float threshold in thresholds)
        {
            float shortMax = 0, wideMin = 0, wideSlack = 0;
            for (int c = 0; c < n; c++)
            {
                if (max[c] <= threshold)
                {
                    shortMax += max[c];
                }
                else
                {
                    wideMin += min[c];
                    wideSlack += max[c] - min[c];
                }
            }

            if (shortMax + wideMin > width || wideSlack <= 0)
            {
                continue;
            }

            var candidate = new float[n];
            for (int c = 0; c < n; c++)
            {
                candidate[c] = max[c] <= threshold ? max[c] : min[c] + ((max[c] - min[c]) * (width - shortMax - wideMin) / wideSlack);
            }

            double height = 0;
            for (int r = 0; r < sample.Count; r++)
            {
                int lines = 1;
                for (int c = 0; c < n; c++)
                {
                    // Cells that fit are one line; the others are laid out as they will be drawn.
                    if (wholes[r][c] > candidate[c])
                    {
                        lines = Math.Max(lines, text.Lines([new(sample[r][c], FontRole.Regular, CellSize, Theme.Ink)], candidate[c] - (2 * PadX)).Count);
                    }
                }

                height += lines;
            }

            choices.Add((candidate, height));
        }

        if (choices.Count == 0)
        {
            return [.. min];
        }

        double lowest = choices.Min(c => c.Height);
        double allowed = lowest + Math.Max(sample.Count / 2.0, lowest * 0.1);
        return choices.Last(c => c.Height <= allowed).Widths;
    }

    private Box Row(TableSource table, string[] cells, float[] widths, RowKind kind)
    {
        const FontRole role = FontRole.Bold;
        SKColor color = kind == RowKind.Header ? Theme.Accent : Theme.Ink;
        var laid = new CellLayout[cells.Length];
        for (int c = 0; c < cells.Length; c++)
        {
            laid[c] = new CellLayout(text.Lines([new(cells[c], role, CellSize, color)], widths[c] - (2 * PadX)));
        }

        float height = CellLines.Height(laid);
        return new Box(height, (canvas, x, y) => DrawRow(canvas, x, y, table, laid, widths, height, kind));
    }

    /// <summary>Draws the header or totals row (its text as one text object, like a page of body rows).</summary>
    private void DrawRow(SKCanvas canvas, float x, float y, TableSource table, CellLayout[] laid, float[] widths, float height, RowKind kind)
    {
        if (kind == RowKind.Header)
        {
            canvas.DrawRect(new SKRect(x, y, x + width, y + height), s_headerFill);
        }

        QueueCells(x, y, table, laid, widths);
        text.DrawQueued(canvas);
        if (kind == RowKind.Totals)
        {
            canvas.DrawLine(x, y, x + width, y, s_strongRule);
        }

        canvas.DrawLine(x, y + height, x + width, y + height, s_strongRule);
    }

    /// <summary>
    /// Draws consecutive body rows of one page: the zebra fills, then every row's rule as one path, then the rows' text in
    /// reading order as one text blob. The PDF thus changes colour a few times per page instead of three times per row, and
    /// writes one text object per page instead of one per cell.
    /// </summary>
    private void DrawBody(SKCanvas canvas, float left, float top, Body body, List<PlacedBox> placed, int start, int end)
    {
        // Each entry holds consecutive rows: the first at its top, each next one below the one before (as the paginator
        // summed them), so the tops are summed the same way here.
        for (int k = start; k < end; k++)
        {
            float rowTop = placed[k].Top;
            for (int row = placed[k].Row; row < placed[k].Row + placed[k].Count; row++)
            {
                if (row % 2 == 1)
                {
                    float y = top + rowTop;
                    canvas.DrawRect(new SKRect(left, y, left + width, y + body.Heights[row]), s_stripeFill);
                }

                rowTop += body.Heights[row];
            }
        }

        using (var rules = new SKPathBuilder())
        {
            for (int k = start; k < end; k++)
            {
                float rowTop = placed[k].Top;
                for (int row = placed[k].Row; row < placed[k].Row + placed[k].Count; row++)
                {
                    float bottom = top + rowTop + body.Heights[row];
                    rules.MoveTo(left, bottom);
                    rules.LineTo(left + width, bottom);
                    rowTop += body.Heights[row];
                }
            }

            using SKPath path = rules.Detach();
            canvas.DrawPath(path, s_bodyRule);
        }

        for (int k = start; k < end; k++)
        {
            float rowTop = placed[k].Top;
            for (int row = placed[k].Row; row < placed[k].Row + placed[k].Count; row++)
            {
                QueueCells(left, top + rowTop, body.Table, body.Cells.Lay(body.Cursor.Take(row)), body.Widths);
                rowTop += body.Heights[row];
            }
        }

        text.DrawQueued(canvas);
    }

    /// <summary>Queues a row's cell text for <see cref="TextLayout.DrawQueued"/>.</summary>
    private void QueueCells(float x, float y, TableSource table, CellLayout[] laid, float[] widths)
    {
        float cx = x;
        for (int c = 0; c < laid.Length; c++)
        {
            Align align = table.Numeric[c] ? Align.Right : Align.Left;
            float top = y + PadY;
            CellLayout cell = laid[c];
            if (cell.Lines is { } lines)
            {
                for (int i = 0; i < lines.Count; i++)
                {
                    TextLine line = lines[i];
                    text.Queue(line, cx + PadX, top, widths[c] - (2 * PadX), align);
                    top += line.Height;
                }
            }
            else
            {
                text.QueueWord(cell.Word!, cell.Face, CellSize, Theme.Ink, cell.Width, cx + PadX, top, widths[c] - (2 * PadX), align);
            }

            cx += widths[c];
        }
    }

    private enum RowKind
    {
        Header = 0,
        Totals = 2,
    }

    /// <summary>A table's body rows: their heights, and what drawing a page of them needs.</summary>
    private sealed class Body(TableBoxes owner, TableSource table, CellLines cells, RowCursor cursor, float[] widths, float[] heights) : IRowBody
    {
        public TableSource Table => table;

        public CellLines Cells => cells;

        public RowCursor Cursor => cursor;

        public float[] Widths => widths;

        public float[] Heights => heights;

        public int Count => heights.Length;

        public float RowHeight(int row) => heights[row];

        public void DrawRows(SKCanvas canvas, float left, float top, List<PlacedBox> placed, int start, int end) =>
            owner.DrawBody(canvas, left, top, this, placed, start, end);
    }
}

/// <summary>
/// A laid-out table cell: its lines, or (<see cref="Lines"/> <see langword="null"/>) a single word in one plain face that fits
/// the column, which is one line of one fragment, kept as its text, face and width so that it needs no object.
/// </summary>
/// <param name="Lines">The cell's lines, or <see langword="null"/> for a single word.</param>
/// <param name="Word">The word, when <paramref name="Lines"/> is <see langword="null"/>.</param>
/// <param name="Face">The word's face.</param>
/// <param name="Width">The word's width.</param>
internal readonly record struct CellLayout(IReadOnlyList<TextLine>? Lines, string? Word = null, int Face = -1, float Width = 0);

/// <summary>
/// Lays out body cells of one table (regular face, cell size, ink) in their columns. A cell that is one word in one plain
/// face and fits its column (event ids, dates, numbers, one-word places) is only measured, and needs no object; the
/// layouts of the first <see cref="Capacity"/> distinct (column, text) pairs are kept, so repeated texts (places, event
/// types, dates) are laid out once for measuring and drawing, while unique texts (event ids) do not accumulate.
/// </summary>
internal sealed class CellLines(TextLayout text, float[] widths, int capacity = CellLines.Capacity)
{
    /// <summary>The number of distinct cells whose lines are kept (by default).</summary>
    public const int Capacity = 20_000;

    /// <summary>
    /// The number of distinct texts kept per column: a column of unique texts (event ids) stops being kept after this many,
    /// so it does not use up the capacity before the repeated texts of later rows (dates, places) are seen.
    /// </summary>
    public const int ColumnCapacity = 5_000;

    // One dictionary per column, keyed by the text: an (int, string) tuple key boxes the column to hash it while the
    // dictionary's code runs unoptimised (the JIT's first tier, most of a first rendering).
    private readonly Dictionary<string, CellLayout>[] _cache = NewCaches(widths.Length);
    private readonly int[] _kept = new int[widths.Length];
    private int _cached;
    private readonly CellLayout[] _row = new CellLayout[widths.Length];

    /// <summary>Gets the height of a row whose cells are laid out as <paramref name="laid"/>: the tallest cell plus the padding.</summary>
    public static float Height(CellLayout[] laid)
    {
        float height = 0;
        foreach (CellLayout cell in laid)
        {
            float h = 0;
            if (cell.Lines is { } lines)
            {
                for (int i = 0; i < lines.Count; i++)
                {
                    h += lines[i].Height;
                }
            }
            else
            {
                h = TextLayout.LineHeight(TableBoxes.CellSize);
            }

            height = Math.Max(height, h);
        }

        return height + (2 * TableBoxes.PadY);
    }

    /// <summary>Gets the height of a body row with these formatted cells.</summary>
    public float RowHeight(string[] cells) => Height(Lay(cells));

    /// <summary>
    /// Lays out a body row's formatted cells, one entry per column. The array is this object's own and is overwritten by the
    /// next call: use it before laying out another row.
    /// </summary>
    public CellLayout[] Lay(string[] cells)
    {
        CellLayout[] laid = _row;
        for (int c = 0; c < cells.Length; c++)
        {
            laid[c] = Lay(c, cells[c]);
        }

        return laid;
    }

    private CellLayout Lay(int c, string cell)
    {
        if (_cache[c].TryGetValue(cell, out CellLayout laid))
        {
            return laid;
        }

        float room = widths[c] - (2 * TableBoxes.PadX);
        laid = text.TryMeasureWord(cell, FontRole.Regular, TableBoxes.CellSize, out int face, out float width) && width <= room
            ? new CellLayout(null, cell, face, width) // what TextLayout.Lines makes of it: one line, one fragment at x 0
            : new CellLayout(text.Lines([new(cell, FontRole.Regular, TableBoxes.CellSize, Theme.Ink)], room));
        if (_cached < capacity && _kept[c] < ColumnCapacity)
        {
            _cache[c][cell] = laid;
            _cached++;
            _kept[c]++;
        }

        return laid;
    }

    private static Dictionary<string, CellLayout>[] NewCaches(int columns)
    {
        var caches = new Dictionary<string, CellLayout>[columns];
        for (int c = 0; c < columns; c++)
        {
            caches[c] = [];
        }

        return caches;
    }
}
