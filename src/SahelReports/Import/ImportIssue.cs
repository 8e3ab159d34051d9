using System.Globalization;

namespace SahelReports.Import;

/// <summary>One problem found in an input file: where it is, how serious it is, a stable code and a message.</summary>
/// <remarks>
/// <para>Messages are English and invariant. They name rows by line number and record id and never echo free-text
/// notes, actor names or other personal data.</para>
/// </remarks>
/// <param name="File">The file name (or a caller-supplied source name) the issue was found in.</param>
/// <param name="Line">The 1-based physical line where the record starts, or 0 when the issue concerns the whole file.</param>
/// <param name="Column">The column (header name) the issue concerns, or <see langword="null"/> for the whole record.</param>
/// <param name="Severity">Whether the row was kept (<see cref="IssueSeverity.Warning"/>), rejected, or the file unreadable.</param>
/// <param name="Code">A stable, machine-readable code such as <c>date-ambiguous</c> (see <see cref="ImportIssueCodes"/>).</param>
/// <param name="Message">A human-readable explanation naming the rule and the offending value where that is safe.</param>
/// <param name="RecordId">The record's own id (for example ACLED's <c>event_id_cnty</c>) when known.</param>
public sealed record ImportIssue(
    string File,
    long Line,
    string? Column,
    IssueSeverity Severity,
    string Code,
    string Message,
    string? RecordId = null)
{
    /// <summary>Formats the issue on one line: <c>file:line [column] severity code: message</c>.</summary>
    /// <returns>The formatted issue, culture-invariant.</returns>
    public override string ToString()
    {
        string where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}") : File;
        string column = Column is null ? string.Empty : $" [{Column}]";
        string id = RecordId is null ? string.Empty : $" ({RecordId})";
        return $"{where}{column}{id} {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}
