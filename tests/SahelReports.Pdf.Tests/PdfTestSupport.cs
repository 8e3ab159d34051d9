using NodaTime;
using SahelReports.Reporting;
using SahelReports.Tests.Shared;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace SahelReports.Pdf.Tests;

/// <summary>A clock that always returns the same instant, for byte-identical output.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}

internal static class PdfTestSupport
{
    private static int s_dumped;

    public static readonly PdfReportOptions Options = new() { Clock = new FixedClock(SampleReports.GeneratedAt) };

    /// <summary>Page texts with every kind of space removed (fr-FR groups digits with U+202F).</summary>
    public static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '\u00A0'));

    public static byte[] Render(SituationReport report, PdfReportOptions? options = null)
    {
        byte[] pdf = report.ToPdf(options ?? Options);
        string? dump = Environment.GetEnvironmentVariable("SAHEL_PDF_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            Directory.CreateDirectory(dump);
            File.WriteAllBytes(Path.Combine(dump, report.Metadata.Language.Code + "-" + Interlocked.Increment(ref s_dumped).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".pdf"), pdf);
        }

        return pdf;
    }

    public static List<string> PageTexts(byte[] pdf)
    {
        using PdfDocument document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => p.Text).ToList();
    }

    public static List<Letter> Letters(Page page) => page.Letters.ToList();
}
