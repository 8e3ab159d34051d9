using System.Text;
using SahelReports.Geography;

namespace SahelReports.Import;

/// <summary>Options of <see cref="AcledImporter"/> and <see cref="AcledReader"/>. The defaults suit real ACLED exports.</summary>
public sealed record AcledImportOptions
{
    /// <summary>The default <see cref="MaxRecordBytes"/>: 1 MiB. A real ACLED row is well under 10 KiB.</summary>
    public const int DefaultMaxRecordBytes = 1024 * 1024;

    /// <summary>The default options.</summary>
    public static AcledImportOptions Default { get; } = new();

    /// <summary>
    /// The file's encoding, or <see langword="null"/> (the default) to detect it: a UTF-8 or UTF-16 byte order mark wins;
    /// without one the start of the file (64 KiB) is checked, and when it is not valid UTF-8 the file is read as Windows-1252
    /// with an <see cref="ImportIssueCodes.EncodingFallback"/> warning. Invalid UTF-8 found later rejects its row
    /// (<see cref="ImportIssueCodes.InvalidEncoding"/>): nothing is replaced silently.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// How to read numeric dates like <c>03/04/2023</c>, or <see langword="null"/> (the default): then such a date is rejected
    /// as <see cref="ImportIssueCodes.AmbiguousDate"/> when both readings are valid dates. The 2016 layout always puts the day first.
    /// </summary>
    public AcledDateOrder? DateOrder { get; init; }

    /// <summary>
    /// The largest record, in bytes, the reader buffers (default <see cref="DefaultMaxRecordBytes"/>): a longer one, such as an
    /// unclosed quote that swallows the rest of the file, stops the file with a <see cref="ImportIssueCodes.RecordTooLarge"/> error.
    /// </summary>
    public int MaxRecordBytes { get; init; } = DefaultMaxRecordBytes;

    /// <summary>How many issues are kept with their details (default <see cref="ImportReport.DefaultIssueLimit"/>); all are counted.</summary>
    public int MaxIssues { get; init; } = ImportReport.DefaultIssueLimit;

    /// <summary>The gazetteer admin1 and admin2 names are resolved with (default <see cref="Gazetteer.Default"/>).</summary>
    public Gazetteer? Gazetteer { get; init; }

    /// <summary>
    /// Whether the free-text columns <c>notes</c> and <c>source</c> are kept in <see cref="Incidents.ConflictIncident.Notes"/> and
    /// <see cref="Incidents.ConflictIncident.Source"/> (default <see langword="true"/>). When <see langword="false"/> they are still
    /// validated exactly as when kept (a row with invalid UTF-8 there is rejected; invisible characters and non-NFC text are
    /// reported), but not decoded into strings: both properties are <see langword="null"/>. Use it for aggregation and other
    /// work that does not read them: it saves about a third of the import's allocations and, for <see cref="AcledImporter"/>,
    /// the memory of every incident's notes (the largest part of an incident: an imported incident keeps about 400 bytes with them,
    /// about 250 without). <see cref="Analysis.IncidentAggregator"/> given an <see cref="AcledReader"/> turns it off by itself.
    /// </summary>
    public bool KeepFreeText { get; init; } = true;

    /// <summary>Receives progress reports, or <see langword="null"/>.</summary>
    public IProgress<AcledImportProgress>? Progress { get; init; }

    /// <summary>Rows between two progress reports (default 50 000).</summary>
    public int ProgressInterval { get; init; } = 50_000;

    /// <summary>
    /// Files at least this long (in bytes; a stream of unknown length counts as long) are read by several threads when the machine
    /// has more than one core: CsvHelper's parallel enumeration scans the input in order, worker threads parse its records, and
    /// the caller receives them in file order, with the same incidents, issues and counts as a sequential read. Internal: tests
    /// force either path.
    /// </summary>
    internal long ParallelMinBytes { get; init; } = 4L << 20;

    /// <summary>The number of worker threads of a parallel read (0: one per core, at most 4).</summary>
    internal int ParseWorkers { get; init; }

    /// <summary>
    /// Whether notes are copied into shared 256 KiB blocks rather than an array each (set by <see cref="AcledImporter"/>, which
    /// keeps every incident: far fewer objects for the garbage collector; a streaming reader's notes are short-lived, and large
    /// blocks would only be freed by full collections).
    /// </summary>
    internal bool PackNotes { get; init; }

    /// <summary>
    /// Whether a parallel read's workers also compute each accepted row's id hash (<see cref="Incidents.IncidentSet.HashId"/>) for the
    /// consumer (set by <see cref="AcledImporter"/>: the thread that fills the set then never reads the id again).
    /// </summary>
    internal bool HashIds { get; init; }

    /// <summary>How many parsed rows an import's parallel read takes at a time, so that the importer fetches their ids' slots in
    /// one go (a streamed read takes them one at a time).</summary>
    internal int BatchRows { get; init; } = 1024;

    internal void Validate()
    {
        if (MaxRecordBytes < 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRecordBytes), MaxRecordBytes, "MaxRecordBytes must be at least 1024.");
        }

        if (MaxIssues < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIssues), MaxIssues, "MaxIssues must not be negative.");
        }

        if (ProgressInterval < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ProgressInterval), ProgressInterval, "ProgressInterval must be at least 1.");
        }

        if (DateOrder is { } order && !Enum.IsDefined(order))
        {
            throw new ArgumentOutOfRangeException(nameof(DateOrder), order, "DateOrder must be DayMonthYear or MonthDayYear.");
        }
    }
}
