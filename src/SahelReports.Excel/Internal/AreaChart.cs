using SahelReports.Reporting;

namespace SahelReports.Excel.Internal;

/// <summary>
/// Finds the tables that compare admin 1 areas and describes their native bar chart. A table qualifies when it has a text
/// column tagged <c>#adm1+name</c> and an integer column tagged <c>#event+num</c>; an integer column tagged
/// <c>#affected+killed</c>, when present, is a second series. The HXL tags are the marker: headers are translated, tags are not.
/// </summary>
internal static class AreaChart
{
    /// <summary>The HXL tag of the admin 1 name column.</summary>
    public const string Admin1Tag = "#adm1+name";

    /// <summary>The HXL tag of the event count column.</summary>
    public const string EventsTag = "#event+num";

    /// <summary>The HXL tag of the fatalities column.</summary>
    public const string FatalitiesTag = "#affected+killed";

    /// <summary>Returns the chart for <paramref name="table"/> with its category column and value columns (0-based), or <see langword="null"/> when the table does not qualify or has no rows.</summary>
    public static (ChartBlock Chart, int CategoryColumn, int[] ValueColumns)? For(TableBlock table, string fallbackTitle)
    {
        int category = Find(table, Admin1Tag, ColumnKind.Text);
        int events = Find(table, EventsTag, ColumnKind.Integer);
        if (category < 0 || events < 0 || table.Rows.Count == 0)
        {
            return null;
        }

        int fatalities = Find(table, FatalitiesTag, ColumnKind.Integer);
        int[] columns = fatalities < 0 ? [events] : [events, fatalities];
        string[] categories = table.Rows.Select(r => r[category].Text ?? string.Empty).ToArray();
        ChartSeries[] series = columns
            .Select(c => new ChartSeries(table.Columns[c].Header, table.Rows.Select(r => (double)r[c].Integer).ToArray()))
            .ToArray();
        var chart = new ChartBlock(table.Caption ?? fallbackTitle, ChartKind.HorizontalBar, categories, series, table.Columns[category].Header);
        return (chart, category, columns);
    }

    private static int Find(TableBlock table, string tag, ColumnKind kind)
    {
        for (int c = 0; c < table.Columns.Count; c++)
        {
            TableColumn column = table.Columns[c];
            if (column.Kind == kind && string.Equals(column.HxlTag, tag, StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        return -1;
    }
}
