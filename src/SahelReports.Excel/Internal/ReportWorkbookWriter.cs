using System.Globalization;
using ClosedXML.Excel;
using NodaTime;
using SahelReports.Reporting;

namespace SahelReports.Excel.Internal;

/// <summary>Builds the situation-report workbook: Summary, one sheet per section with tables, Trends, Displacement, Sources and methodology.</summary>
internal sealed class ReportWorkbookWriter
{
    private const string DisplacementSectionId = "displacement";
    private const string MethodologySectionId = "methodology";

    private readonly SituationReport _report;
    private readonly ReportLanguage _language;
    private readonly CellWriter _cells;
    private readonly TableWriter _tables;
    private readonly SheetNames _names = new();
    private readonly List<ChartPlan> _charts = [];

    private readonly IReadOnlyList<Incidents.ConflictIncident>? _incidents;
    private readonly bool _incidentHxlRow;

    public ReportWorkbookWriter(SituationReport report, IReadOnlyList<Incidents.ConflictIncident>? incidents = null, bool incidentHxlRow = false)
    {
        _report = report;
        _language = report.Metadata.Language;
        _cells = new CellWriter(_language);
        _tables = new TableWriter(_cells);
        _incidents = incidents;
        _incidentHxlRow = incidentHxlRow;
    }

    /// <summary>Gets the Incidents sheet to stream into the package once ClosedXML has saved it, if any (set by <see cref="Build"/>).</summary>
    public IncidentSheet? Incidents { get; private set; }

    /// <summary>Gets the charts to add once ClosedXML has saved the package.</summary>
    public IReadOnlyList<ChartPlan> Charts => _charts;

    /// <summary>Gets the cells whose carriage returns must be put back after ClosedXML saves.</summary>
    public IReadOnlyList<CarriageReturnCell> CarriageReturns => _cells.CarriageReturns;

    /// <summary>Gets the addresses of truncated cells.</summary>
    public IReadOnlyList<string> Truncated => _cells.Truncated;

    /// <summary>Builds the workbook in memory.</summary>
    public XLWorkbook Build(Instant now)
    {
        var workbook = new XLWorkbook();
        WriteSummary(workbook);
        foreach (ReportSection section in _report.Sections)
        {
            if (string.Equals(section.Id, DisplacementSectionId, StringComparison.Ordinal))
            {
                continue;
            }

            TableBlock[] tables = section.Blocks.OfType<TableBlock>().ToArray();
            if (tables.Length > 0)
            {
                IXLWorksheet sheet = workbook.Worksheets.Add(_names.Reserve(section.Title, ExcelText.Get("Sheet.Table", _language)));
                WriteTables(sheet, section.Title, tables);
            }
        }

        WriteTrends(workbook);
        WriteDisplacement(workbook);
        WriteSources(workbook);
        if (_incidents is not null)
        {
            Incidents = new IncidentSheet(_names.Reserve(T("Sheet.Incidents"), "Incidents"), _incidents, _incidentHxlRow, _language);
        }

        _cells.ApplyWidths(workbook);
        SetProperties(workbook, now);
        return workbook;
    }

    private string T(string key) => ExcelText.Get(key, _language);

