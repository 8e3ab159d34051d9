using SkiaSharp;

namespace SahelReports.Pdf.Internal;

/// <summary>
/// An unbreakable piece of the page flow (a text line, a table row, a card row, a chart) with its height and how it draws.
/// Blocks become sequences of boxes; the <see cref="Paginator"/> puts boxes on pages.
/// </summary>
internal sealed class Box(float height, Action<SKCanvas, float, float> draw)
{
    /// <summary>Gets the height in points.</summary>
    public float Height { get; } = height;

    /// <summary>Gets the drawing action, called with the canvas and the box's top-left corner.</summary>
    public Action<SKCanvas, float, float> Draw { get; } = draw;

    /// <summary>Gets the space above the box, dropped when the box starts a page.</summary>
    public float SpaceBefore { get; init; }

    /// <summary>Gets a value indicating whether the box must be on the same page as the next one (headings, captions, table headers).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Gets the box to repeat at the top of a page when this box starts one (a table's header row).</summary>
    public Box? RepeatOnBreak { get; init; }

    /// <summary>
    /// Gets how to lay the box out again at most a given height (a map that may be drawn smaller rather than move to the
    /// next page and leave most of this one blank), or <see langword="null"/> when the box has one size.
    /// </summary>
    public Func<float, Box>? FitTo { get; init; }

    /// <summary>Gets the smallest height <see cref="FitTo"/> accepts.</summary>
    public float MinFitHeight { get; init; }

    /// <summary>
    /// Gets the table body this box stands for, or <see langword="null"/> for a plain box. The paginator places the body's
    /// rows one by one as unbreakable boxes of their own heights (no object per row): each repeats
    /// <see cref="RepeatOnBreak"/> when it starts a page, and only the last row keeps with the next box when
    /// <see cref="KeepWithNext"/> is set. <see cref="Height"/> and <see cref="Draw"/> are not used for a body.
    /// </summary>
    public IRowBody? Rows { get; init; }
}

/// <summary>The body rows of a table, expanded by the <see cref="Paginator"/> and drawn page by page.</summary>
internal interface IRowBody
{
    /// <summary>Gets the number of rows.</summary>
    int Count { get; }

    /// <summary>Gets the height of row <paramref name="row"/>.</summary>
    float RowHeight(int row);

    /// <summary>
    /// Draws the rows placed at <paramref name="placed"/>[<paramref name="start"/>..<paramref name="end"/>), consecutive rows
    /// of this body on one page, in order (each entry a run of <see cref="PlacedBox.Count"/> rows from <see cref="PlacedBox.Row"/>);
    /// (<paramref name="left"/>, <paramref name="top"/>) is the body area's top-left corner.
    /// </summary>
    void DrawRows(SKCanvas canvas, float left, float top, List<PlacedBox> placed, int start, int end);
}

/// <summary>
/// A box placed on a page at a vertical offset from the body top. For a table body (<see cref="Box.Rows"/>),
/// <paramref name="Row"/> is the first of <paramref name="Count"/> consecutive rows on the page: the first at
/// <paramref name="Top"/>, each next one at the one before's top plus its height (summed in single precision, as the
/// <see cref="Paginator"/> sums them); one entry per page instead of one per row. For a plain box, Row is -1.
/// </summary>
internal readonly record struct PlacedBox(Box Box, float Top, int Row = -1, int Count = 1);

