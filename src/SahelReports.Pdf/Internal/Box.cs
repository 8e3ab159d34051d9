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
}

/// <summary>A box placed on a page at a vertical offset from the body top.</summary>
internal readonly record struct PlacedBox(Box Box, float Top);

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
            Box box = list[i];
            float space = y > 0 ? box.SpaceBefore : 0;
            float needed = space + ChainHeight(list, i);
            if (y > 0 && y + needed > bodyHeight && TryShrinkChain(list, i, y + needed - bodyHeight))
            {
                box = list[i];
                needed = space + ChainHeight(list, i);
            }

            bool chainFitsEmptyPage = ChainHeight(list, i) + (box.RepeatOnBreak?.Height ?? 0) <= bodyHeight;
            if (y > 0 && y + needed > bodyHeight && (chainFitsEmptyPage || y + space + box.Height > bodyHeight))
            {
                pages.Add([]);
                y = 0;
                space = 0;
                if (box.RepeatOnBreak is { } header)
                {
                    pages[^1].Add(new PlacedBox(header, 0));
                    y = header.Height;
                }
            }

            y += space;
            pages[^1].Add(new PlacedBox(box, y));
            y += box.Height;
        }

        return pages;
    }

    /// <summary>
    /// Lays out the first shrinkable box of the keep-with-next chain at <paramref name="start"/> smaller by
    /// <paramref name="overflow"/> when its minimum allows, so that the chain fits the rest of the page.
    /// </summary>
    private static bool TryShrinkChain(List<Box> boxes, int start, float overflow)
    {
        for (int j = start; j < boxes.Count; j++)
        {
            Box b = boxes[j];
            if (b.FitTo is { } fit && b.Height - overflow >= b.MinFitHeight)
            {
                Box smaller = fit(b.Height - overflow);
                if (smaller.Height > b.Height - overflow + 0.01f)
                {
                    return false;
                }

                boxes[j] = smaller;
                return true;
            }

            if (!b.KeepWithNext)
            {
                return false;
            }
        }

        return false;
    }

    private static float ChainHeight(IReadOnlyList<Box> boxes, int start)
    {
        float height = boxes[start].Height;
        for (int j = start; j < boxes.Count - 1 && boxes[j].KeepWithNext; j++)
        {
            height += boxes[j + 1].SpaceBefore + boxes[j + 1].Height;
        }

        return height;
    }
}