    private void WriteSummary(XLWorkbook workbook)
    {
        ReportMetadata m = _report.Metadata;
        IXLWorksheet sheet = workbook.Worksheets.Add(_names.Reserve(T("Sheet.Summary"), "Summary"));
        IXLCell title = _cells.Text(sheet.Cell(1, 1), m.Title, fitColumn: false);
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 16;

        int row = 3;
        row = Field(sheet, row, "Area", m.Area);
        if (m.ReportNumber is not null)
        {
            row = Field(sheet, row, "ReportNumber", m.ReportNumber);
        }

        row = Field(sheet, row, "PeriodLabel", m.PeriodLabel + " (" + ReportFormatter.FormatDateRange(m.Period, _language) + ")");
        _cells.Text(sheet.Cell(row, 1), T("PeriodStart"));
        _cells.Date(sheet.Cell(row++, 2), m.Period.Start);
        _cells.Text(sheet.Cell(row, 1), T("PeriodEnd"));
        _cells.Date(sheet.Cell(row++, 2), m.Period.End);
        _cells.Text(sheet.Cell(row, 1), T("AsOf"));
        _cells.Date(sheet.Cell(row++, 2), m.AsOf);
        _cells.Text(sheet.Cell(row, 1), T("GeneratedAt"));
        IXLCell generated = sheet.Cell(row++, 2);
        generated.SetValue(m.GeneratedAt.ToDateTimeUtc().ToUniversalTime());
        generated.Style.NumberFormat.Format = _cells.Formats.DateTime;
        generated.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        _cells.Track(generated, CalibriWidths.DigitsPixels(16));
        row = Field(sheet, row, "Publisher", m.Publisher.ContactLine is null ? m.Publisher.Name : m.Publisher.Name + " \u2014 " + m.Publisher.ContactLine);
        row = Field(sheet, row, "Language", _language.Name);
        sheet.Range(3, 1, row - 1, 1).Style.Font.Bold = true;
        row++;

        if (_report.KeyFigures.Count > 0)
        {
            row = _tables.Write(sheet, KeyFigureTable(_report.KeyFigures, ReportStrings.Get("KeyFigures", _language)), row).NextRow;
        }

        if (_report.Highlights.Count > 0)
        {
            _cells.Text(sheet.Cell(row++, 1), ReportStrings.Get("Highlights", _language), fitColumn: false).Style.Font.Bold = true;
            foreach (RichText highlight in _report.Highlights)
            {
                IXLCell cell = _cells.Text(sheet.Cell(row++, 1), "\u2022 " + highlight.PlainText, fitColumn: false);
                cell.Style.Alignment.WrapText = false;
            }
        }

        sheet.SheetView.FreezeRows(1);
    }

    private int Field(IXLWorksheet sheet, int row, string labelKey, string value)
    {
        _cells.Text(sheet.Cell(row, 1), T(labelKey));
        _cells.Text(sheet.Cell(row, 2), value);
        return row + 1;
    }

    private TableBlock KeyFigureTable(IEnumerable<KeyFigure> figures, string caption)
    {
        TableColumn[] columns =
        [
            new(T("Figure")),
            new(T("Value"), ColumnKind.Integer),
            new(T("Previous"), ColumnKind.Integer),
            new(T("Change"), ColumnKind.Change),
            new(T("ChangePercent"), ColumnKind.Percent, 1),
            new(T("Unit")),
            new(T("Source")),
            new(T("Date"), ColumnKind.Date),
            new(T("Note")),
        ];
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (KeyFigure f in figures)
        {
            rows.Add(
            [
                f.Label,
                f.Value,
                f.PreviousValue is { } p ? TableCell.FromInteger(p) : TableCell.Empty,
                f.Change is { } d ? TableCell.FromChange(d) : TableCell.Empty,
                f.RelativeChange is { } r ? TableCell.FromPercent(r) : TableCell.Empty,
                f.Unit is null ? TableCell.Empty : f.Unit,
                f.Source is null ? TableCell.Empty : f.Source,
                f.Date is { } date ? TableCell.FromDate(date) : TableCell.Empty,
                f.Note is null ? TableCell.Empty : f.Note,
            ]);
        }

        return new TableBlock(caption, columns, rows);
    }

