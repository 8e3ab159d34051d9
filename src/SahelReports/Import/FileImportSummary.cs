using System.Globalization;

namespace SahelReports.Import;

/// <summary>The row accounting for one imported file: every data row read is accepted, rejected or merged.</summary>
/// <remarks>
/// <para><see cref="RowsRead"/> counts data records (the header and any HXL hashtag row excluded).
/// <see cref="Accepted"/> counts rows that created a new record; <see cref="Merged"/> counts rows folded into a record
/// that already existed (a monadic duplicate, a newer or older revision of the same id, a row split by reason summed into
/// its figure); <see cref="Rejected"/> counts rows left out because of an error. The invariant
/// <c>RowsRead == Accepted + Rejected + Merged</c> always holds (<see cref="IsBalanced"/>).</para>
/// </remarks>
public sealed record FileImportSummary
{
    /// <summary>Creates a summary for one file.</summary>
    /// <param name="file">The file name.</param>
    /// <param name="format">The detected format or layout, for example <c>acled-current</c>.</param>
    /// <param name="rowsRead">Data rows read.</param>
    /// <param name="accepted">Rows that created a new record.</param>
    /// <param name="rejected">Rows rejected because of an error.</param>
    /// <param name="merged">Rows merged into an existing record.</param>
    /// <param name="fatalError">The issue that stopped the file being read, if any.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">The counts do not add up to <paramref name="rowsRead"/>.</exception>
    public FileImportSummary(string file, string format, long rowsRead, long accepted, long rejected, long merged, ImportIssue? fatalError = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentOutOfRangeException.ThrowIfNegative(rowsRead);
        ArgumentOutOfRangeException.ThrowIfNegative(accepted);
        ArgumentOutOfRangeException.ThrowIfNegative(rejected);
        ArgumentOutOfRangeException.ThrowIfNegative(merged);
        if (accepted + rejected + merged != rowsRead)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Row accounting for '{file}' does not balance: read {rowsRead} != accepted {accepted} + rejected {rejected} + merged {merged}."),
                nameof(rowsRead));
        }

        File = file;
        Format = format;
        RowsRead = rowsRead;
        Accepted = accepted;
        Rejected = rejected;
        Merged = merged;
        FatalError = fatalError;
    }

    /// <summary>Gets the file name.</summary>
    public string File { get; }

    /// <summary>Gets the detected format or layout of the file.</summary>
    public string Format { get; }

    /// <summary>Gets the number of data rows read.</summary>
    public long RowsRead { get; }

    /// <summary>Gets the number of rows that created a new record.</summary>
    public long Accepted { get; }

    /// <summary>Gets the number of rows rejected because of an error.</summary>
    public long Rejected { get; }

    /// <summary>Gets the number of rows merged into an existing record.</summary>
    public long Merged { get; }

    /// <summary>Gets the issue that stopped the file being read, or <see langword="null"/> when it was read to the end.</summary>
    public ImportIssue? FatalError { get; }

    /// <summary>Gets a value indicating whether the file could not be read at all.</summary>
    public bool IsUnreadable => FatalError is not null;

    /// <summary>Gets a value indicating whether read = accepted + rejected + merged (always true; kept for callers to assert).</summary>
    public bool IsBalanced => RowsRead == Accepted + Rejected + Merged;
}
