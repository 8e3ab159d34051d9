using System.Globalization;

namespace SahelReports.Reporting;

/// <summary>A table with typed columns and an optional totals row computed from its rows.</summary>
/// <remarks><para>The totals row is never supplied by the caller: it is the sum of the rows for every column whose
/// <see cref="TableColumn.Sum"/> is set, so a table's total always equals the sum of its parts. Excel writes it as a formula.</para></remarks>
public sealed record TableBlock : ReportBlock
{
    /// <summary>Creates a table.</summary>
    /// <param name="caption">The caption shown above the table, or <see langword="null"/>.</param>
    /// <param name="columns">The columns.</param>
    /// <param name="rows">The rows; each has one cell per column.</param>
    /// <param name="totalsLabel">The label of the totals row (in the first column), or <see langword="null"/> for no totals row.</param>
    /// <param name="note">A note shown under the table, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A row's length differs from the number of columns, or a summed column is not numeric.</exception>
    public TableBlock(string? caption, IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<TableCell>> rows, string? totalsLabel = null, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        for (int r = 0; r < rows.Count; r++)
        {
            if (rows[r].Count != columns.Count)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Row {r} has {rows[r].Count} cells; the table has {columns.Count} columns."), nameof(rows));
            }
        }

        foreach (TableColumn column in columns.Where(c => c.Sum && !c.IsNumeric))
        {
            throw new ArgumentException($"Column '{column.Header}' is summed in the totals row but is not numeric.", nameof(columns));
        }

        Caption = caption;
        Columns = columns.ToArray();
        Rows = rows.Select(r => (IReadOnlyList<TableCell>)r.ToArray()).ToArray();
        TotalsLabel = totalsLabel;
        Note = note;
    }

    /// <summary>Gets the caption, or <see langword="null"/>.</summary>
    public string? Caption { get; }

    /// <summary>Gets the columns.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Gets the rows.</summary>
    public IReadOnlyList<IReadOnlyList<TableCell>> Rows { get; }

    /// <summary>Gets the label of the totals row, or <see langword="null"/> when the table has none.</summary>
    public string? TotalsLabel { get; }

    /// <summary>Gets the note shown under the table, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets the totals row (the label in the first column, sums in summed columns, empty cells elsewhere), or <see langword="null"/>.</summary>
    public IReadOnlyList<TableCell>? Totals
    {
        get
        {
            if (TotalsLabel is null)
            {
                return null;
            }

            var cells = new TableCell[Columns.Count];
            for (int c = 0; c < Columns.Count; c++)
            {
                TableColumn column = Columns[c];
                if (!column.Sum)
                {
                    cells[c] = c == 0 ? TableCell.FromText(TotalsLabel) : TableCell.Empty;
                    continue;
                }

                cells[c] = column.Kind switch
                {
                    ColumnKind.Integer => TableCell.FromInteger(Rows.Sum(r => r[c].Integer)),
                    ColumnKind.Change => TableCell.FromChange(Rows.Sum(r => r[c].Integer)),
                    ColumnKind.Percent => TableCell.FromPercent(Rows.Sum(r => r[c].Number)),
                    _ => TableCell.FromDecimal(Rows.Sum(r => r[c].Number)),
                };
            }

            return cells;
        }
    }

    /// <inheritdoc/>
    public override TResult Accept<TResult>(IReportBlockVisitor<TResult> visitor) => visitor.Visit(this);
}
