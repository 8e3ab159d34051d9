using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using SahelReports.Reporting;

namespace SahelReports.Excel.Internal;

/// <summary>Writes a <see cref="TableBlock"/> as a real Excel table (ListObject) with filters, typed columns and a formula totals row.</summary>
internal sealed class TableWriter(CellWriter cells)
{
    private int _count;

    /// <summary>Writes <paramref name="block"/> with its header at <paramref name="row"/> (caption above, note below when present), starting at column <paramref name="column"/>.</summary>
    /// <returns>The written table and the first free row after it (one blank row left).</returns>
    public (IXLTable Table, int NextRow) Write(IXLWorksheet sheet, TableBlock block, int row, bool hxlRow = false, int column = 1)
    {
        int first = column - 1;
        if (block.Caption is { Length: > 0 } caption)
        {
            cells.Text(sheet.Cell(row, column), caption, fitColumn: false).Style.Font.Bold = true;
            row++;
        }

        if (hxlRow && block.Columns.Any(c => c.HxlTag is not null))
        {
            for (int c = 0; c < block.Columns.Count; c++)
            {
                cells.Text(sheet.Cell(row, first + c + 1), block.Columns[c].HxlTag ?? string.Empty);
            }

            sheet.Row(row).Style.Font.Italic = true;
            row++;
        }

        int headerRow = row;
        var headers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int c = 0; c < block.Columns.Count; c++)
        {
            string header = block.Columns[c].Header;
            if (header.Length == 0)
            {
                header = ExcelText.Get("Value", cells.Language);
            }

            string unique = header;
            for (int n = 2; !headers.Add(unique); n++)
            {
                unique = header + " " + n.ToString(CultureInfo.InvariantCulture);
            }

            cells.Text(sheet.Cell(headerRow, first + c + 1), unique);
        }

        for (int r = 0; r < block.Rows.Count; r++)
        {
            IReadOnlyList<TableCell> values = block.Rows[r];
            for (int c = 0; c < block.Columns.Count; c++)
            {
                cells.TableValue(sheet.Cell(headerRow + 1 + r, first + c + 1), block.Columns[c], values[c]);
            }
        }

        int lastRow = headerRow + Math.Max(block.Rows.Count, 1);
        IXLTable table = sheet.Range(headerRow, column, lastRow, first + block.Columns.Count).CreateTable(NextName(block.Caption));
        table.Theme = XLTableTheme.TableStyleLight9;
        table.ShowAutoFilter = true;
        table.ShowRowStripes = true;
        if (block.TotalsLabel is not null)
        {
            table.ShowTotalsRow = true;
            for (int c = 0; c < block.Columns.Count; c++)
            {
                TableColumn tableColumn = block.Columns[c];
                IXLTableField field = table.Field(c);
                if (tableColumn.Sum)
                {
                    field.TotalsRowFunction = XLTotalsRowFunction.Sum;
                    IXLCell total = sheet.Cell(lastRow + 1, first + c + 1);
                    total.Style.NumberFormat.Format = tableColumn.Kind switch
                    {
                        ColumnKind.Change => NumberFormats.Change,
                        ColumnKind.Percent => NumberFormats.Percent(tableColumn.Decimals),
                        ColumnKind.Decimal => NumberFormats.Decimal(tableColumn.Decimals),
                        _ => NumberFormats.Integer,
                    };
                }
                else if (c == 0)
                {
                    field.TotalsRowLabel = block.TotalsLabel;
                }
            }

            lastRow++;
        }

        int next = lastRow + 1;
        if (block.Note is { Length: > 0 } note)
        {
            cells.Text(sheet.Cell(next, column), note, fitColumn: false).Style.Font.Italic = true;
            next++;
        }

        return (table, next + 1);
    }

    private string NextName(string? caption)
    {
        _count++;
        var sb = new StringBuilder("Table_");
        sb.Append(_count.ToString("D2", CultureInfo.InvariantCulture));
        if (caption is not null)
        {
            sb.Append('_');
            foreach (char ch in caption)
            {
                if (sb.Length >= 40)
                {
                    break;
                }

                if (ch is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                {
                    sb.Append(ch);
                }
                else if (sb[^1] != '_')
                {
                    sb.Append('_');
                }
            }
        }

        return sb.ToString().TrimEnd('_');
    }
}
