using System.Text.Json;
using SahelReports.Import;

namespace SahelReports.Cli.Commands;

/// <summary>The <c>files</c> and <c>issues</c> arrays that every <c>import … --json</c> command prints, in one shape.</summary>
internal static class ImportReportJson
{
    /// <summary>Writes the per-file accounting and the listed issues of <paramref name="report"/> as two properties of the current object.</summary>
    public static void WriteFilesAndIssues(Utf8JsonWriter w, ImportReport report)
    {
        w.WriteStartArray("files");
        foreach (FileImportSummary f in report.Files)
        {
            w.WriteStartObject();
            w.WriteString("file", f.File);
            w.WriteString("format", f.Format);
            w.WriteNumber("rowsRead", f.RowsRead);
            w.WriteNumber("accepted", f.Accepted);
            w.WriteNumber("rejected", f.Rejected);
            w.WriteNumber("merged", f.Merged);
            w.WriteBoolean("unreadable", f.IsUnreadable);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("issues");
        foreach (ImportIssue i in report.Issues)
        {
            w.WriteStartObject();
            w.WriteString("file", i.File);
            w.WriteNumber("line", i.Line);
            if (i.Column is null)
            {
                w.WriteNull("column");
            }
            else
            {
                w.WriteString("column", i.Column);
            }

            w.WriteString("severity", i.Severity.ToString().ToLowerInvariant());
            w.WriteString("code", i.Code);
            w.WriteString("message", i.Message);
            if (i.RecordId is not null)
            {
                w.WriteString("id", i.RecordId);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
