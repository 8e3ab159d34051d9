using System.Globalization;
using ClosedXML.Excel;
using NodaTime;
using SahelReports.Reporting;

namespace SahelReports.Excel.Internal;

/// <summary>Writes typed values and safe text into cells, tracks column widths, and records truncated cells.</summary>
internal sealed class CellWriter
{
    private readonly Dictionary<(string Sheet, int Column), int> _widths = [];
    private readonly List<string> _truncated = [];
    private readonly List<CarriageReturnCell> _carriageReturns = [];

    public CellWriter(ReportLanguage language)
    {
        Language = language;
        Formats = new NumberFormats(language);
    }

    /// <summary>Gets the language of labels and formats.</summary>
    public ReportLanguage Language { get; }

    /// <summary>Gets the number and date formats for the language.</summary>
    public NumberFormats Formats { get; }

    /// <summary>Gets the addresses (<c>Sheet!A1</c>) of cells whose text was truncated.</summary>
    public IReadOnlyList<string> Truncated => _truncated;

    /// <summary>Gets the cells whose text holds a carriage return, which ClosedXML 0.95.4 saves as a line feed (repaired after saving).</summary>
    public IReadOnlyList<CarriageReturnCell> CarriageReturns => _carriageReturns;

    /// <summary>Writes <paramref name="text"/> as text (never a formula or a number), neutralising formula-like starts.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="text">The text; <see langword="null"/> leaves the cell empty.</param>
    /// <param name="fitColumn">Whether the column should widen to the text (false for titles and free-text lines that may overflow).</param>
    public IXLCell Text(IXLCell cell, string? text, bool fitColumn = true)
    {
        if (text is null)
        {
            return cell;
        }

        string fitted = SafeText.Fit(text, ExcelText.Get("Truncated", Language), out bool truncated);
        if (truncated)
        {
            _truncated.Add(cell.Worksheet.Name + "!" + cell.Address.ToStringRelative());
        }

        cell.SetValue(fitted);
        cell.DataType = XLDataType.Text;
        if (fitted.Contains('\r', StringComparison.Ordinal))
        {
            _carriageReturns.Add(new CarriageReturnCell(cell.Worksheet.Name, cell.Address.ToStringRelative(), fitted));
        }

        if (SafeText.NeedsQuotePrefix(fitted))
        {
            cell.Style.IncludeQuotePrefix = true;
        }

        if (fitColumn)
        {
            Track(cell, CalibriWidths.Pixels(fitted));
        }

        return cell;
    }

    /// <summary>Writes a whole number with the integer format.</summary>
    public IXLCell Integer(IXLCell cell, long value, string? format = null)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = format ?? NumberFormats.Integer;
        Track(cell, CalibriWidths.Pixels(value.ToString("+#,##0;-#,##0", CultureInfo.InvariantCulture)));
        return cell;
    }

    /// <summary>Writes a number with <paramref name="format"/>.</summary>
    public IXLCell Number(IXLCell cell, double value, string format)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = format;
        Track(cell, CalibriWidths.DigitsPixels(14));
        return cell;
    }

    /// <summary>Writes a date as an Excel date with the language's date format.</summary>
    public IXLCell Date(IXLCell cell, LocalDate date)
    {
        cell.SetValue(date.ToDateTimeUnspecified());
        cell.Style.NumberFormat.Format = Formats.Date;
        Track(cell, CalibriWidths.DigitsPixels(12));
        return cell;
    }

    /// <summary>Writes a report table cell with the type and format of its column.</summary>
    public void TableValue(IXLCell cell, TableColumn column, TableCell value)
    {
        if (value.IsEmpty)
        {
            return;
        }

        switch (value.Kind)
        {
            case ColumnKind.Integer:
                Integer(cell, value.Integer);
                break;
            case ColumnKind.Change:
                Integer(cell, value.Integer, NumberFormats.Change);
                break;
            case ColumnKind.Decimal:
                Number(cell, value.Number, NumberFormats.Decimal(column.Decimals));
                break;
            case ColumnKind.Percent:
                Number(cell, value.Number, NumberFormats.Percent(column.Decimals));
                break;
            case ColumnKind.Date:
                Date(cell, value.Date);
                break;
            default:
                Text(cell, value.Text);
                break;
        }
    }

    /// <summary>Notes that a cell in a column needs at least <paramref name="pixels"/> of width (see <see cref="CalibriWidths"/>).</summary>
    public void Track(IXLCell cell, int pixels)
    {
        var key = (cell.Worksheet.Name, cell.Address.ColumnNumber);
        int current = _widths.GetValueOrDefault(key);
        if (pixels > current)
        {
            _widths[key] = pixels;
        }
    }

    /// <summary>
    /// Sets every tracked column's width from its widest value measured with Calibri's metrics (no GDI+), with room for a filter
    /// button, between 8 and 60 (Excel's unit: digit widths).
    /// </summary>
    public void ApplyWidths(XLWorkbook workbook)
    {
        foreach (KeyValuePair<(string Sheet, int Column), int> pair in _widths.OrderBy(p => p.Key.Sheet, StringComparer.Ordinal).ThenBy(p => p.Key.Column))
        {
            workbook.Worksheet(pair.Key.Sheet).Column(pair.Key.Column).Width = CalibriWidths.ColumnWidth(pair.Value + CalibriWidths.FilterButtonPixels);
        }
    }
}
