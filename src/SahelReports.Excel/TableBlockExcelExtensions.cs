using SahelReports.Excel.Internal;
using SahelReports.Reporting;

namespace SahelReports.Excel;

/// <summary>Exports one report <see cref="TableBlock"/> as a one-sheet workbook holding it as an Excel table, for developers who need a single table.</summary>
public static class TableBlockExcelExtensions
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="output"/>: its header row, an optional HXL row (from <see cref="TableColumn.HxlTag"/>), its rows with typed cells. The totals row is not exported (the data are, and filters would make a fixed total wrong).</summary>
    /// <param name="table">The table to export.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="options">Export options; <see langword="null"/> for the defaults.</param>
    /// <returns>What was truncated, if anything.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public static ExcelWriteResult WriteXlsx(this TableBlock table, Stream output, ExcelExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream must be writable.", nameof(output));
        }

        options ??= new ExcelExportOptions();
        var headers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var columns = new List<SaxColumn<IReadOnlyList<TableCell>>>();
        for (int c = 0; c < table.Columns.Count; c++)
        {
            int index = c;
            TableColumn column = table.Columns[c];
            string header = column.Header.Length == 0 ? ExcelText.Get("Value", options.Language) : column.Header;
            string unique = header;
            for (int n = 2; !headers.Add(unique); n++)
            {
                unique = header + " " + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            columns.Add(column.Kind switch
            {
                ColumnKind.Text => SaxColumn<IReadOnlyList<TableCell>>.OfText(unique, column.HxlTag, r => r[index].IsEmpty ? null : r[index].Text),
                ColumnKind.Date => SaxColumn<IReadOnlyList<TableCell>>.OfDate(unique, column.HxlTag, r => r[index].Kind == ColumnKind.Date ? r[index].Date : null),
                ColumnKind.Integer => SaxColumn<IReadOnlyList<TableCell>>.OfInteger(unique, column.HxlTag, r => Number(r[index])),
                ColumnKind.Percent => SaxColumn<IReadOnlyList<TableCell>>.OfDecimal(unique, column.HxlTag, r => Number(r[index]), SaxKind.Percent),
                ColumnKind.Change => SaxColumn<IReadOnlyList<TableCell>>.OfDecimal(unique, column.HxlTag, r => Number(r[index]), SaxKind.Change),
                _ => SaxColumn<IReadOnlyList<TableCell>>.OfDecimal(unique, column.HxlTag, r => Number(r[index])),
            });
        }

        string fallback = ExcelText.Get("Sheet.Table", options.Language);
        string sheet = new SheetNames().Reserve(options.SheetName ?? table.Caption ?? fallback, fallback);
        return new ExcelWriteResult(SaxSheetWriter.Write(output, columns, table.Rows, sheet, "Table1", options with { Title = options.Title ?? table.Caption }).ToArray());
    }

    private static double? Number(TableCell cell) => cell.IsEmpty || !IsNumber(cell.Kind) ? null : cell.NumericValue;

    private static bool IsNumber(ColumnKind kind) => kind is ColumnKind.Integer or ColumnKind.Decimal or ColumnKind.Percent or ColumnKind.Change;
}
