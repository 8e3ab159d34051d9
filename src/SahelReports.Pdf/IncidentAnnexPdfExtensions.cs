using SahelReports.Incidents;
using SahelReports.Pdf.Internal;
using SahelReports.Reporting;

namespace SahelReports.Pdf;

/// <summary>
/// Renders a report followed by an incident annex (one table row per incident) without turning the incidents into report
/// table cells: each row's cells are formatted from the incident when the row is measured and again when it is drawn.
/// </summary>
public static class IncidentAnnexPdfExtensions
{
    /// <summary>
    /// Writes the report as a PDF document followed by an "Incident annex" section: a table with one row per incident, in the
    /// order given (event id, date, admin 1, location, ACLED event type, fatalities) and a fatalities total; its header row is
    /// repeated on every page and no row is cut. The stream is left open.
    /// </summary>
    /// <param name="report">The report to render before the annex.</param>
    /// <param name="incidents">The incidents, for example an <see cref="IncidentSet"/>. They are enumerated four times (the
    /// total, column widths, row heights, drawing) and must give the same incidents in the same order each time.</param>
    /// <param name="stream">A writable stream that receives the PDF bytes.</param>
    /// <param name="options">Rendering options; <see langword="null"/> for A4 portrait with the system clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/>, <paramref name="incidents"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="incidents"/> gave a different number of incidents on a later enumeration.</exception>
    public static void WritePdfWithIncidentAnnex(this SituationReport report, IEnumerable<ConflictIncident> incidents, Stream stream, PdfReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream must be writable to receive the PDF.", nameof(stream));
        }

        PdfReportRenderer.Render(report, stream, options ?? new PdfReportOptions(), incidents);
    }

    /// <summary>Writes the report followed by the incident annex as a PDF file, replacing any file at <paramref name="path"/>.</summary>
    /// <param name="report">The report to render before the annex.</param>
    /// <param name="incidents">The incidents (see <see cref="WritePdfWithIncidentAnnex(SituationReport, IEnumerable{ConflictIncident}, Stream, PdfReportOptions?)"/>).</param>
    /// <param name="path">The file to write.</param>
    /// <param name="options">Rendering options; <see langword="null"/> for A4 portrait with the system clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="incidents"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    public static void WritePdfWithIncidentAnnex(this SituationReport report, IEnumerable<ConflictIncident> incidents, string path, PdfReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using FileStream file = File.Create(path);
        report.WritePdfWithIncidentAnnex(incidents, file, options);
    }
}
