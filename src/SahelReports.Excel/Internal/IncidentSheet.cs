using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SahelReports.Incidents;
using SahelReports.Reporting;

namespace SahelReports.Excel.Internal;

/// <summary>
/// The report workbook's Incidents sheet: added to the package ClosedXML saved (sheet entry, table part, styles) while the
/// package is open for editing, with a placeholder sheet body; the rows are streamed straight into the final zip entry by
/// <see cref="PackageNormalizer"/>, so 100,000 rows never sit in a DOM or in the package's update buffer.
/// </summary>
internal sealed class IncidentSheet
{
    private const string SheetRelationshipId = "rIdIncidentsSheet";
    private const string TableRelationshipId = "rIdIncidentsTable";
    private const string TableName = "Incidents";

    private readonly IReadOnlyList<ConflictIncident> _rows;
    private readonly ReportLanguage _language;
    private readonly List<string> _truncated = [];
    private SaxSheet? _sheet;
    private int _lastRow;

    /// <summary>Creates the plan for a sheet named <paramref name="name"/> listing <paramref name="rows"/>.</summary>
    public IncidentSheet(string name, IReadOnlyList<ConflictIncident> rows, bool includeHxlRow, ReportLanguage language)
    {
        Name = name;
        _rows = rows;
        IncludeHxlRow = includeHxlRow;
        _language = language;
    }

    /// <summary>Gets the sheet name.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the HXL row follows the header.</summary>
    public bool IncludeHxlRow { get; }

    /// <summary>Gets the zip entry name of the sheet body, once <see cref="AddTo"/> has run.</summary>
    public string? EntryName { get; private set; }

    /// <summary>Gets the addresses of cells whose text was truncated, once <see cref="WriteBody"/> has run.</summary>
    public IReadOnlyList<string> Truncated => _truncated;

    /// <summary>Returns the incidents a report workbook lists, or <see langword="null"/> when it has no Incidents sheet.</summary>
    public static IReadOnlyList<ConflictIncident>? Select(SituationReport report, ExcelReportOptions options)
    {
        IReadOnlyCollection<ConflictIncident>? all = options.Incidents ?? report.Incidents;
        if (all is null || options.IncidentSheet == IncidentSheetScope.None)
        {
            return null;
        }

        if (options.IncidentSheet == IncidentSheetScope.AllIncidents)
        {
            return all as IReadOnlyList<ConflictIncident> ?? [.. all];
        }

        NodaTime.DateInterval period = report.Metadata.Period;
        return all.Where(i => period.Contains(i.Date)).ToArray();
    }

    /// <summary>Adds the sheet (last in the workbook), its table part and its cell formats to <paramref name="workbook"/>.</summary>
    public void AddTo(WorkbookPart workbook)
    {
        WorksheetPart sheetPart = workbook.AddNewPart<WorksheetPart>(SheetRelationshipId);
        sheetPart.Worksheet = new Worksheet(new SheetData());
        sheetPart.Worksheet.Save();
        TableDefinitionPart tablePart = sheetPart.AddNewPart<TableDefinitionPart>(TableRelationshipId);
        uint tableId = workbook.WorksheetParts.SelectMany(w => w.TableDefinitionParts).Where(t => !ReferenceEquals(t, tablePart))
            .Select(t => t.Table.Id?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1;
        _lastRow = SaxSheetWriter.LastRow(_rows.Count, IncludeHxlRow);
        tablePart.Table = SaxSheetWriter.Table(IncidentExcelExtensions.Columns, tableId, TableName, _lastRow);
        tablePart.Table.Save();

        Sheets sheets = workbook.Workbook.Sheets!;
        uint sheetId = sheets.Elements<Sheet>().Select(s => s.SheetId?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1;
        sheets.Append(new Sheet { Name = Name, SheetId = sheetId, Id = SheetRelationshipId });
        workbook.Workbook.Save();

        Stylesheet stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        SaxStyles styles = SaxStyles.AppendTo(stylesheet, new NumberFormats(_language).Date);
        stylesheet.Save();
        _sheet = new SaxSheet(Name, IncludeHxlRow, styles, TableRelationshipId, ExcelText.Get("Truncated", _language));
        EntryName = sheetPart.Uri.OriginalString.TrimStart('/');
    }

    /// <summary>Streams the sheet body (the rows) to <paramref name="entry"/>.</summary>
    /// <exception cref="InvalidOperationException">The incidents changed between <see cref="AddTo"/> and now, so the table no longer fits.</exception>
    public void WriteBody(Stream entry)
    {
        SaxSheet sheet = _sheet ?? throw new InvalidOperationException("AddTo must run before WriteBody.");
        int lastRow = SaxSheetWriter.WriteWorksheet(entry, IncidentExcelExtensions.Columns, _rows, sheet, _truncated);
        if (lastRow != _lastRow)
        {
            throw new InvalidOperationException("The incident list changed while the workbook was being written.");
        }
    }
}