    private void WriteTables(IXLWorksheet sheet, string heading, IEnumerable<TableBlock> tables)
    {
        _cells.Text(sheet.Cell(1, 1), heading, fitColumn: false).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        int row = 3;
        bool first = true;
        var areaCharts = new List<(ChartBlock Chart, int Header, int Category, int[] Values)>();
        foreach (TableBlock table in tables)
        {
            TableBlock block = table;
            if (first && table.Caption is null)
            {
                row--;
            }

            (IXLTable written, int next) = _tables.Write(sheet, block, row);
            if (first)
            {
                // Freeze down to the first table's header row so its column names stay visible.
                sheet.SheetView.FreezeRows(written.HeadersRow().RowNumber());
                first = false;
            }

            if (AreaChart.For(block, heading) is { } area)
            {
                areaCharts.Add((area.Chart, written.HeadersRow().RowNumber(), area.CategoryColumn, area.ValueColumns));
            }

            row = next;
        }

        // Admin 1 comparison charts go below the sheet's last table, reading the table's own cells (totals row excluded).
        foreach ((ChartBlock chart, int header, int category, int[] values) in areaCharts)
        {
            _charts.Add(new ChartPlan(sheet.Name, chart, header, header + 1, header + chart.Categories.Count, values.Length, row, category + 1, values.Select(v => v + 1).ToArray()));
            row += ChartPlan.HeightInRows + 1;
        }
    }

    private void WriteTrends(XLWorkbook workbook)
    {
        ChartBlock[] charts = _report.Sections.SelectMany(s => s.Blocks).OfType<ChartBlock>().ToArray();
        if (charts.Length == 0)
        {
            return;
        }

        IXLWorksheet sheet = workbook.Worksheets.Add(_names.Reserve(T("Sheet.Trends"), "Trends"));
        _cells.Text(sheet.Cell(1, 1), T("Sheet.Trends"), fitColumn: false).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        int row = 3;
        bool first = true;
        foreach (ChartBlock chart in charts)
        {
            TableColumn[] columns = [new(chart.XAxisTitle ?? T("Category")), .. chart.Series.Select(s => new TableColumn(s.Name, ColumnKind.Decimal, Decimals(s.Values)))];
            var rows = new List<IReadOnlyList<TableCell>>();
            for (int i = 0; i < chart.Categories.Count; i++)
            {
                var cells = new TableCell[columns.Length];
                cells[0] = chart.Categories[i];
                for (int s = 0; s < chart.Series.Count; s++)
                {
                    cells[s + 1] = TableCell.FromDecimal(chart.Series[s].Values[i]);
                }

                rows.Add(cells);
            }

            var block = new TableBlock(chart.Title, columns, rows, note: chart.Note);
            (IXLTable table, int next) = _tables.Write(sheet, block, row);
            if (first)
            {
                sheet.SheetView.FreezeRows(table.HeadersRow().RowNumber());
                first = false;
            }

            if (TrendStatisticsTable.Weeks(chart) is { } weeks)
            {
                // Next to the series, right of the chart that goes below them (charts are ChartPlan.WidthInColumns wide).
                (TableBlock statistics, string?[] formats) = TrendStatisticsTable.Build(chart, weeks, _language);
                int column = Math.Max(columns.Length + 2, ChartPlan.WidthInColumns + 2);
                (IXLTable written, _) = _tables.Write(sheet, statistics, row, column: column);
                int firstRow = written.HeadersRow().RowNumber() + 1;
                for (int r = 0; r < formats.Length; r++)
                {
                    IXLRange values = sheet.Range(firstRow + r, column + 1, firstRow + r, column + chart.Series.Count);
                    if (formats[r] is { } format)
                    {
                        values.Style.NumberFormat.Format = format;
                    }
                    else
                    {
                        values.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right; // text rows line up with the numbers
                    }
                }
            }

            int header = table.HeadersRow().RowNumber();
            _charts.Add(new ChartPlan(sheet.Name, chart, header, header + 1, header + chart.Categories.Count, chart.Series.Count, next));
            row = next + ChartPlan.HeightInRows + 1;
        }
    }

    private static int Decimals(IReadOnlyList<double> values) =>
        values.All(v => v == Math.Floor(v)) ? 0 : 2;

