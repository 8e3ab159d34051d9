using SahelReports.Reporting;

namespace SahelReports.Excel.Internal;

/// <summary>A native chart to add to a sheet after ClosedXML saves: the chart and the sheet range its series read.</summary>
/// <param name="Sheet">The worksheet holding the data.</param>
/// <param name="Chart">The report chart (its categories and values fill the chart's caches).</param>
/// <param name="HeaderRow">The row of series names (1-based).</param>
/// <param name="FirstRow">The first data row.</param>
/// <param name="LastRow">The last data row.</param>
/// <param name="SeriesCount">The number of series.</param>
/// <param name="AnchorRow">The row where the chart's top edge goes.</param>
/// <param name="CategoryColumn">The column (1-based) holding the categories.</param>
/// <param name="ValueColumns">The column (1-based) of each series, or <see langword="null"/> for columns 2 onwards in series order.</param>
internal sealed record ChartPlan(string Sheet, ChartBlock Chart, int HeaderRow, int FirstRow, int LastRow, int SeriesCount, int AnchorRow, int CategoryColumn = 1, IReadOnlyList<int>? ValueColumns = null)
{
    /// <summary>The rows a chart occupies.</summary>
    public const int HeightInRows = 18;

    /// <summary>The columns a chart occupies, from column A.</summary>
    public const int WidthInColumns = 9;

    /// <summary>Returns the sheet column (1-based) of series <paramref name="index"/>.</summary>
    public int ValueColumn(int index) => ValueColumns?[index] ?? index + 2;
}
