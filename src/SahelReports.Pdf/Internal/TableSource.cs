using System.Globalization;
using SahelReports.Reporting;

namespace SahelReports.Pdf.Internal;

/// <summary>
/// A table as the PDF layout needs it: caption, formatted header and totals, which columns are right aligned, and body rows
/// as formatted cells produced afresh on every enumeration (a report table's cells, or incidents formatted on the fly).
/// </summary>
/// <param name="Caption">The caption, or <see langword="null"/>.</param>
/// <param name="Header">The column headers.</param>
/// <param name="Numeric">For each column, whether it is numeric (right aligned).</param>
/// <param name="Rows">Enumerates the body rows' formatted cells; called three times (widths, heights, drawing) and must give the same rows each time.
/// An enumeration may give the same array for every row, refilled: a consumer uses a row's cells before moving to the next row.</param>
/// <param name="Totals">The formatted totals row, or <see langword="null"/>.</param>
/// <param name="Note">The note under the table, or <see langword="null"/>.</param>
internal sealed record TableSource(string? Caption, string[] Header, bool[] Numeric, Func<IEnumerable<string[]>> Rows, string[]? Totals, string? Note)
{
    /// <summary>Gets the layout source of a report table (cells formatted in <paramref name="language"/>).</summary>
    public static TableSource From(TableBlock table, ReportLanguage language)
    {
        string[] Format(IReadOnlyList<TableCell> row)
        {
            var cells = new string[row.Count];
            for (int c = 0; c < row.Count; c++)
            {
                cells[c] = row[c].Format(language, table.Columns[c].Decimals);
            }

            return cells;
        }

        return new TableSource(
            table.Caption,
            table.Columns.Select(c => c.Header).ToArray(),
            table.Columns.Select(c => c.IsNumeric).ToArray(),
            () => table.Rows.Select(Format),
            table.Totals is { } t ? Format(t) : null,
            table.Note);
    }

    /// <summary>Throws when an enumeration of the rows gave a different number of rows than the first one.</summary>
    public static void CheckCount(int expected, int actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"The table's rows changed while the PDF was rendered: {expected} rows when measured, {actual} on a later pass. The row source must give the same rows on every enumeration."));
        }
    }
}

/// <summary>Gives a table's rows to the drawing pass one by one, in order, from a fresh enumeration of the source.</summary>
internal sealed class RowCursor(TableSource table, int count)
{
    private IEnumerator<string[]>? _rows;
    private int _next;

    /// <summary>
    /// Gets the formatted cells of row <paramref name="row"/>, which must be the next row not yet taken. The array may be
    /// refilled by the next call (see <see cref="TableSource.Rows"/>).
    /// </summary>
    public string[] Take(int row)
    {
        if (row != _next)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Table row {row} was drawn out of order (expected row {_next})."));
        }

        _rows ??= table.Rows().GetEnumerator();
        if (!_rows.MoveNext())
        {
            TableSource.CheckCount(count, row);
        }

        _next++;
        string[] cells = _rows.Current;
        if (_next == count)
        {
            // The last row: a longer enumeration means the source changed.
            if (_rows.MoveNext())
            {
                TableSource.CheckCount(count, count + 1);
            }

            _rows.Dispose();
            _rows = null;
        }

        return cells;
    }
}
