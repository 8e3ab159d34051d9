using SahelReports.Import;

namespace SahelReports.Internal;

/// <summary>Collects issues up to a limit while counting every one by code. Not thread-safe.</summary>
internal sealed class IssueCollector
{
    private readonly List<ImportIssue> _issues = [];
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public IssueCollector(int limit = ImportReport.DefaultIssueLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        Limit = limit;
    }

    public int Limit { get; }

    public IReadOnlyList<ImportIssue> Issues => _issues;

    public IReadOnlyDictionary<string, long> Counts => _counts;

    public void Add(ImportIssue issue)
    {
        _counts[issue.Code] = _counts.GetValueOrDefault(issue.Code) + 1;
        if (_issues.Count < Limit)
        {
            _issues.Add(issue);
        }
    }

    /// <summary>Forgets every issue and count (a parallel read's worker hands each row's issues on, then starts again).</summary>
    public void Clear()
    {
        _issues.Clear();
        _counts.Clear();
    }

    public ImportReport ToReport(IEnumerable<FileImportSummary> files) => new(files, _issues, _counts, Limit);
}
