using System.Globalization;
using SahelReports.Analysis;
using SahelReports.Reporting;

namespace SahelReports.Excel.Internal;

/// <summary>
/// The statistics <see cref="TrendAnalysis"/> computes for each series of a weekly chart, as a table with one row per statistic
/// and one column per series (area), written next to the chart's data on the Trends sheet.
/// </summary>
internal static class TrendStatisticsTable
{
    private const string Slope = "+0.00;-0.00;0.00";
    private const string PValue = "0.0000";
    private const string Statistic = "0.00";

    /// <summary>Returns the weeks of <paramref name="chart"/>'s categories, or <see langword="null"/> unless every category is an ISO week (<c>2024-W44</c>) and they follow each other.</summary>
    public static IReadOnlyList<ReportingPeriod>? Weeks(ChartBlock chart)
    {
        var weeks = new ReportingPeriod[chart.Categories.Count];
        for (int i = 0; i < weeks.Length; i++)
        {
            if (!IsoWeek.TryParse(chart.Categories[i], out IsoWeek week) || (i > 0 && weeks[i - 1].Week!.Value.PlusWeeks(1) != week))
            {
                return null;
            }

            weeks[i] = ReportingPeriod.ForWeek(week);
        }

        return weeks.Length == 0 ? null : weeks;
    }

    /// <summary>Builds the table for <paramref name="chart"/> and the number format of each of its rows (<see langword="null"/> for text rows).</summary>
    public static (TableBlock Table, string?[] RowFormats) Build(ChartBlock chart, IReadOnlyList<ReportingPeriod> weeks, ReportLanguage language)
    {
        var options = new TrendOptions();

        // A trend line is a fit of another series, not data: it gets no statistics of its own.
        ChartSeries[] data = chart.Series.Where(s => !s.IsTrendLine).ToArray();
        TrendResult[] results = data.Select(s => TrendAnalysis.Analyze(weeks, s.Values, options)).ToArray();
        string T(string key) => ExcelText.Get(key, language);
        string Tn(string key, int n) => string.Format(CultureInfo.InvariantCulture, T(key), n.ToString(CultureInfo.InvariantCulture));
        bool whole = data.All(s => s.Values.All(v => v == Math.Floor(v)));
        string count = whole ? NumberFormats.Integer : NumberFormats.Decimal(2);
        string change = whole ? NumberFormats.Change : "+#,##0.00;-#,##0.00;0.00";
        string percent = NumberFormats.SignedPercent(1);

        var rows = new List<(string Label, string? Format, Func<TrendResult, TableCell> Value)>
        {
            (T("Stat.Label"), null, r => T("Trend." + r.Label.ToString())),
            (T("Stat.Last"), count, r => Number(r.Values.Count > 0 ? r.Values[^1] : null)),
            (T("Stat.ChangePrevious"), change, r => Number(r.ChangeFromPrevious?.Change)),
            (T("Stat.ChangePreviousPercent"), percent, r => Number(r.ChangeFromPrevious?.PercentChange / 100)),
            (T("Stat.ChangeLastYear"), change, r => Number(r.ChangeFromLastYear?.Change)),
            (T("Stat.ChangeLastYearPercent"), percent, r => Number(r.ChangeFromLastYear?.PercentChange / 100)),
            (Tn("Stat.RollingMean", options.RollingWindow), NumberFormats.Decimal(2), r => Number(r.RollingMean.Count > 0 ? r.RollingMean[^1] : null)),
            (T("Stat.Slope"), Slope, r => Number(r.Linear?.SlopePerPeriod)),
            (T("Stat.SlopeLow"), Slope, r => Number(r.Linear?.CiLow)),
            (T("Stat.SlopeHigh"), Slope, r => Number(r.Linear?.CiHigh)),
            (T("Stat.SlopeP"), PValue, r => Number(r.Linear?.PValue)),
            (T("Stat.MkS"), "+0;-0;0", r => Number(r.MannKendall?.S)),
            (T("Stat.MkZ"), Statistic, r => Number(r.MannKendall?.Z)),
            (T("Stat.MkP"), PValue, r => Number(r.MannKendall?.PValue)),
            (T("Stat.Sen"), Slope, r => Number(r.MannKendall?.SenSlope)),
            (Tn("Stat.BaselineMean", options.BaselinePeriods), NumberFormats.Decimal(2), r => Number(r.Unusual?.BaselineMean)),
            (T("Stat.PoissonP"), PValue, r => Number(r.Unusual?.PValue)),
            (T("Stat.Unusual"), null, r => r.Unusual is { } u ? T(u.IsUnusual ? "Stat.Yes" : "Stat.No") : TableCell.Empty),
        };

        TableColumn[] columns = [new(T("Stat.Statistic")), .. data.Select(s => new TableColumn(s.Name, ColumnKind.Decimal, 2))];
        IReadOnlyList<TableCell>[] cells = rows.Select(row => (IReadOnlyList<TableCell>)[row.Label, .. results.Select(row.Value)]).ToArray();
        string note = string.Format(CultureInfo.InvariantCulture, T("Stat.Note"), weeks.Count.ToString(CultureInfo.InvariantCulture), Decimal(options.Alpha, language),
            options.BaselinePeriods.ToString(CultureInfo.InvariantCulture), Decimal(options.UnusualAlpha, language));
        var table = new TableBlock(string.Format(CultureInfo.InvariantCulture, T("Stat.Caption"), chart.Title), columns, cells, note: note);
        return (table, rows.Select(r => r.Format).ToArray());
    }

    private static string Decimal(double value, ReportLanguage language) =>
        value.ToString(CultureInfo.InvariantCulture).Replace('.', language.DecimalSeparator);

    /// <summary>A number cell, or an empty one when there is no value or it is not finite (Excel has no NaN or infinity).</summary>
    private static TableCell Number(double? value) => value is { } v && double.IsFinite(v) ? TableCell.FromDecimal(v) : TableCell.Empty;
}
