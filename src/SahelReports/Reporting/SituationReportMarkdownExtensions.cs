using System.Text;
using SahelReports.Reporting.Internal;

namespace SahelReports.Reporting;

/// <summary>Renders a <see cref="SituationReport"/> as Markdown, for email and for reviewing a report before the PDF.</summary>
public static class SituationReportMarkdownExtensions
{
    /// <summary>Renders the report as Markdown (CommonMark with pipe tables).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown text, with <c>\n</c> line ends. The same report always gives the same text.</returns>
    /// <example><code>File.WriteAllText("sitrep.md", report.ToMarkdown());</code></example>
    public static string ToMarkdown(this SituationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var writer = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        report.WriteMarkdown(writer);
        return writer.ToString();
    }

    /// <summary>Writes the report as Markdown.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The destination.</param>
    public static void WriteMarkdown(this SituationReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        new MarkdownReportWriter(report, writer).Write();
    }

    /// <summary>Writes the report as a UTF-8 Markdown file (no byte-order mark).</summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The file to create or overwrite.</param>
    public static void WriteMarkdown(this SituationReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllText(path, report.ToMarkdown(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