/// <summary>Places boxes on pages: no box is cut, keep-with-next chains move together, table headers repeat after a break.</summary>
internal static class Paginator
{
    /// <summary>Splits <paramref name="boxes"/> into pages of body height <paramref name="bodyHeight"/>.</summary>
    public static List<List<PlacedBox>> Paginate(IReadOnlyList<Box> boxes, float bodyHeight)
    {
        var list = new List<Box>(boxes); // a shrinkable box may be replaced by a smaller layout of itself
        var pages = new List<List<PlacedBox>> { new() };
        float y = 0;
        for (int i = 0; i < list.Count; i++)
        {
            // A plain box is one slot (row -1); a table body is one slot per row (none when it has no rows).
            int rows = list[i].Rows?.Count ?? -1;
            for (int r = rows < 0 ? -1 : 0; r < Math.Max(rows, 0); r++)
            {
                var slot = new Slot(i, r);
                Box box = list[i];
                float space = y > 0 ? SpaceBefore(list, slot) : 0;
                float needed = space + ChainHeight(list, slot);
                if (y > 0 && y + needed > bodyHeight && TryShrinkChain(list, slot, y + needed - bodyHeight))
                {
                    box = list[i];
                    needed = space + ChainHeight(list, slot);
                }

                float height = Height(list, slot);
                bool chainFitsEmptyPage = ChainHeight(list, slot) + (box.RepeatOnBreak?.Height ?? 0) <= bodyHeight;
                if (y > 0 && y + needed > bodyHeight && (chainFitsEmptyPage || y + space + height > bodyHeight))
                {
                    // Sized like the page before (a page of a long table holds the repeated header and one entry for its rows).
                    pages.Add(new List<PlacedBox>(pages[^1].Count));
                    y = 0;
                    space = 0;
                    if (box.RepeatOnBreak is { } header)
                    {
                        pages[^1].Add(new PlacedBox(header, 0));
                        y = header.Height;
                    }
                }

                y += space;
                List<PlacedBox> page = pages[^1];
                if (r > 0 && page.Count > 0 && page[^1] is { Row: >= 0 } last && ReferenceEquals(last.Box, box) && last.Row + last.Count == r)
                {
                    // The next row of the body's rows on this page: its top is y, the previous rows' top plus their heights.
                    page[^1] = last with { Count = last.Count + 1 };
                }
                else
                {
                    page.Add(new PlacedBox(box, y, r));
                }

                y += height;
            }
        }

        return pages;
    }

    /// <summary>
    /// Lays out the first shrinkable box of the keep-with-next chain at <paramref name="start"/> smaller by
    /// <paramref name="overflow"/> when its minimum allows, so that the chain fits the rest of the page.
    /// </summary>
    private static bool TryShrinkChain(List<Box> boxes, Slot start, float overflow)
    {
        for (Slot s = start; ; )
        {
            Box b = boxes[s.Index];
            // Half a point to spare, so that float rounding in the sums cannot push the rest of the chain (a note) to the next page.
            float target = b.Height - overflow - 0.5f;
            if (s.Row < 0 && b.FitTo is { } fit && target >= b.MinFitHeight)
            {
                Box smaller = fit(target);
                if (smaller.Height > target + 0.01f)
                {
                    return false;
                }

                boxes[s.Index] = smaller;
                return true;
            }

            if (!KeepWithNext(boxes, s) || !TryNext(boxes, s, out s))
            {
                return false;
            }
        }
    }

    private static float ChainHeight(List<Box> boxes, Slot start)
    {
        float height = Height(boxes, start);
        for (Slot s = start; KeepWithNext(boxes, s) && TryNext(boxes, s, out Slot next); s = next)
        {
            height += SpaceBefore(boxes, next) + Height(boxes, next);
        }

        return height;
    }

    private static float Height(List<Box> boxes, Slot s) => s.Row < 0 ? boxes[s.Index].Height : boxes[s.Index].Rows!.RowHeight(s.Row);

    private static float SpaceBefore(List<Box> boxes, Slot s) => s.Row < 0 ? boxes[s.Index].SpaceBefore : 0;

    private static bool KeepWithNext(List<Box> boxes, Slot s) =>
        boxes[s.Index].KeepWithNext && (s.Row < 0 || s.Row == boxes[s.Index].Rows!.Count - 1);

    /// <summary>Finds the slot after <paramref name="s"/>: the next row of its body, else the next box (a body's first row; empty bodies are skipped).</summary>
    private static bool TryNext(List<Box> boxes, Slot s, out Slot next)
    {
        if (s.Row >= 0 && s.Row + 1 < boxes[s.Index].Rows!.Count)
        {
            next = new Slot(s.Index, s.Row + 1);
            return true;
        }

        for (int j = s.Index + 1; j < boxes.Count; j++)
        {
            int rows = boxes[j].Rows?.Count ?? -1;
            if (rows != 0)
            {
                next = new Slot(j, rows < 0 ? -1 : 0);
                return true;
            }
        }

        next = default;
        return false;
    }

    /// <summary>A place in the flow: a plain box (<see cref="Row"/> -1) or one row of a table body.</summary>
    private readonly record struct Slot(int Index, int Row);
}
