using SahelReports.Pdf.Internal;
using SahelReports.Reporting;

namespace SahelReports.Pdf;

/// <summary>Renders a <see cref="SituationReport"/> to PDF (SkiaSharp, embedded subset Noto Sans fonts, vector charts).</summary>
public static class SituationReportPdfExtensions
{
    /// <summary>Writes the report as a PDF document to a stream; the stream is left open.</summary>
    /// <param name="report">The report to render.</param>
    /// <param name="stream">A writable stream that receives the PDF bytes.</param>
    /// <param name="options">Rendering options; <see langword="null"/> for A4 portrait with the system clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    public static void WritePdf(this SituationReport report, Stream stream, PdfReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream must be writable to receive the PDF.", nameof(stream));
        }

        PdfReportRenderer.Render(report, stream, options ?? new PdfReportOptions());
    }

    /// <summary>Renders the report as a PDF document and returns its bytes.</summary>
    /// <param name="report">The report to render.</param>
    /// <param name="options">Rendering options; <see langword="null"/> for A4 portrait with the system clock.</param>
    /// <returns>The PDF file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static byte[] ToPdf(this SituationReport report, PdfReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        report.WritePdf(buffer, options);
        return buffer.ToArray();
    }

    /// <summary>Writes the report as a PDF file, replacing any file at <paramref name="path"/>.</summary>
    /// <param name="report">The report to render.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="options">Rendering options; <see langword="null"/> for A4 portrait with the system clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    public static void WritePdf(this SituationReport report, string path, PdfReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes = report.ToPdf(options);
        File.WriteAllBytes(path, bytes);
    }
}
