using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SahelReports.Excel.Internal;

/// <summary>A text cell holding a carriage return: ClosedXML 0.95.4 saves CR (and CR LF) as LF, so the text is put back after saving.</summary>
/// <param name="Sheet">The worksheet name.</param>
/// <param name="Address">The cell address (<c>B7</c>).</param>
/// <param name="Text">The text as it must read.</param>
internal sealed record CarriageReturnCell(string Sheet, string Address, string Text)
{
    /// <summary>
    /// Points each cell at a new shared string holding its exact text, with CR written as the OOXML escape <c>_x000D_</c>
    /// (a raw CR would be read back as LF by any XML parser). The old shared string stays (other cells may use it).
    /// </summary>
    public static void Repair(WorkbookPart workbook, IReadOnlyList<CarriageReturnCell> cells)
    {
        if (cells.Count == 0 || workbook.SharedStringTablePart?.SharedStringTable is not { } table)
        {
            return;
        }

        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s => (WorksheetPart)workbook.GetPartById(s.Id!.Value!), StringComparer.Ordinal);
        int next = table.Elements<SharedStringItem>().Count();
        foreach (IGrouping<string, CarriageReturnCell> group in cells.GroupBy(c => c.Sheet, StringComparer.Ordinal))
        {
            WorksheetPart part = sheets[group.Key];
            Dictionary<string, Cell> byAddress = part.Worksheet.Descendants<Cell>().Where(c => c.CellReference?.Value is not null).ToDictionary(c => c.CellReference!.Value!, StringComparer.Ordinal);
            foreach (CarriageReturnCell cell in group)
            {
                table.Append(new SharedStringItem(new Text(OoxmlText.Escape(cell.Text)) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
                Cell target = byAddress[cell.Address];
                target.DataType = CellValues.SharedString;
                target.CellValue = new CellValue(next.ToString(System.Globalization.CultureInfo.InvariantCulture));
                next++;
            }

            part.Worksheet.Save();
        }

        table.UniqueCount = (uint)next;
        table.Save();
    }
}
