using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SahelReports.Reporting;

namespace SahelReports.Excel.Internal;

/// <summary>
/// Adds native Excel charts (line and bar, editable) to a saved package with OpenXml 2.20. Every series reads its name,
/// categories and values from the sheet ranges, so the chart follows the analyst's edits; caches hold the current values
/// for viewers that do not recalculate.
/// </summary>
internal static class NativeCharts
{

    private static readonly XNamespace s_c = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace s_a = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace s_r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace s_xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

    /// <summary>Adds one chart per plan to its worksheet, below the plan's data table.</summary>
    public static void Add(WorkbookPart workbook, IReadOnlyList<ChartPlan> charts)
    {
        int chartNumber = 0;
        foreach (IGrouping<string, ChartPlan> group in charts.GroupBy(c => c.Sheet, StringComparer.Ordinal))
        {
            Sheet sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => string.Equals(s.Name?.Value, group.Key, StringComparison.Ordinal));
            var worksheetPart = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            DrawingsPart drawings = worksheetPart.AddNewPart<DrawingsPart>("rIdSrDrawing1");
            var anchors = new List<XElement>();
            int local = 0;
            foreach (ChartPlan plan in group)
            {
                chartNumber++;
                local++;
                string relId = "rIdSrChart" + local.ToString(CultureInfo.InvariantCulture);
                ChartPart chartPart = drawings.AddNewPart<ChartPart>(relId);
                Feed(chartPart, ChartXml(plan));
                anchors.Add(Anchor(plan, relId, chartNumber));
            }

            Feed(drawings, new XDocument(new XElement(s_xdr + "wsDr", new XAttribute(XNamespace.Xmlns + "xdr", s_xdr), new XAttribute(XNamespace.Xmlns + "a", s_a), anchors)));
            Worksheet worksheet = worksheetPart.Worksheet;
            var drawing = new Drawing { Id = "rIdSrDrawing1" };
            DocumentFormat.OpenXml.OpenXmlElement? before = (DocumentFormat.OpenXml.OpenXmlElement?)worksheet.GetFirstChild<LegacyDrawing>()
                ?? (DocumentFormat.OpenXml.OpenXmlElement?)worksheet.GetFirstChild<TableParts>() ?? worksheet.GetFirstChild<WorksheetExtensionList>();
            if (before is null)
            {
                worksheet.Append(drawing);
            }
            else
            {
                worksheet.InsertBefore(drawing, before);
            }

            worksheet.Save();
        }
    }

    /// <summary>Quotes a sheet name for a formula: <c>'Name'</c> with apostrophes doubled.</summary>
    public static string Quote(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string ColumnLetters(int column)
    {
        var sb = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26)
        {
            sb.Insert(0, (char)('A' + ((c - 1) % 26)));
        }

        return sb.ToString();
    }

    private static string Ref(string sheet, int column, int firstRow, int lastRow) =>
        string.Create(CultureInfo.InvariantCulture, $"{Quote(sheet)}!${ColumnLetters(column)}${firstRow}") +
        (lastRow == firstRow ? string.Empty : string.Create(CultureInfo.InvariantCulture, $":${ColumnLetters(column)}${lastRow}"));

    private static void Feed(OpenXmlPart part, XDocument xml)
    {
        using Stream stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false });
        xml.Declaration = new XDeclaration("1.0", "UTF-8", "yes");
        xml.Save(writer);
    }

    private static XElement Val(string name, object value) => new(s_c + name, new XAttribute("val", Convert.ToString(value, CultureInfo.InvariantCulture)!));

    private static XDocument ChartXml(ChartPlan plan)
    {
        ChartBlock chart = plan.Chart;
        var primary = new List<XElement>();
        var secondary = new List<XElement>();
        for (int s = 0; s < chart.Series.Count; s++)
        {
            ChartSeries series = chart.Series[s];
            bool asLine = chart.Kind == ChartKind.Line || series.SecondaryAxis || series.IsTrendLine;
            XElement ser = Series(plan, s, asLine);
            (series.SecondaryAxis ? secondary : primary).Add(ser);
        }

        bool hasSecondary = secondary.Count > 0;
        var plot = new XElement(s_c + "plotArea", new XElement(s_c + "layout"));
        bool horizontal = chart.Kind == ChartKind.HorizontalBar;
        if (chart.Kind == ChartKind.Line)
        {
            plot.Add(new XElement(s_c + "lineChart", Val("grouping", "standard"), Val("varyColors", 0), primary, Val("marker", 1), Val("axId", 1001), Val("axId", 1002)));
        }
        else
        {
            XElement[] bars = primary.Where(p => p.Element(s_c + "marker") is null).ToArray();
            XElement[] lines = primary.Where(p => p.Element(s_c + "marker") is not null).ToArray();
            bool stacked = chart.Kind == ChartKind.StackedBar;
            plot.Add(new XElement(s_c + "barChart", Val("barDir", horizontal ? "bar" : "col"), Val("grouping", stacked ? "stacked" : "clustered"), Val("varyColors", 0), bars,
                Val("gapWidth", 80), stacked ? Val("overlap", 100) : null, Val("axId", 1001), Val("axId", 1002)));
            if (lines.Length > 0)
            {
                plot.Add(new XElement(s_c + "lineChart", Val("grouping", "standard"), Val("varyColors", 0), lines, Val("marker", 1), Val("axId", 1001), Val("axId", 1002)));
            }
        }

        if (hasSecondary)
        {
            plot.Add(new XElement(s_c + "lineChart", Val("grouping", "standard"), Val("varyColors", 0), secondary, Val("marker", 1), Val("axId", 1003), Val("axId", 1004)));
        }

        plot.Add(CategoryAxis(1001, 1002, horizontal ? "l" : "b", chart.XAxisTitle, delete: false));
        plot.Add(ValueAxis(1002, 1001, horizontal ? "b" : "l", chart.YAxisTitle, crossesMax: false, gridlines: true));
        if (hasSecondary)
        {
            plot.Add(CategoryAxis(1003, 1004, "b", null, delete: true));
            plot.Add(ValueAxis(1004, 1003, "r", chart.SecondaryAxisTitle, crossesMax: true, gridlines: false));
        }

        var root = new XElement(s_c + "chartSpace",
            new XAttribute(XNamespace.Xmlns + "c", s_c), new XAttribute(XNamespace.Xmlns + "a", s_a), new XAttribute(XNamespace.Xmlns + "r", s_r),
            Val("roundedCorners", 0),
            new XElement(s_c + "chart",
                Title(chart.Title, 1400),
                Val("autoTitleDeleted", 0),
                plot,
                new XElement(s_c + "legend", Val("legendPos", "b"), Val("overlay", 0)),
                Val("plotVisOnly", 1),
                Val("dispBlanksAs", "gap")));
        return new XDocument(root);
    }

    private static XElement Series(ChartPlan plan, int index, bool asLine)
    {
        ChartSeries series = plan.Chart.Series[index];
        int column = plan.ValueColumn(index);
        var cat = new XElement(s_c + "strCache", Val("ptCount", plan.Chart.Categories.Count),
            plan.Chart.Categories.Select((c, i) => new XElement(s_c + "pt", new XAttribute("idx", i), new XElement(s_c + "v", c))));
        var num = new XElement(s_c + "numCache", new XElement(s_c + "formatCode", "General"), Val("ptCount", series.Values.Count),
            series.Values.Select((v, i) => new XElement(s_c + "pt", new XAttribute("idx", i), new XElement(s_c + "v", v.ToString("R", CultureInfo.InvariantCulture)))));
        var ser = new XElement(s_c + "ser",
            Val("idx", index),
            Val("order", index),
            new XElement(s_c + "tx", new XElement(s_c + "strRef", new XElement(s_c + "f", Ref(plan.Sheet, column, plan.HeaderRow, plan.HeaderRow)),
                new XElement(s_c + "strCache", Val("ptCount", 1), new XElement(s_c + "pt", new XAttribute("idx", 0), new XElement(s_c + "v", series.Name))))));
        if (asLine)
        {
            if (series.IsTrendLine)
            {
                ser.Add(new XElement(s_c + "spPr", new XElement(s_a + "ln", new XAttribute("w", 19050), new XElement(s_a + "prstDash", new XAttribute("val", "dash")))));
            }

            ser.Add(new XElement(s_c + "marker", Val("symbol", "none")));
        }
        else
        {
            ser.Add(Val("invertIfNegative", 0));
        }

        ser.Add(new XElement(s_c + "cat", new XElement(s_c + "strRef", new XElement(s_c + "f", Ref(plan.Sheet, plan.CategoryColumn, plan.FirstRow, plan.LastRow)), cat)));
        ser.Add(new XElement(s_c + "val", new XElement(s_c + "numRef", new XElement(s_c + "f", Ref(plan.Sheet, column, plan.FirstRow, plan.LastRow)), num)));
        if (asLine)
        {
            ser.Add(Val("smooth", 0));
        }

        return ser;
    }

    private static XElement? Title(string? text, int size) => string.IsNullOrEmpty(text) ? null :
        new XElement(s_c + "title",
            new XElement(s_c + "tx", new XElement(s_c + "rich", new XElement(s_a + "bodyPr"), new XElement(s_a + "lstStyle"),
                new XElement(s_a + "p", new XElement(s_a + "pPr", new XElement(s_a + "defRPr", new XAttribute("sz", size), new XAttribute("b", 1))),
                    new XElement(s_a + "r", new XElement(s_a + "rPr", new XAttribute("lang", "en-US"), new XAttribute("sz", size), new XAttribute("b", 1)), new XElement(s_a + "t", text))))),
            Val("overlay", 0));

    private static XElement CategoryAxis(int id, int cross, string position, string? title, bool delete) =>
        new(s_c + "catAx",
            Val("axId", id),
            new XElement(s_c + "scaling", Val("orientation", "minMax")),
            Val("delete", delete ? 1 : 0),
            Val("axPos", position),
            Title(title, 1000),
            new XElement(s_c + "numFmt", new XAttribute("formatCode", "General"), new XAttribute("sourceLinked", 1)),
            Val("majorTickMark", "out"),
            Val("minorTickMark", "none"),
            Val("tickLblPos", "nextTo"),
            Val("crossAx", cross),
            Val("crosses", "autoZero"),
            Val("auto", 1),
            Val("lblAlgn", "ctr"),
            Val("lblOffset", 100),
            Val("noMultiLvlLbl", 0));

    private static XElement ValueAxis(int id, int cross, string position, string? title, bool crossesMax, bool gridlines) =>
        new(s_c + "valAx",
            Val("axId", id),
            new XElement(s_c + "scaling", Val("orientation", "minMax")),
            Val("delete", 0),
            Val("axPos", position),
            gridlines ? new XElement(s_c + "majorGridlines") : null,
            Title(title, 1000),
            new XElement(s_c + "numFmt", new XAttribute("formatCode", "#,##0"), new XAttribute("sourceLinked", 0)),
            Val("majorTickMark", "out"),
            Val("minorTickMark", "none"),
            Val("tickLblPos", "nextTo"),
            Val("crossAx", cross),
            Val("crosses", crossesMax ? "max" : "autoZero"),
            Val("crossBetween", "between"));

    private static XElement Anchor(ChartPlan plan, string relId, int number)
    {
        XElement Marker(string name, int col, int row) => new(s_xdr + name,
            new XElement(s_xdr + "col", col), new XElement(s_xdr + "colOff", 0), new XElement(s_xdr + "row", row), new XElement(s_xdr + "rowOff", 0));

        int top = plan.AnchorRow - 1;
        return new XElement(s_xdr + "twoCellAnchor", new XAttribute("editAs", "oneCell"),
            Marker("from", 0, top),
            Marker("to", ChartPlan.WidthInColumns, top + ChartPlan.HeightInRows),
            new XElement(s_xdr + "graphicFrame", new XAttribute("macro", string.Empty),
                new XElement(s_xdr + "nvGraphicFramePr",
                    new XElement(s_xdr + "cNvPr", new XAttribute("id", number + 1), new XAttribute("name", "Chart " + number.ToString(CultureInfo.InvariantCulture)), new XAttribute("descr", plan.Chart.Title)),
                    new XElement(s_xdr + "cNvGraphicFramePr")),
                new XElement(s_xdr + "xfrm", new XElement(s_a + "off", new XAttribute("x", 0), new XAttribute("y", 0)), new XElement(s_a + "ext", new XAttribute("cx", 0), new XAttribute("cy", 0))),
                new XElement(s_a + "graphic", new XElement(s_a + "graphicData", new XAttribute("uri", s_c.NamespaceName),
                    new XElement(s_c + "chart", new XAttribute(XNamespace.Xmlns + "c", s_c), new XAttribute(XNamespace.Xmlns + "r", s_r), new XAttribute(s_r + "id", relId))))),
            new XElement(s_xdr + "clientData"));
    }
}
