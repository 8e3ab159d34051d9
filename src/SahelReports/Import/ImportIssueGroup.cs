namespace SahelReports.Import;

/// <summary>The issues of one code: how many were found and the first few of them.</summary>
/// <param name="Code">The issue code.</param>
/// <param name="Severity">The highest severity among the examples.</param>
/// <param name="Count">How many issues with this code were found (including those beyond the report's limit).</param>
/// <param name="Examples">The first occurrences, in the order found.</param>
public sealed record ImportIssueGroup(string Code, IssueSeverity Severity, long Count, IReadOnlyList<ImportIssue> Examples);
