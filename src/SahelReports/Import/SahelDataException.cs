using System.Globalization;
using System.Text;

namespace SahelReports.Import;

/// <summary>Thrown when input data has errors and the caller asked for an exception rather than a report.</summary>
/// <remarks><para>The message gives the counts and the first few issues; <see cref="Report"/> holds them all.
/// Like every issue message, it never echoes notes, actor names or other free text from the data.</para></remarks>
public sealed class SahelDataException : Exception
{
    private const int IssuesInMessage = 5;

    /// <summary>Creates an exception for an import report that has errors.</summary>
    /// <param name="report">The report.</param>
    public SahelDataException(ImportReport report)
        : base(BuildMessage(report ?? throw new ArgumentNullException(nameof(report))))
    {
        Report = report;
    }

    /// <summary>Gets the full import report.</summary>
    public ImportReport Report { get; }

    /// <summary>Gets every issue the report kept.</summary>
    public IReadOnlyList<ImportIssue> Issues => Report.Issues;

    private static string BuildMessage(ImportReport report)
    {
        var sb = new StringBuilder();
        IFormatProvider inv = CultureInfo.InvariantCulture;
        long errors = report.Issues.LongCount(i => i.Severity >= IssueSeverity.Error);
        sb.Append(inv, $"The data has {errors} error(s): read {report.RowsRead}, accepted {report.Accepted}, rejected {report.Rejected}, merged {report.Merged}.");
        foreach (ImportIssue issue in report.Issues.Where(i => i.Severity >= IssueSeverity.Error).Take(IssuesInMessage))
        {
            sb.Append("\n  ").Append(issue.ToString());
        }

        if (errors > IssuesInMessage)
        {
            sb.Append(inv, $"\n  … and {errors - IssuesInMessage} more (see Report).");
        }

        return sb.ToString();
    }
}
