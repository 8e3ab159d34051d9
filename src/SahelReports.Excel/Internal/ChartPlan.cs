using SahelReports.Reporting;

namespace SahelReports.Excel.Internal;

/// <summary>A native chart to add to a sheet after ClosedXML saves: the chart and the sheet range its series read.</summary>
/// <param name="Sheet">The worksheet holding the data.</param>
/// <param name="Chart">The report chart.</param>
/// <param name="HeaderRow">The row of series names (1-based).</param>
/// <param name="FirstRow">The first data row.</param>
/// <param name="LastRow">The last data row.</param>
/// <param name="SeriesCount">The number of series, in columns 2 onwards (column 1 holds the categories).</param>
/// <param name="AnchorRow">The row where the chart's top edge goes.</param>
internal sealed record ChartPlan(string Sheet, ChartBlock Chart, int HeaderRow, int FirstRow, int LastRow, int SeriesCount, int AnchorRow)
{
    /// <summary>The rows a chart occupies.</summary>
    public const int HeightInRows = 18;
}
