using ClosedXML.Excel;
using NodaTime;
using SahelReports.Excel.Internal;
using SahelReports.Reporting;

namespace SahelReports.Excel;

/// <summary>Renders a <see cref="SituationReport"/> as an Excel workbook (.xlsx).</summary>
/// <remarks>
/// Sheets, in order: Summary (title block, key figures with change, highlights); one sheet per report section that
/// holds tables, each table a real Excel table with filters, a frozen header row and, where the report shows totals,
/// a totals row of formulas; Trends (the data of every chart, as tables); Displacement (sourced, dated figures and the
/// displacement section's tables); Sources and methodology; Incidents (one row per incident of the report period, streamed,
/// when the report or the options carry incidents: see <see cref="ExcelReportOptions.IncidentSheet"/>). Sheet names follow the report language.
/// Text is always written as text; text starting with <c>= + - @</c>, tab or a line break gets a quote prefix so no
/// cell becomes a formula. The same report and clock give identical bytes.
/// </remarks>
public static class SituationReportExcelExtensions
{
    /// <summary>Writes the workbook for <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The report to render.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="options">Rendering options; <see langword="null"/> for the defaults.</param>
    /// <returns>What was truncated, if anything.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public static ExcelWriteResult WriteXlsx(this SituationReport report, Stream output, ExcelReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream must be writable.", nameof(output));
        }

        options ??= new ExcelReportOptions();
        Instant now = options.Clock.GetCurrentInstant();
        var writer = new ReportWorkbookWriter(report, IncidentSheet.Select(report, options), options.IncludeHxlRow);
        using var saved = new MemoryStream();
        using (XLWorkbook workbook = writer.Build(now))
        {
            workbook.SaveAs(saved);
        }

        WorkbookPackage.Finish(saved, output, now, writer.Charts, writer.Incidents, writer.CarriageReturns);
        return new ExcelWriteResult([.. writer.Truncated, .. writer.Incidents?.Truncated ?? []]);
    }

    /// <summary>Writes the workbook for <paramref name="report"/> to the file <paramref name="path"/> (created or overwritten).</summary>
    /// <param name="report">The report to render.</param>
    /// <param name="path">The .xlsx file to write.</param>
    /// <param name="options">Rendering options; <see langword="null"/> for the defaults.</param>
    /// <returns>What was truncated, if anything.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    public static ExcelWriteResult WriteXlsx(this SituationReport report, string path, ExcelReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using FileStream file = File.Create(path);
        return report.WriteXlsx(file, options);
    }

    /// <summary>Returns the workbook for <paramref name="report"/> as the bytes of an .xlsx file.</summary>
    /// <param name="report">The report to render.</param>
    /// <param name="options">Rendering options; <see langword="null"/> for the defaults.</param>
    /// <returns>The .xlsx bytes.</returns>
    public static byte[] ToXlsx(this SituationReport report, ExcelReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        report.WriteXlsx(stream, options);
        return stream.ToArray();
    }
}
