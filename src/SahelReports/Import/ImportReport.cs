using System.Globalization;
using System.Text;

namespace SahelReports.Import;

/// <summary>What an import read, kept, rejected and merged, file by file, with every issue found.</summary>
/// <remarks>
/// <para>The report keeps at most <see cref="IssueLimit"/> issues in <see cref="Issues"/>; issues beyond that are still
/// counted in <see cref="IssueCounts"/> and <see cref="TotalIssues"/>, so nothing is lost from the totals.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class ImportReport
{
    /// <summary>The default maximum number of issues kept in <see cref="Issues"/>.</summary>
    public const int DefaultIssueLimit = 10_000;

    /// <summary>Creates a report from per-file summaries and the issues found.</summary>
    /// <param name="files">The summary of each file, in the order the files were read.</param>
    /// <param name="issues">The issues kept, in the order found.</param>
    /// <param name="issueCounts">The number of issues found per code, including any not kept; when <see langword="null"/> it is computed from <paramref name="issues"/>.</param>
    /// <param name="issueLimit">The limit that was applied to <paramref name="issues"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> or <paramref name="issues"/> is <see langword="null"/>.</exception>
    public ImportReport(
        IEnumerable<FileImportSummary> files,
        IEnumerable<ImportIssue> issues,
        IReadOnlyDictionary<string, long>? issueCounts = null,
        int issueLimit = DefaultIssueLimit)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentOutOfRangeException.ThrowIfNegative(issueLimit);
        Files = files.ToArray();
        Issues = issues.ToArray();
        IssueLimit = issueLimit;
        IssueCounts = issueCounts is null
            ? Issues.GroupBy(i => i.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal)
            : new Dictionary<string, long>(issueCounts, StringComparer.Ordinal);
    }

    /// <summary>Gets an empty report.</summary>
    public static ImportReport Empty { get; } = new([], []);

    /// <summary>Gets the summary of each file, in the order the files were read.</summary>
    public IReadOnlyList<FileImportSummary> Files { get; }

    /// <summary>Gets the issues kept (at most <see cref="IssueLimit"/>), in the order found.</summary>
    public IReadOnlyList<ImportIssue> Issues { get; }

    /// <summary>Gets the number of issues found per code, including those beyond <see cref="IssueLimit"/>.</summary>
    public IReadOnlyDictionary<string, long> IssueCounts { get; }

    /// <summary>Gets the maximum number of issues kept in <see cref="Issues"/>.</summary>
    public int IssueLimit { get; }

    /// <summary>Gets the total number of issues found, including those not kept.</summary>
    public long TotalIssues => IssueCounts.Values.Sum();

    /// <summary>Gets the number of issues found but not kept in <see cref="Issues"/>.</summary>
    public long IssuesNotKept => TotalIssues - Issues.Count;

    /// <summary>Gets the number of data rows read across all files.</summary>
    public long RowsRead => Files.Sum(f => f.RowsRead);

    /// <summary>Gets the number of rows that created a new record across all files.</summary>
    public long Accepted => Files.Sum(f => f.Accepted);

    /// <summary>Gets the number of rows rejected across all files.</summary>
    public long Rejected => Files.Sum(f => f.Rejected);

    /// <summary>Gets the number of rows merged into an existing record across all files.</summary>
    public long Merged => Files.Sum(f => f.Merged);

    /// <summary>Gets a value indicating whether any issue is an error or fatal.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity >= IssueSeverity.Error) || Rejected > 0 || HasUnreadableFiles;

    /// <summary>Gets a value indicating whether any file could not be read at all.</summary>
    public bool HasUnreadableFiles => Files.Any(f => f.IsUnreadable);

    /// <summary>Gets a value indicating whether read = accepted + rejected + merged for every file and in total.</summary>
    public bool IsBalanced => Files.All(f => f.IsBalanced) && RowsRead == Accepted + Rejected + Merged;

    /// <summary>Combines this report with another (for example displacement and incident imports).</summary>
    /// <param name="other">The report to append.</param>
    /// <returns>A report with the files and issues of both.</returns>
    public ImportReport Concat(ImportReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var counts = new Dictionary<string, long>(IssueCounts, StringComparer.Ordinal);
        foreach ((string code, long count) in other.IssueCounts)
        {
            counts[code] = counts.GetValueOrDefault(code) + count;
        }

        int limit = Math.Max(IssueLimit, other.IssueLimit);
        return new ImportReport(Files.Concat(other.Files), Issues.Concat(other.Issues).Take(limit), counts, limit);
    }

    /// <summary>Groups the issues by code, with counts and the first few occurrences of each.</summary>
    /// <param name="examplesPerCode">How many occurrences of each code to keep as examples.</param>
    /// <returns>One group per code, errors first, then by descending count.</returns>
    public IReadOnlyList<ImportIssueGroup> GroupByCode(int examplesPerCode = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(examplesPerCode);
        return IssueCounts
            .Select(kv =>
            {
                ImportIssue[] examples = Issues.Where(i => string.Equals(i.Code, kv.Key, StringComparison.Ordinal)).Take(examplesPerCode).ToArray();
                IssueSeverity severity = examples.Length == 0 ? IssueSeverity.Warning : examples.Max(e => e.Severity);
                return new ImportIssueGroup(kv.Key, severity, kv.Value, examples);
            })
            .OrderByDescending(g => g.Severity)
            .ThenByDescending(g => g.Count)
            .ThenBy(g => g.Code, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Throws a <see cref="SahelDataException"/> when the report has errors.</summary>
    /// <exception cref="SahelDataException">At least one row was rejected or a file could not be read.</exception>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new SahelDataException(this);
        }
    }

    /// <summary>Formats the report as a plain-text table: per-file accounting, then issues grouped by code.</summary>
    /// <returns>The report text, culture-invariant.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        IFormatProvider inv = CultureInfo.InvariantCulture;
        int nameWidth = Math.Max(4, Files.Count == 0 ? 4 : Files.Max(f => Path.GetFileName(f.File).Length));
        sb.Append(inv, $"{"file".PadRight(nameWidth)}  {"format",-16} {"read",10} {"accepted",10} {"rejected",10} {"merged",10}").Append('\n');
        foreach (FileImportSummary f in Files)
        {
            sb.Append(inv, $"{Path.GetFileName(f.File).PadRight(nameWidth)}  {f.Format,-16} {f.RowsRead,10} {f.Accepted,10} {f.Rejected,10} {f.Merged,10}").Append('\n');
            if (f.FatalError is { } fatal)
            {
                sb.Append("  unreadable: ").Append(fatal.ToString()).Append('\n');
            }
        }

        if (Files.Count > 1)
        {
            sb.Append(inv, $"{"total".PadRight(nameWidth)}  {string.Empty,-16} {RowsRead,10} {Accepted,10} {Rejected,10} {Merged,10}").Append('\n');
        }

        sb.Append(inv, $"read {RowsRead} = accepted {Accepted} + rejected {Rejected} + merged {Merged}").Append('\n');
        IReadOnlyList<ImportIssueGroup> groups = GroupByCode();
        if (groups.Count == 0)
        {
            sb.Append("no issues\n");
            return sb.ToString();
        }

        sb.Append(inv, $"issues: {TotalIssues}").Append('\n');
        foreach (ImportIssueGroup g in groups)
        {
            sb.Append(inv, $"  {g.Code} ({g.Severity.ToString().ToLowerInvariant()}): {g.Count}").Append('\n');
            foreach (ImportIssue e in g.Examples)
            {
                sb.Append("    ").Append(e.ToString()).Append('\n');
            }
        }

        if (IssuesNotKept > 0)
        {
            sb.Append(inv, $"  ({IssuesNotKept} issues beyond the limit of {IssueLimit} are counted above but not listed)").Append('\n');
        }

        return sb.ToString();
    }
}