    private void WriteDisplacement(XLWorkbook workbook)
    {
        KeyFigure[] sourced = _report.KeyFigures.Where(f => f.Source is not null || f.Date is not null).ToArray();
        ReportSection? section = _report.FindSection(DisplacementSectionId);
        TableBlock[] tables = section?.Blocks.OfType<TableBlock>().ToArray() ?? [];
        if (sourced.Length == 0 && tables.Length == 0)
        {
            return;
        }

        IXLWorksheet sheet = workbook.Worksheets.Add(_names.Reserve(T("Sheet.Displacement"), "Displacement"));
        _cells.Text(sheet.Cell(1, 1), section?.Title ?? T("Sheet.Displacement"), fitColumn: false).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        int row = 3;
        IXLTable? first = null;
        if (sourced.Length > 0)
        {
            (first, row) = _tables.Write(sheet, KeyFigureTable(sourced, T("DisplacementFigures")), row);
        }

        foreach (TableBlock table in tables)
        {
            (IXLTable written, row) = _tables.Write(sheet, table, row);
            first ??= written;
        }

        if (first is not null)
        {
            sheet.SheetView.FreezeRows(first.HeadersRow().RowNumber());
        }
    }

    private void WriteSources(XLWorkbook workbook)
    {
        IXLWorksheet sheet = workbook.Worksheets.Add(_names.Reserve(T("Sheet.Sources"), "Sources"));
        _cells.Text(sheet.Cell(1, 1), T("Sheet.Sources"), fitColumn: false).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        int row = 3;
        if (_report.Sources.Count > 0)
        {
            var rows = _report.Sources.Select(s => (IReadOnlyList<TableCell>)
            [
                s.Name,
                s.Description is null ? TableCell.Empty : s.Description,
                s.Url is null ? TableCell.Empty : s.Url,
                s.Date is { } d ? TableCell.FromDate(d) : TableCell.Empty,
            ]).ToList();
            var block = new TableBlock(ReportStrings.Get("Sources", _language), [new(T("Source")), new(T("Description")), new(T("Url")), new(T("Date"), ColumnKind.Date)], rows);
            (IXLTable table, row) = _tables.Write(sheet, block, row);
            sheet.SheetView.FreezeRows(table.HeadersRow().RowNumber());
        }

        ReportSection? methodology = _report.FindSection(MethodologySectionId);
        IEnumerable<string> lines = methodology is null ? [] : methodology.Blocks.SelectMany(TextLines);
        IEnumerable<string> notes = _report.Sections.Where(s => !ReferenceEquals(s, methodology)).SelectMany(s => s.Blocks).OfType<FootnoteBlock>().Select(f => f.Text.PlainText);
        string[] all = lines.Concat(notes).ToArray();
        if (all.Length > 0)
        {
            _cells.Text(sheet.Cell(row++, 1), methodology?.Title ?? T("Methodology"), fitColumn: false).Style.Font.Bold = true;
            foreach (string line in all)
            {
                _cells.Text(sheet.Cell(row++, 1), line, fitColumn: false);
            }
        }
    }

    private static IEnumerable<string> TextLines(ReportBlock block) => block switch
    {
        HeadingBlock h => [h.Text],
        ParagraphBlock p => [p.Text.PlainText],
        BulletListBlock b => b.Items.Select(i => "\u2022 " + i.PlainText),
        CalloutBlock c => (c.Title is null ? Array.Empty<string>() : [c.Title]).Concat(c.Items.Select(i => "\u2022 " + i.PlainText)),
        FootnoteBlock f => [f.Text.PlainText],
        _ => [],
    };

    private void SetProperties(XLWorkbook workbook, Instant now)
    {
        ReportMetadata m = _report.Metadata;
        DateTime stamp = now.ToDateTimeUtc();
        workbook.Properties.Title = m.Title;
        workbook.Properties.Subject = m.Area + " \u2014 " + m.PeriodLabel;
        workbook.Properties.Author = m.Publisher.Name;
        workbook.Properties.LastModifiedBy = m.Publisher.Name;
        workbook.Properties.Company = m.Publisher.Name;
        workbook.Properties.Keywords = string.Join(", ", m.Keywords);
        workbook.Properties.Category = m.ReportNumber ?? string.Empty;
        workbook.Properties.Comments = string.Create(CultureInfo.InvariantCulture, $"{m.Language.Code}; as of {ReportFormatter.FormatIsoDate(m.AsOf)}");
        workbook.Properties.Created = stamp;
        workbook.Properties.Modified = stamp;
    }
}
