using SahelReports.Incidents;
using SahelReports.Internal;

namespace SahelReports.Import;

/// <summary>
/// Imports ACLED exports (every layout of <see cref="AcledLayout"/>) into an <see cref="IncidentSet"/> with an honest
/// <see cref="ImportReport"/>: for every file, rows read = accepted + rejected + merged.
/// </summary>
/// <remarks>
/// <para>Rows are validated by <see cref="AcledReader"/>; valid rows are upserted by event id: a row whose id is already in
/// the set (a revision, an exact duplicate, the second row of a monadic event, or the same event in another file) counts as
/// <em>merged</em>; the newest <c>timestamp</c> wins and the revision count is kept. Monadic files are merged with
/// <see cref="IncidentSet.MergeMonadic"/>, so an event and its fatalities count once.</para>
/// <para>Bad data never throws: it is in the report. Programmer errors (a <see langword="null"/> argument) throw.</para>
/// </remarks>
public static class AcledImporter
{
    /// <summary>Imports one file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the import (throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The incidents and the report. A missing or unreadable file gives an empty set and a fatal issue.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static ImportResult<IncidentSet> Import(string path, AcledImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ImportFiles([path], options, cancellationToken);
    }

    /// <summary>Imports one file from a stream.</summary>
    /// <param name="stream">The bytes, read from the current position; not disposed.</param>
    /// <param name="fileName">The name used in issues.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the import (throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The incidents and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is null or empty.</exception>
    public static ImportResult<IncidentSet> Import(Stream stream, string fileName, AcledImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        options ??= AcledImportOptions.Default;
        options.Validate();
        options = options with { PackNotes = true, HashIds = true };
        var issues = new IssueCollector(options.MaxIssues);
        var set = new IncidentSet();
        using AcledReader reader = AcledReader.Create(stream, false, fileName, options, issues, cancellationToken);
        FileImportSummary summary = Upsert(reader, set, issues);
        return new ImportResult<IncidentSet>(set, issues.ToReport([summary]));
    }

    /// <summary>Imports several files into one set with one combined report; ids seen in an earlier file count as merged in a later one.</summary>
    /// <param name="paths">The files' paths.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the import (throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The incidents and the report, with one <see cref="FileImportSummary"/> per path in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    public static ImportResult<IncidentSet> ImportFiles(IEnumerable<string> paths, AcledImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string[] files = paths.ToArray();
        foreach (string p in files)
        {
            if (string.IsNullOrEmpty(p))
            {
                throw new ArgumentException("Every path must be a non-empty string.", nameof(paths));
            }
        }

        options ??= AcledImportOptions.Default;
        options.Validate();
        options = options with { PackNotes = true, HashIds = true };
        var issues = new IssueCollector(options.MaxIssues);
        var set = new IncidentSet();
        var summaries = new List<FileImportSummary>(files.Length);
        foreach (string path in files)
        {
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var issue = new ImportIssue(path, 0, null, IssueSeverity.Fatal, ImportIssueCodes.FileNotFound,
                    ex is FileNotFoundException or DirectoryNotFoundException ? "The file does not exist." : "The file cannot be opened: " + ex.Message);
                issues.Add(issue);
                summaries.Add(new FileImportSummary(path, "acled", 0, 0, 0, 0, issue));
                continue;
            }

            using AcledReader reader = AcledReader.Create(stream, true, path, options, issues, cancellationToken);
            summaries.Add(Upsert(reader, set, issues));
        }

        return new ImportResult<IncidentSet>(set, issues.ToReport(summaries));
    }

    private static FileImportSummary Upsert(AcledReader reader, IncidentSet set, IssueCollector issues)
    {
        long merged = 0;
        bool? monadic = null;
        bool hashed = false;
        foreach (ConflictIncident incident in reader)
        {
            if (monadic is null)
            {
                monadic = reader.Layout == AcledLayout.Monadic;
                hashed = reader.HasIdHashes;
            }

            if (reader.RowsRead == 4096 && reader.Bytes is ({ } total, > 0 and var consumed))
            {
                // Size the set for the whole file from its first rows (2 % spare), instead of doubling as it grows.
                set.EnsureCapacity((int)Math.Min(int.MaxValue / 2, set.Count + ((total - consumed) * 1.02 * reader.RowsRead / consumed)));
            }

            // A parallel read's workers hashed the id where they built it; the set then never reads it for a new id.
            int hash = hashed ? reader.CurrentIdHash : IncidentSet.HashId(incident.Id);
            IncidentUpsertOutcome outcome = monadic.Value ? set.MergeMonadicHashed(incident, hash) : set.UpsertHashed(incident, hash);
            if (outcome == IncidentUpsertOutcome.Added)
            {
                continue;
            }

            merged++;
            if (outcome == IncidentUpsertOutcome.ConflictingDuplicate)
            {
                issues.Add(new ImportIssue(reader.FileName, reader.CurrentLine, null, IssueSeverity.Warning, ImportIssueCodes.ConflictingDuplicate,
                    "Two rows share this event id and timestamp but differ; the first one is kept.", incident.Id));
            }
        }

        return new FileImportSummary(reader.FileName, reader.Format, reader.RowsRead, reader.RowsAccepted - merged, reader.RowsRejected, merged, reader.FatalError);
    }
}
