using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;

namespace SahelReports.Excel.Internal;

/// <summary>The last steps on a package ClosedXML has saved: frozen panes, carriage returns, native charts (OpenXml 2.20), the streamed Incidents sheet, then fixed zip timestamps.</summary>
internal static class WorkbookPackage
{
    private static readonly DateTimeOffset s_earliestZipTime = new(1980, 1, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_latestZipTime = new(2107, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Edits the package in <paramref name="saved"/> and copies it to <paramref name="output"/> with zip entry times set from <paramref name="now"/> (clamped to the zip range).</summary>
    /// <param name="saved">The package ClosedXML saved.</param>
    /// <param name="output">Where the finished workbook goes.</param>
    /// <param name="now">The clock's time.</param>
    /// <param name="charts">The native charts to add.</param>
    /// <param name="incidents">The streamed Incidents sheet, or <see langword="null"/>.</param>
    /// <param name="carriageReturns">Cells whose carriage returns ClosedXML turned into line feeds.</param>
    public static void Finish(MemoryStream saved, Stream output, Instant now, IReadOnlyList<ChartPlan> charts, IncidentSheet? incidents = null, IReadOnlyList<CarriageReturnCell>? carriageReturns = null)
    {
        saved.Position = 0;
        using (SpreadsheetDocument document = SpreadsheetDocument.Open(saved, isEditable: true))
        {
            WorkbookPart workbook = document.WorkbookPart!;
            foreach (WorksheetPart sheet in workbook.WorksheetParts)
            {
                FreezePanes(sheet);
                QualifyTotals(sheet);
            }

            CarriageReturnCell.Repair(workbook, carriageReturns ?? []);
            NativeCharts.Add(workbook, charts);
            incidents?.AddTo(workbook);
        }

        saved.Position = 0;
        Dictionary<string, Action<Stream>>? replacements = incidents?.EntryName is { } entry ? new(StringComparer.Ordinal) { [entry] = incidents.WriteBody } : null;
        PackageNormalizer.Normalize(saved, output, ZipTime(now), replacements);
    }

    /// <summary>Returns <paramref name="now"/> as a zip entry time, clamped to the range zip can store.</summary>
    public static DateTimeOffset ZipTime(Instant now)
    {
        DateTimeOffset time = now.ToDateTimeOffset();
        return time < s_earliestZipTime ? s_earliestZipTime : time > s_latestZipTime ? s_latestZipTime : time;
    }

    /// <summary>
    /// ClosedXML 0.95.4 writes totals-row formulas as <c>SUBTOTAL(109,[Column])</c>, which LibreOffice shows as <c>#NAME?</c>;
    /// Excel itself writes the table name, <c>SUBTOTAL(109,Table[Column])</c>, which every reader understands.
    /// </summary>
    private static void QualifyTotals(WorksheetPart sheet)
    {
        bool changed = false;
        foreach (TableDefinitionPart tablePart in sheet.TableDefinitionParts)
        {
            Table table = tablePart.Table;
            if (table.TotalsRowCount is null || table.TotalsRowCount.Value == 0 || table.Reference?.Value is not { } reference)
            {
                continue;
            }

            string last = reference[(reference.IndexOf(':', StringComparison.Ordinal) + 1)..];
            string totalsRow = last.TrimStart('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z');
            string name = table.Name!.Value!;
            foreach (Row row in sheet.Worksheet.Descendants<Row>().Where(r => string.Equals(r.RowIndex?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), totalsRow, StringComparison.Ordinal)))
            {
                foreach (CellFormula formula in row.Descendants<CellFormula>())
                {
                    if (formula.Text.StartsWith("SUBTOTAL(109,[", StringComparison.Ordinal))
                    {
                        formula.Text = "SUBTOTAL(109," + name + formula.Text["SUBTOTAL(109,".Length..];
                        changed = true;
                    }
                }
            }
        }

        if (changed)
        {
            sheet.Worksheet.Save();
        }
    }

    /// <summary>ClosedXML 0.95.4 writes split panes as <c>frozenSplit</c>; Excel and LibreOffice expect <c>frozen</c> for a plain frozen header.</summary>
    private static void FreezePanes(WorksheetPart sheet)
    {
        bool changed = false;
        foreach (Pane pane in sheet.Worksheet.Descendants<Pane>())
        {
            if (pane.State?.Value == PaneStateValues.FrozenSplit)
            {
                pane.State = PaneStateValues.Frozen;
                changed = true;
            }
        }

        if (changed)
        {
            sheet.Worksheet.Save();
        }
    }
}
