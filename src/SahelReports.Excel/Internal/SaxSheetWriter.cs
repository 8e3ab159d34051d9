using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;

namespace SahelReports.Excel.Internal;

/// <summary>
/// Streams a one-sheet workbook (one Excel table with filters and a frozen header) straight to XML, without ClosedXML's
/// in-memory cell model, so 100,000-row exports stay fast and small. Text is written as inline strings, formula-like text
/// gets a quote-prefix style, over-long text is truncated with a marker, control characters are escaped as <c>_xHHHH_</c>.
/// </summary>
internal static class SaxSheetWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>How many leading rows the column widths are measured on (the rest are streamed without measuring).</summary>
    private const int WidthSampleRows = 1_000;

    private static readonly LocalDate s_excelEpoch = new(1899, 12, 30);

    /// <summary>The rows of one Excel sheet (Excel's own limit; a longer sheet is not a workbook Excel can open in full).</summary>
    public const int MaxSheetRows = 1_048_576;

    /// <summary>Writes the rows as a workbook to <paramref name="output"/> and returns the addresses of truncated cells.</summary>
    /// <exception cref="ArgumentException">
    /// The rows need more than <paramref name="maxRows"/> sheet rows (named <paramref name="rowsParameter"/>). When the row count is
    /// known before enumerating (a collection), nothing is written; a lazy sequence is stopped at the limit, and the output then
    /// holds an incomplete file.
    /// </exception>
    public static IReadOnlyList<string> Write<T>(Stream output, IReadOnlyList<SaxColumn<T>> columns, IEnumerable<T> rows, string sheetName, string tableName, ExcelExportOptions options, string rowsParameter, int maxRows = MaxSheetRows)
    {
        if (rows.TryGetNonEnumeratedCount(out int known) && LastRow(known, options.IncludeHxlRow) > maxRows)
        {
            throw TooManyRows(maxRows, rowsParameter, "Nothing was written.");
        }

        Instant now = options.Clock.GetCurrentInstant();
        var truncated = new List<string>();
        string sheetEntry;
        string tableEntry;
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            // The in-memory package is only an intermediate: PackageNormalizer recompresses every entry, so this first pass only needs the fastest deflate.
            document.CompressionOption = System.IO.Packaging.CompressionOption.SuperFast;
            document.PackageProperties.Title = options.Title;
            document.PackageProperties.Creator = "SahelReports";
            document.PackageProperties.Created = now.ToDateTimeUtc();
            document.PackageProperties.Modified = now.ToDateTimeUtc();
            WorkbookPart workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = "rIdSheet1" }));
            WorkbookStylesPart styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = SaxStyles.Stylesheet(new NumberFormats(options.Language).Date);
            WorksheetPart sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
            TableDefinitionPart tablePart = sheetPart.AddNewPart<TableDefinitionPart>("rIdTable1");

            // Placeholders: the sheet body and the table (whose range needs the row count) are written while the package is
            // normalized, straight into their final zip entries, so the rows never sit in the intermediate package.
            sheetPart.Worksheet = new Worksheet(new SheetData());
            tablePart.Table = Table(columns, 1, tableName, LastRow(0, options.IncludeHxlRow));
            sheetEntry = sheetPart.Uri.OriginalString.TrimStart('/');
            tableEntry = tablePart.Uri.OriginalString.TrimStart('/');
        }

        var sheet = new SaxSheet(sheetName, options.IncludeHxlRow, SaxStyles.Standalone, "rIdTable1", ExcelText.Get("Truncated", options.Language));
        int lastRow = 0;
        var replacements = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal)
        {
            [sheetEntry] = entry => lastRow = WriteWorksheet(entry, columns, rows, sheet, truncated, rowsParameter, maxRows),
            [tableEntry] = entry =>
            {
                // System.IO.Packaging stores parts in creation order, so the sheet (created first) has been streamed by now.
                if (lastRow == 0)
                {
                    throw new InvalidOperationException("The table part precedes its sheet in the package.");
                }

                Table(columns, 1, tableName, lastRow).Save(entry);
            },
        };
        package.Position = 0;
        PackageNormalizer.Normalize(package, output, WorkbookPackage.ZipTime(now), replacements);
        return truncated;
    }

    private static ArgumentException TooManyRows(int maxRows, string rowsParameter, string outcome) => new(string.Create(CultureInfo.InvariantCulture,
        $"An Excel sheet holds at most {maxRows} rows (header included) and these rows need more; export fewer (filter by country or period) or write CSV. {outcome}"), rowsParameter);

    /// <summary>Returns the last row a sheet of <paramref name="rowCount"/> data rows occupies (the table covers at least one data row).</summary>
    public static int LastRow(int rowCount, bool includeHxlRow) => Math.Max((includeHxlRow ? 2 : 1) + rowCount, 2);

    /// <summary>Returns the table definition covering the header row to <paramref name="lastRow"/>, with filters and banded rows.</summary>
    public static Table Table<T>(IReadOnlyList<SaxColumn<T>> columns, uint id, string name, int lastRow)
    {
        string reference = "A1:" + ColumnLetters(columns.Count) + lastRow.ToString(CultureInfo.InvariantCulture);
        return new Table
        {
            Id = id,
            Name = name,
            DisplayName = name,
            Reference = reference,
            AutoFilter = new AutoFilter { Reference = reference },
            TableColumns = new TableColumns(columns.Select((c, i) => new TableColumn { Id = (uint)(i + 1), Name = c.Header })) { Count = (uint)columns.Count },
            TableStyleInfo = new TableStyleInfo { Name = "TableStyleLight9", ShowRowStripes = true, ShowColumnStripes = false, ShowFirstColumn = false, ShowLastColumn = false },
        };
    }

    /// <summary>
    /// Streams the worksheet XML: frozen header (and HXL row), column widths measured on the header and the first
    /// <see cref="WidthSampleRows"/> rows, typed cells, and the table part reference. Returns the last row (see <see cref="LastRow"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The rows need more than <paramref name="maxRows"/> sheet rows; the stream holds an incomplete sheet.</exception>
    public static int WriteWorksheet<T>(Stream stream, IReadOnlyList<SaxColumn<T>> columns, IEnumerable<T> rows, SaxSheet sheet, List<string> truncated, string rowsParameter = "rows", int maxRows = MaxSheetRows)
    {
        string[] letters = columns.Select((_, i) => ColumnLetters(i + 1)).ToArray();
        int firstDataRow = sheet.IncludeHxlRow ? 3 : 2;
        var sample = new List<T>();
        using IEnumerator<T> rest = rows.GetEnumerator();
        while (sample.Count < WidthSampleRows && rest.MoveNext())
        {
            sample.Add(rest.Current);
        }

        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.Entitize, CheckCharacters = true });
        xml.WriteStartDocument(true);
        xml.WriteStartElement("worksheet", Main);
        xml.WriteAttributeString("xmlns", "r", null, "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        xml.WriteStartElement("sheetViews", Main);
        xml.WriteStartElement("sheetView", Main);
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane", Main);
        xml.WriteAttributeString("ySplit", (firstDataRow - 1).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("topLeftCell", "A" + firstDataRow.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("cols", Main);
        double[] widths = Widths(columns, sample, sheet.IncludeHxlRow);
        for (int c = 0; c < columns.Count; c++)
        {
            xml.WriteStartElement("col", Main);
            string n = (c + 1).ToString(CultureInfo.InvariantCulture);
            xml.WriteAttributeString("min", n);
            xml.WriteAttributeString("max", n);
            xml.WriteAttributeString("width", widths[c].ToString("0.########", CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("sheetData", Main);
        var ctx = new RowContext(xml, letters, truncated, sheet);
        ctx.StartRow(1);
        for (int c = 0; c < columns.Count; c++)
        {
            ctx.Text(c, columns[c].Header, sheet.Styles.Header);
        }

        xml.WriteEndElement();
        if (sheet.IncludeHxlRow)
        {
            ctx.StartRow(2);
            for (int c = 0; c < columns.Count; c++)
            {
                ctx.Text(c, columns[c].Hxl ?? string.Empty, sheet.Styles.Text);
            }

            xml.WriteEndElement();
        }

        int row = firstDataRow - 1;
        void Next(T item)
        {
            if (++row > maxRows)
            {
                throw TooManyRows(maxRows, rowsParameter, "The output holds an incomplete file: discard it.");
            }

            WriteRow(ctx, columns, item, row, sheet.Styles);
        }

        foreach (T item in sample)
        {
            Next(item);
        }

        while (rest.MoveNext())
        {
            Next(rest.Current);
        }

        xml.WriteEndElement();
        xml.WriteStartElement("tableParts", Main);
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("tablePart", Main);
        xml.WriteAttributeString("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships", sheet.TableRelationshipId);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        return LastRow(row - firstDataRow + 1, sheet.IncludeHxlRow);
    }

    private static void WriteRow<T>(RowContext ctx, IReadOnlyList<SaxColumn<T>> columns, T item, int row, SaxStyles styles)
    {
        ctx.StartRow(row);
        for (int c = 0; c < columns.Count; c++)
        {
            SaxColumn<T> column = columns[c];
            switch (column.Kind)
            {
                case SaxKind.Text:
                    if (column.Text!(item) is { } text)
                    {
                        ctx.Text(c, text, styles.Text);
                    }

                    break;
                case SaxKind.Date:
                    if (column.Date!(item) is { } date)
                    {
                        ctx.Number(c, Period.Between(s_excelEpoch, date, PeriodUnits.Days).Days, styles.Date);
                    }

                    break;
                default:
                    if (column.Number!(item) is { } number)
                    {
                        ctx.Number(c, number, styles.For(column.Kind));
                    }

                    break;
            }
        }

        ctx.EndRow();
    }

    /// <summary>
    /// Column widths measured with Calibri's metrics (<see cref="CalibriWidths"/>, no GDI+): the widest of the header (with room for
    /// the filter button), the HXL tag and the sampled values as shown (numbers with their grouping, dates as 10 digits), between 8
    /// and 60 digit widths.
    /// </summary>
    private static double[] Widths<T>(IReadOnlyList<SaxColumn<T>> columns, List<T> sample, bool hxl)
    {
        double[] widths = new double[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            SaxColumn<T> column = columns[c];
            int widest = Math.Max(CalibriWidths.Pixels(column.Header) + CalibriWidths.FilterButtonPixels, hxl ? CalibriWidths.Pixels(column.Hxl) : 0);
            foreach (T item in sample)
            {
                int pixels = column.Kind switch
                {
                    SaxKind.Text => CalibriWidths.Pixels(column.Text!(item)),
                    SaxKind.Date => CalibriWidths.DigitsPixels(10),
                    SaxKind.Integer or SaxKind.Change => column.Number!(item) is { } n ? CalibriWidths.Pixels(n.ToString("+#,##0;-#,##0", CultureInfo.InvariantCulture)) : 0,
                    SaxKind.Percent => CalibriWidths.Pixels("-100.0 %"),
                    _ => column.Number!(item) is { } d ? CalibriWidths.Pixels(d.ToString("R", CultureInfo.InvariantCulture)) : 0,
                };
                widest = Math.Max(widest, pixels);
            }

            widths[c] = CalibriWidths.ColumnWidth(widest);
        }

        return widths;
    }

    private static string ColumnLetters(int column)
    {
        var sb = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26)
        {
            sb.Insert(0, (char)('A' + ((c - 1) % 26)));
        }

        return sb.ToString();
    }

    /// <summary>Writes the cells of one row.</summary>
    private sealed class RowContext(XmlWriter xml, string[] letters, List<string> truncated, SaxSheet sheet)
    {
        private string _row = "1";

        public void StartRow(int row)
        {
            _row = row.ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("row", Main);
            xml.WriteAttributeString("r", _row);
        }

        public void EndRow() => xml.WriteEndElement();

        public void Text(int column, string text, uint style)
        {
            string fitted = SafeText.Fit(text, sheet.TruncatedMarker, out bool cut);
            if (cut)
            {
                truncated.Add(sheet.Name + "!" + letters[column] + _row);
            }

            xml.WriteStartElement("c", Main);
            xml.WriteAttributeString("r", letters[column] + _row);
            uint s = style == sheet.Styles.Text && SafeText.NeedsQuotePrefix(fitted) ? sheet.Styles.QuotedText : style;
            if (s != 0)
            {
                xml.WriteAttributeString("s", s.ToString(CultureInfo.InvariantCulture));
            }

            xml.WriteAttributeString("t", "inlineStr");
            xml.WriteStartElement("is", Main);
            xml.WriteStartElement("t", Main);
            xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteString(OoxmlText.Escape(fitted));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        public void Number(int column, double value, uint style)
        {
            xml.WriteStartElement("c", Main);
            xml.WriteAttributeString("r", letters[column] + _row);
            if (style != 0)
            {
                xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
            }

            xml.WriteStartElement("v", Main);
            xml.WriteString(value.ToString("R", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }
}
