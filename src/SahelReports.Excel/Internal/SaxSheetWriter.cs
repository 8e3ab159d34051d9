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
    private const uint TextStyle = 0;
    private const uint IntegerStyle = 1;
    private const uint DecimalStyle = 2;
    private const uint DateStyle = 3;
    private const uint QuotedTextStyle = 4;
    private const uint HeaderStyle = 5;
    private const uint PercentStyle = 6;
    private const uint ChangeStyle = 7;
    private static readonly LocalDate s_excelEpoch = new(1899, 12, 30);

    /// <summary>The rows of one Excel sheet (Excel's own limit; a longer sheet is not a workbook Excel can open in full).</summary>
    public const int MaxSheetRows = 1_048_576;

    /// <summary>Writes the rows as a workbook to <paramref name="output"/> and returns the addresses of truncated cells.</summary>
    /// <exception cref="ArgumentException">The rows need more than <paramref name="maxRows"/> sheet rows (named <paramref name="rowsParameter"/>); nothing is written.</exception>
    public static IReadOnlyList<string> Write<T>(Stream output, IReadOnlyList<SaxColumn<T>> columns, IEnumerable<T> rows, string sheetName, string tableName, ExcelExportOptions options, string rowsParameter, int maxRows = MaxSheetRows)
    {
        Instant now = options.Clock.GetCurrentInstant();
        string truncatedMarker = ExcelText.Get("Truncated", options.Language);
        var truncated = new List<string>();
        string[] letters = columns.Select((_, i) => ColumnLetters(i + 1)).ToArray();
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            // The in-memory package is only an intermediate: PackageNormalizer recompresses every entry, so this first pass only needs the fastest deflate (time) while still keeping the buffer small (memory).
            document.CompressionOption = System.IO.Packaging.CompressionOption.SuperFast;
            document.PackageProperties.Title = options.Title;
            document.PackageProperties.Creator = "SahelReports";
            document.PackageProperties.Created = now.ToDateTimeUtc();
            document.PackageProperties.Modified = now.ToDateTimeUtc();
            WorkbookPart workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = "rIdSheet1" }));
            WorkbookStylesPart styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Styles(new NumberFormats(options.Language).Date);
            WorksheetPart sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
            TableDefinitionPart tablePart = sheetPart.AddNewPart<TableDefinitionPart>("rIdTable1");

            int headerRow = 1;
            int firstDataRow = options.IncludeHxlRow ? 3 : 2;
            int lastRow;
            using (Stream stream = sheetPart.GetStream(FileMode.Create, FileAccess.Write))
            using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.Entitize, CheckCharacters = true }))
            {
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
                for (int c = 0; c < columns.Count; c++)
                {
                    xml.WriteStartElement("col", Main);
                    string n = (c + 1).ToString(CultureInfo.InvariantCulture);
                    xml.WriteAttributeString("min", n);
                    xml.WriteAttributeString("max", n);
                    xml.WriteAttributeString("width", Math.Clamp(Math.Max(columns[c].Width, columns[c].Header.Length + 4), 8, 60).ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("customWidth", "1");
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
                xml.WriteStartElement("sheetData", Main);
                var ctx = new RowContext(xml, letters, truncated, sheetName, truncatedMarker);
                ctx.StartRow(headerRow);
                for (int c = 0; c < columns.Count; c++)
                {
                    ctx.Text(c, columns[c].Header, HeaderStyle);
                }

                xml.WriteEndElement();
                if (options.IncludeHxlRow)
                {
                    ctx.StartRow(2);
                    for (int c = 0; c < columns.Count; c++)
                    {
                        ctx.Text(c, columns[c].Hxl ?? string.Empty, TextStyle);
                    }

                    xml.WriteEndElement();
                }

                int row = firstDataRow - 1;
                foreach (T item in rows)
                {
                    row++;
                    if (row > maxRows)
                    {
                        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                            $"An Excel sheet holds at most {maxRows} rows (header included) and these rows need more; export fewer (filter by country or period) or write CSV. Nothing was written."), rowsParameter);
                    }

                    ctx.StartRow(row);
                    for (int c = 0; c < columns.Count; c++)
                    {
                        SaxColumn<T> column = columns[c];
                        switch (column.Kind)
                        {
                            case SaxKind.Text:
                                if (column.Text!(item) is { } text)
                                {
                                    ctx.Text(c, text, TextStyle);
                                }

                                break;
                            case SaxKind.Date:
                                if (column.Date!(item) is { } date)
                                {
                                    ctx.Number(c, Period.Between(s_excelEpoch, date, PeriodUnits.Days).Days, DateStyle);
                                }

                                break;
                            default:
                                if (column.Number!(item) is { } number)
                                {
                                    ctx.Number(c, number, column.Kind switch
                                    {
                                        SaxKind.Integer => IntegerStyle,
                                        SaxKind.Percent => PercentStyle,
                                        SaxKind.Change => ChangeStyle,
                                        _ => DecimalStyle,
                                    });
                                }

                                break;
                        }
                    }

                    xml.WriteEndElement();
                }

                lastRow = Math.Max(row, headerRow + 1);
                xml.WriteEndElement();
                xml.WriteStartElement("tableParts", Main);
                xml.WriteAttributeString("count", "1");
                xml.WriteStartElement("tablePart", Main);
                xml.WriteAttributeString("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "rIdTable1");
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndDocument();
            }

            string reference = "A" + headerRow.ToString(CultureInfo.InvariantCulture) + ":" + letters[^1] + lastRow.ToString(CultureInfo.InvariantCulture);
            var table = new Table
            {
                Id = 1,
                Name = tableName,
                DisplayName = tableName,
                Reference = reference,
                AutoFilter = new AutoFilter { Reference = reference },
                TableColumns = new TableColumns(columns.Select((c, i) => new TableColumn { Id = (uint)(i + 1), Name = c.Header })) { Count = (uint)columns.Count },
                TableStyleInfo = new TableStyleInfo { Name = "TableStyleLight9", ShowRowStripes = true, ShowColumnStripes = false, ShowFirstColumn = false, ShowLastColumn = false },
            };
            tablePart.Table = table;
        }

        package.Position = 0;
        PackageNormalizer.Normalize(package, output, WorkbookPackage.ZipTime(now));
        return truncated;
    }

    private static Stylesheet Styles(string dateFormat) => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = dateFormat },
            new NumberingFormat { NumberFormatId = 165, FormatCode = NumberFormats.Change }) { Count = 2 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 3, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, QuotePrefix = true },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 10, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }) { Count = 8 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

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
    private sealed class RowContext(XmlWriter xml, string[] letters, List<string> truncated, string sheetName, string marker)
    {
        private readonly StringBuilder _buffer = new();
        private string _row = "1";

        public void StartRow(int row)
        {
            _row = row.ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("row", Main);
            xml.WriteAttributeString("r", _row);
        }

        public void Text(int column, string text, uint style)
        {
            string fitted = SafeText.Fit(text, marker, out bool cut);
            if (cut)
            {
                truncated.Add(sheetName + "!" + letters[column] + _row);
            }

            xml.WriteStartElement("c", Main);
            xml.WriteAttributeString("r", letters[column] + _row);
            uint s = style == TextStyle && SafeText.NeedsQuotePrefix(fitted) ? QuotedTextStyle : style;
            if (s != 0)
            {
                xml.WriteAttributeString("s", s.ToString(CultureInfo.InvariantCulture));
            }

            xml.WriteAttributeString("t", "inlineStr");
            xml.WriteStartElement("is", Main);
            xml.WriteStartElement("t", Main);
            xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteString(Escape(fitted));
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

        /// <summary>Applies the OOXML <c>_xHHHH_</c> escape: control characters (except tab and LF) and lone surrogates are encoded, a literal <c>_xHHHH_</c> gets its underscore escaped.</summary>
        private string Escape(string text)
        {
            bool plain = true;
            foreach (char ch in text)
            {
                if ((ch < ' ' && ch != '\t' && ch != '\n') || char.IsSurrogate(ch) || ch == '_')
                {
                    plain = false;
                    break;
                }
            }

            if (plain)
            {
                return text;
            }

            _buffer.Clear();
            for (int i = 0; i < text.Length; i++)
            {
                char ch = text[i];
                if (ch == '_' && i + 6 < text.Length && text[i + 1] == 'x' && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3]) && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]) && text[i + 6] == '_')
                {
                    _buffer.Append("_x005F_");
                }
                else if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    _buffer.Append(ch).Append(text[++i]);
                }
                else if ((ch < ' ' && ch != '\t' && ch != '\n') || char.IsSurrogate(ch))
                {
                    _buffer.Append("_x").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
                }
                else
                {
                    _buffer.Append(ch);
                }
            }

            return _buffer.ToString();
        }
    }
}
