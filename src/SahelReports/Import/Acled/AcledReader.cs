using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using CsvHelper;
using SahelReports.Import.Acled.Internal;
using SahelReports.Incidents;
using SahelReports.Internal;

namespace SahelReports.Import;

/// <summary>
/// Reads one ACLED file as a stream of validated incidents, in file order, with constant memory: rows that fail validation
/// are not returned but reported in <see cref="Issues"/>, and <see cref="RowsRead"/> = <see cref="RowsAccepted"/> + <see cref="RowsRejected"/>.
/// </summary>
/// <remarks>
/// <para>Enumerate the reader once (<c>foreach</c> or <see cref="ReadIncidents"/>); the counts, <see cref="Layout"/> and
/// <see cref="Summary"/> are final when the enumeration ends. The reader does not merge duplicate ids or monadic rows: that is
/// <see cref="IncidentSet"/>'s job (see <see cref="AcledImporter"/>), so a monadic event is returned once per actor row.</para>
/// <para>A file that cannot be read (empty, not CSV, unknown header, a record over <see cref="AcledImportOptions.MaxRecordBytes"/>)
/// ends the enumeration and sets <see cref="FatalError"/>; it never throws for bad data. The ACLED JSON API format
/// (<c>{"data":[...]}</c>) is parsed as a whole document, so its memory grows with the file; CSV is streamed.</para>
/// </remarks>
public sealed class AcledReader : IEnumerable<ConflictIncident>, IDisposable
{
    private const int SniffBytes = 64 * 1024;

    private static readonly Lazy<Encoding> s_windows1252 = new(() => CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1);

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private AcledImportOptions _options;
    private readonly IssueCollector _issues;
    private readonly CancellationToken _cancellationToken;
    private readonly long? _totalBytes;
    private bool _started;
    private CsvReader? _csv;

    private AcledReader(Stream stream, bool ownsStream, string fileName, AcledImportOptions? options, IssueCollector? issues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        _options = options ?? AcledImportOptions.Default;
        _options.Validate();
        _stream = stream;
        _ownsStream = ownsStream;
        FileName = fileName;
        _issues = issues ?? new IssueCollector(_options.MaxIssues);
        _cancellationToken = cancellationToken;
        _totalBytes = stream.CanSeek ? stream.Length - stream.Position : null;
    }

    /// <summary>The file name used in issues.</summary>
    public string FileName { get; }

    /// <summary>The layout detected from the header; <see langword="null"/> before enumeration or when the header was not recognised.</summary>
    public AcledLayout? Layout { get; private set; }

    /// <summary>The format name used in summaries, such as <c>acled-current</c> or <c>acled-v6-2016</c>.</summary>
    public string Format => Layout is { } l ? AcledColumns.FormatName(l) : "acled";

    /// <summary>The encoding the file was read with (detected or declared); <see langword="null"/> before enumeration.</summary>
    public Encoding? Encoding { get; private set; }

    /// <summary>Data rows read: returned + rejected (header, blank lines and the JSON envelope are not rows).</summary>
    public long RowsRead => RowsAccepted + RowsRejected;

    /// <summary>Rows that passed validation and were returned.</summary>
    public long RowsAccepted { get; private set; }

    /// <summary>Rows rejected, each with an error in <see cref="Issues"/>.</summary>
    public long RowsRejected { get; private set; }

    /// <summary>Returned rows whose admin1 or admin2 name the gazetteer could not match (each also has an <see cref="ImportIssueCodes.UnmatchedPlace"/> warning).</summary>
    public long UnmatchedPlaces => _parallel ? _unmatched : _parser?.UnmatchedPlaces ?? 0;

    /// <summary>The error that stopped the file, or <see langword="null"/>.</summary>
    public ImportIssue? FatalError { get; private set; }

    /// <summary>Whether the enumeration has run to its end (or stopped on a fatal error).</summary>
    public bool IsCompleted { get; private set; }

    /// <summary>The issues kept so far (up to <see cref="AcledImportOptions.MaxIssues"/>).</summary>
    public IReadOnlyList<ImportIssue> Issues => _issues.Issues;

    /// <summary>The number of issues per code, including those beyond the limit.</summary>
    public IReadOnlyDictionary<string, long> IssueCounts => _issues.Counts;

    /// <summary>The file's summary so far (merged is 0: the reader does not merge).</summary>
    public FileImportSummary Summary => new(FileName, Format, RowsRead, RowsAccepted, RowsRejected, 0, FatalError);

    private AcledRowParser? _parser;
    private bool _parallel;
    private AcledIdKeySet? _idKeys;
    private long _repeatedIds;
    private long? _firstRepeatedIdLine;
    private IDisposable? _parallelRows;
    private Func<int>? _parallelParsers;
    private AcledRowSink? _sink;
    private AcledRowValues _row;
    private long _unmatched;
    private long _byteOffset;

    /// <summary>The file's length in bytes when the stream can tell, and how far the rows returned so far reach into it.</summary>
    internal (long? Total, long Consumed) Bytes => (_totalBytes, _parallel ? _byteOffset : _csv?.ByteOffset ?? 0);

    /// <summary>Whether <see cref="CurrentIdHash"/> holds the hash of the last returned incident's id (a parallel read with
    /// <see cref="AcledImportOptions.HashIds"/>); otherwise the consumer computes it.</summary>
    internal bool HasIdHashes => _parallel && _options.HashIds;

    /// <summary>Called on the consumer's thread with the id hashes of the next batch of rows, before they are returned (any value
    /// for an entry that is not an accepted incident): lets <see cref="AcledImporter"/> fetch the set's slots for them in one go.</summary>
    internal IdHashesHandler? IdHashesAhead { get; set; }

    /// <summary>Receives a batch's id hashes (see <see cref="IdHashesAhead"/>).</summary>
    internal delegate void IdHashesHandler(ReadOnlySpan<int> hashes);

    /// <summary>The <see cref="IncidentSet.HashId"/> of the last returned incident's id, when <see cref="HasIdHashes"/>.</summary>
    internal int CurrentIdHash { get; private set; }

    /// <summary>How many row parsers a parallel read has created (one per worker thread of CsvHelper's; 0 for a sequential read).</summary>
    internal int ParallelParsers => _parallelParsers?.Invoke() ?? 0;

    /// <summary>The line (CSV) or event number (JSON) of the last row read, for issues raised by the importer.</summary>
    internal long CurrentLine { get; private set; }

    /// <summary>Creates a reader over a stream. Nothing is read until the reader is enumerated.</summary>
    /// <param name="stream">The file's bytes, read from the current position; not disposed by the reader.</param>
    /// <param name="fileName">The name used in issues (a path or a label).</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="AcledImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration (it then throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty, or an option is out of range.</exception>
    public static AcledReader Read(Stream stream, string fileName, AcledImportOptions? options = null, CancellationToken cancellationToken = default) =>
        new(stream, false, fileName, options, null, cancellationToken);

    internal static AcledReader Create(Stream stream, bool ownsStream, string fileName, AcledImportOptions options, IssueCollector issues, CancellationToken cancellationToken) =>
        new(stream, ownsStream, fileName, options, issues, cancellationToken);

    /// <summary>
    /// Called by <see cref="Analysis.IncidentAggregator"/> before it enumerates the reader: each accepted CSV row's validated
    /// values go to <paramref name="sink"/> (in file order, on the enumerating thread) instead of being built into an incident,
    /// and the enumeration then returns no incident (JSON still returns incidents). Rows are validated exactly as otherwise
    /// (same issues, counts, progress and cancellation); notes and sources are checked but not kept, as with
    /// <see cref="AcledImportOptions.KeepFreeText"/> off, since no dimension reads them. A monadic CSV (one row per actor of each
    /// event) still returns incidents, which the aggregator merges into events first. Does nothing once the enumeration has started.
    /// </summary>
    /// <param name="sink">Receives the accepted rows.</param>
    internal void PrepareForAggregation(AcledRowSink sink)
    {
        if (_started)
        {
            return;
        }

        _sink = sink;
        if (_options.KeepFreeText)
        {
            _options = _options with { KeepFreeText = false };
        }
    }

    /// <summary>The validated incidents in file order; the same as enumerating the reader. Can be enumerated once.</summary>
    /// <returns>The incidents.</returns>
    public IEnumerable<ConflictIncident> ReadIncidents() => this;

    /// <summary>A report of this file alone.</summary>
    /// <returns>The report.</returns>
    public ImportReport ToReport() => _issues.ToReport([Summary]);

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The reader has already been enumerated.</exception>
    public IEnumerator<ConflictIncident> GetEnumerator()
    {
        if (_started)
        {
            throw new InvalidOperationException("An AcledReader can be enumerated only once.");
        }

        _started = true;
        return Enumerate().GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Releases the CSV reader (and the stream when the reader owns it).</summary>
    public void Dispose()
    {
        _parallelRows?.Dispose();
        _csv?.Dispose();
        if (_ownsStream)
        {
            _stream.Dispose();
        }
    }

    private IEnumerable<ConflictIncident> Enumerate()
    {
        IEnumerator<ConflictIncident>? rows = null;
        try
        {
            rows = Start();
        }
        catch (Exception ex) when (ex is CsvFormatException or JsonException or DecoderFallbackException)
        {
            Fatal(1, ImportIssueCodes.NotCsv, "The file could not be parsed.");
        }

        if (rows is null)
        {
            IsCompleted = true;
            Progress(true);
            yield break;
        }

        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = rows.MoveNext();
                }
                catch (CsvFormatException ex)
                {
                    long line = (_csv?.LineNumber ?? 0) + 1;
                    if (ex.Message.Contains("size", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("large", StringComparison.OrdinalIgnoreCase))
                    {
                        FatalTooLarge(line);
                    }
                    else
                    {
                        Fatal(line, ImportIssueCodes.MalformedQuoting, string.Create(CultureInfo.InvariantCulture, $"The file could not be parsed after line {line - 1}; reading stopped there."));
                    }

                    more = false;
                }

                if (!more)
                {
                    ReportRepeatedIds();
                    IsCompleted = true;
                    Progress(true);
                    yield break;
                }

                yield return rows.Current;
            }
        }
        finally
        {
            // Also when the caller stops early or an exception escapes: a parallel read stops its threads here.
            rows.Dispose();
        }
    }

    private IEnumerator<ConflictIncident>? Start()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        byte[] prefix = new byte[SniffBytes];
        int length = 0;
        while (length < prefix.Length)
        {
            int n = _stream.Read(prefix, length, prefix.Length - length);
            if (n == 0)
            {
                break;
            }

            length += n;
        }

        int start = 0;
        Encoding? csvEncoding = null;
        Encoding encoding;
        if (length >= 3 && prefix[0] == 0xEF && prefix[1] == 0xBB && prefix[2] == 0xBF)
        {
            start = 3;
            encoding = Encoding.UTF8;
        }
        else if (length >= 2 && ((prefix[0] == 0xFF && prefix[1] == 0xFE) || (prefix[0] == 0xFE && prefix[1] == 0xFF)))
        {
            encoding = prefix[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            csvEncoding = encoding;
            start = 2;
        }
        else if (_options.Encoding is { } declared)
        {
            encoding = declared;
            csvEncoding = declared.CodePage == Encoding.UTF8.CodePage ? null : declared;
        }
        else
        {
            encoding = Encoding.UTF8;
            if (!IsUtf8(prefix.AsSpan(0, length), length < prefix.Length))
            {
                encoding = s_windows1252.Value;
                csvEncoding = encoding;
                _issues.Add(new ImportIssue(FileName, 0, null, IssueSeverity.Warning, ImportIssueCodes.EncodingFallback,
                    "The file is not valid UTF-8 and has no byte order mark; it was read as Windows-1252 (Latin-1). Declare the encoding to silence this warning."));
            }
        }

        Encoding = encoding;
        string head = encoding.GetString(prefix, start, Math.Min(length - start, 8192));
        ReadOnlySpan<char> trimmed = head.AsSpan().TrimStart();
        if (trimmed.IsEmpty)
        {
            Fatal(0, ImportIssueCodes.FileEmpty, "The file is empty.");
            return null;
        }

        var input = new PrefixedStream(prefix, start, length - start, _stream);
        if (trimmed[0] is '{' or '[')
        {
            return ReadJson(encoding == Encoding.UTF8 ? input : new PrefixedStream(prefix, 0, length, _stream));
        }

        if (LooksBinary(head))
        {
            Fatal(1, ImportIssueCodes.NotCsv, "The file is binary (it contains NUL bytes), not CSV.");
            return null;
        }

        int eol = head.AsSpan().IndexOfAny('\r', '\n');
        ReadOnlySpan<char> firstLine = eol < 0 ? head : head.AsSpan(0, eol);
        char separator = DetectSeparator(firstLine);
        if (separator == '\0')
        {
            Fatal(1, ImportIssueCodes.NotCsv, "The first line has no ',' or ';' separator: this is not an ACLED CSV export.");
            return null;
        }

        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MaxRecordSize = _options.MaxRecordBytes,
            IncludeValuesInExceptions = false,
            Encoding = csvEncoding,
            OnMalformedRecord = OnMalformed,
        };
        Stream csvInput = csvEncoding is not null && start > 0 ? new PrefixedStream(prefix, 0, length, _stream) : input;
        _csv = CsvReader.Create(csvInput, options, leaveOpen: true);
        var header = _csv.Headers.Select(h => h.TrimStart('\uFEFF')).ToArray();
        int[] map = new int[AcledColumns.Count];
        AcledLayout? layout = AcledColumns.Detect(header, separator, json: false, map, out string missing);
        if (layout is null)
        {
            Fatal(1, ImportIssueCodes.UnknownHeader, $"The header is not an ACLED header: missing {missing}.");
            return null;
        }

        Layout = layout;
        if (layout == AcledLayout.Monadic)
        {
            // One row per actor of each event: the aggregator must merge a row with its event's other rows first, so a monadic
            // file is not streamed as values (see PrepareForAggregation).
            _sink = null;
        }

        _parser = new AcledRowParser(map, layout.Value, _options, _issues, FileName) { ValuesOnly = _sink is not null };
        int workers = _options.ParseWorkers > 0 ? _options.ParseWorkers : Math.Min(Environment.ProcessorCount, 4);
        if ((_options.ParseWorkers > 0 || Environment.ProcessorCount > 1) && (_totalBytes ?? long.MaxValue) >= _options.ParallelMinBytes)
        {
            _parallel = true;
            Func<AcledRowParser> parser = () => new AcledRowParser(map, layout.Value, _options, _issues, FileName) { ValuesOnly = _sink is not null };
            return _sink is not null
                ? ReadCsvParallel(_csv, header.Length, new RowWorkers<AcledRowValues>(parser, header.Length, hashIds: false), workers)
                : ReadCsvParallel(_csv, header.Length, new RowWorkers<NoValues>(parser, header.Length, _options.HashIds), workers);
        }

        return ReadCsv(_csv, header.Length);
    }

    /// <summary>
    /// NUL in the header line, or in more than 1 % of the first characters, means binary (a zip, UTF-16 without a BOM);
    /// a stray NUL inside a value of a text file is left to the row parser, which removes it with a warning.
    /// </summary>
    private static bool LooksBinary(string head)
    {
        int eol = head.AsSpan().IndexOfAny('\r', '\n');
        if ((eol < 0 ? head.AsSpan() : head.AsSpan(0, eol)).Contains('\0'))
        {
            return true;
        }

        return head.AsSpan().Count('\0') * 100 > head.Length;
    }

    // Filled by CsvHelper while it scans (on a worker thread in a parallel read, one at a time, in input order).
    private readonly ConcurrentQueue<Malformed> _malformed = new();

    /// <summary>
    /// A record CsvHelper skipped. An unterminated quote runs to the end of the input; when what it swallowed is larger than
    /// <see cref="AcledImportOptions.MaxRecordBytes"/> it is the file's fatal error, as when CsvHelper stops at that limit itself
    /// (which it does only when the record is not in its buffer yet: the rule must not depend on how far the reader has read ahead).
    /// </summary>
    private readonly record struct Malformed(long Line, CsvMalformedReason Reason, bool TooLarge);

    private void OnMalformed(CsvMalformedRecord record) => _malformed.Enqueue(new Malformed(record.LineNumber, record.Reason,
        record.Reason == CsvMalformedReason.UnterminatedQuote && Encoding.UTF8.GetByteCount(record.RawRecord) > _options.MaxRecordBytes));

    private void Report(Malformed m)
    {
        if (m.TooLarge)
        {
            FatalTooLarge(m.Line);
            return;
        }

        RowsRejected++;
        _issues.Add(new ImportIssue(FileName, m.Line, null, IssueSeverity.Error, ImportIssueCodes.MalformedQuoting,
            $"The record has malformed quoting ({m.Reason}) and was skipped."));
    }

    private void FatalTooLarge(long line) => Fatal(line, ImportIssueCodes.RecordTooLarge,
        string.Create(CultureInfo.InvariantCulture, $"A record starting after line {line - 1} is larger than {_options.MaxRecordBytes} bytes (an unclosed quote?); reading stopped there."));

    private void DrainMalformed()
    {
        while (_malformed.TryDequeue(out Malformed m))
        {
            Report(m);
        }
    }

    private IEnumerator<ConflictIncident> ReadCsv(CsvReader csv, int headerCount)
    {
        var source = new CsvFieldSource(csv);
        AcledRowParser parser = _parser!;
        bool first = true;
        while (csv.Read())
        {
            DrainMalformed();
            long line = csv.LineNumber;
            int count = csv.FieldCount;
            bool firstRow = first;
            first = false;
            if (count != headerCount && !ExtraFieldsEmpty(csv, headerCount, count))
            {
                RowsRejected++;
                _issues.Add(new ImportIssue(FileName, line, null, IssueSeverity.Error, ImportIssueCodes.FieldCount,
                    string.Create(CultureInfo.InvariantCulture, $"The record has {count} fields; the header has {headerCount}.")));
                Tick();
                continue;
            }

            // An HXL hashtag row right under the header (HDX's ACLED CSVs, our own xlsx export saved as CSV) is part of the
            // header, as HXL defines it: not a data row, so not counted.
            if (firstRow && IsHxlTagRow(csv, count))
            {
                continue;
            }

            CurrentLine = line;
            if (!parser.Validate(source, line, ref _row))
            {
                RowsRejected++;
                Tick();
                continue;
            }

            RowsAccepted++;
            Tick();
            if (_sink is not null)
            {
                // Streaming aggregation: the values go to the aggregate; no incident is built.
                _sink.Add(in _row);
                NoteId(_row.IdKey, line);
                continue;
            }

            yield return parser.Build(in _row);
        }

        DrainMalformed();
    }

    /// <summary>
    /// The parallel form of <see cref="ReadCsv"/>: CsvHelper's <see cref="CsvReader.ParallelEnumerate{T}(Func{CsvReader, T}, int)"/> scans the input in
    /// order and has worker threads parse the records (<see cref="RowWorkers{TValues}"/>); this iterator takes the rows back in file order
    /// and does exactly what <see cref="ReadCsv"/> does per record (counts, issues in the same order, progress, cancellation), so
    /// the result cannot depend on thread timing.
    /// </summary>
    /// <typeparam name="TValues"><see cref="AcledRowValues"/> for a streaming aggregate, which takes the rows' values;
    /// <see cref="NoValues"/> otherwise (rows carry incidents, and no dead values are copied).</typeparam>
    private IEnumerator<ConflictIncident> ReadCsvParallel<TValues>(CsvReader csv, int headerCount, RowWorkers<TValues> workers, int threads)
        where TValues : struct
    {
        IEnumerator<ParsedRow<TValues>> rows = csv.ParallelEnumerate(workers.Parse, threads).GetEnumerator();
        _parallelRows = rows;
        _parallelParsers = () => workers.Count;
        // The importer fetches the set's slots for a run of ids in one go; otherwise rows are taken one at a time (a row is a
        // few hundred bytes: copying it into a run costs more than the run saves).
        int[]? hashes = _options.HashIds && _sink is null ? new int[_options.BatchRows] : null;
        var ahead = new ParsedRow<TValues>[hashes?.Length ?? 1];
        try
        {
            bool more = true;
            while (more)
            {
                // Takes a run of rows ahead, so that the importer can fetch the set's slots for their ids in one go. An error
                // of the read (a fatal CSV error, an I/O error) or of a worker surfaces after the rows before it, as in ReadCsv.
                int count = 0;
                ExceptionDispatchInfo? error = null;
                try
                {
                    while (count < ahead.Length && (more = rows.MoveNext()))
                    {
                        ahead[count++] = rows.Current;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    error = ExceptionDispatchInfo.Capture(ex);
                    more = false;
                }

                if (hashes is not null)
                {
                    for (int i = 0; i < count; i++)
                    {
                        hashes[i] = ahead[i].IdHash;
                    }

                    IdHashesAhead?.Invoke(hashes.AsSpan(0, count));
                }

                for (int i = 0; i < count; i++)
                {
                    ref ParsedRow<TValues> row = ref ahead[i];
                    DrainMalformedBefore(row.Line);
                    _byteOffset = row.ByteOffset;
                    switch (row.Kind)
                    {
                        case RowKind.FieldCount:
                            RowsRejected++;
                            _issues.Add(new ImportIssue(FileName, row.Line, null, IssueSeverity.Error, ImportIssueCodes.FieldCount,
                                string.Create(CultureInfo.InvariantCulture, $"The record has {row.FieldCount} fields; the header has {headerCount}.")));
                            Tick();
                            break;
                        case RowKind.HxlTags:
                            break;
                        default:
                            foreach (ImportIssue issue in row.Issues ?? [])
                            {
                                _issues.Add(issue);
                            }

                            CurrentLine = row.Line;
                            if (!row.Accepted)
                            {
                                RowsRejected++;
                                Tick();
                                break;
                            }

                            _unmatched += row.Unmatched ? 1 : 0;
                            CurrentIdHash = row.IdHash;
                            RowsAccepted++;
                            Tick();
                            if (_sink is not null)
                            {
                                ref AcledRowValues values = ref RowWorkers<TValues>.AsValues(ref row.Values);
                                _sink.Add(in values);
                                NoteId(values.IdKey, row.Line);
                                break;
                            }

                            ConflictIncident incident = row.Incident!;
                            row = default;
                            yield return incident;
                            break;
                    }
                }

                error?.Throw();
            }

            DrainMalformed();
        }
        finally
        {
            // Also when the caller stops early or an exception escapes: stops CsvHelper's worker threads.
            rows.Dispose();
        }
    }

    /// <summary>
    /// A streamed aggregate does not merge rows: notes each accepted row's event id, so that a file that repeats ids is reported
    /// (<see cref="ImportIssueCodes.RepeatedIdNotMerged"/>) rather than silently counted twice. ACLED's ids cost a bit each
    /// (<see cref="AcledIdKeySet"/>); other ids about 11–21 bytes each.
    /// </summary>
    private void NoteId(long key, long line)
    {
        _idKeys ??= new AcledIdKeySet();
        if (!_idKeys.Add(key))
        {
            _repeatedIds++;
            _firstRepeatedIdLine ??= line;
        }
    }

    private void ReportRepeatedIds()
    {
        if (_repeatedIds > 0)
        {
            _issues.Add(new ImportIssue(FileName, _firstRepeatedIdLine!.Value, "event_id_cnty", IssueSeverity.Warning, ImportIssueCodes.RepeatedIdNotMerged,
                string.Create(CultureInfo.InvariantCulture, $"{_repeatedIds} rows repeat the event id of an earlier row (revisions or duplicates), the first on this line; a streamed aggregate counts every row, so these events are counted more than once. Import the file (AcledImporter, or sahel-reports aggregate) to merge them.")));
        }
    }

    /// <summary>Reports the malformed records CsvHelper skipped before the record at <paramref name="line"/> (a parallel read).</summary>
    private void DrainMalformedBefore(long line)
    {
        while (_malformed.TryPeek(out Malformed m) && m.Line < line)
        {
            _malformed.TryDequeue(out _);
            Report(m);
        }
    }

    internal static bool IsHxlTagRow(CsvReader csv, int count)
    {
        int tags = 0;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> field = csv.GetSpan(i).Trim((byte)' ');
            if (field.IsEmpty)
            {
                continue;
            }

            if (field[0] != (byte)'#')
            {
                return false;
            }

            tags++;
        }

        return tags >= 2;
    }

    internal static bool ExtraFieldsEmpty(CsvReader csv, int headerCount, int count)
    {
        if (count < headerCount)
        {
            return false;
        }

        for (int i = headerCount; i < count; i++)
        {
            if (!csv.GetSpan(i).Trim((byte)' ').IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerator<ConflictIncident>? ReadJson(Stream input)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(input, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            Fatal(ex.LineNumber is { } l ? l + 1 : 1, ImportIssueCodes.NotCsv, "The file starts like JSON but is not valid JSON.");
            return null;
        }

        JsonElement root = doc.RootElement;
        JsonElement data = root;
        if (root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("data", out data))
        {
            doc.Dispose();
            Fatal(1, ImportIssueCodes.UnknownHeader, "The JSON object has no \"data\" array: this is not an ACLED API response.");
            return null;
        }

        if (data.ValueKind != JsonValueKind.Array)
        {
            doc.Dispose();
            Fatal(1, ImportIssueCodes.UnknownHeader, "The JSON \"data\" member is not an array of events.");
            return null;
        }

        var names = new List<string>();
        foreach (JsonElement e in data.EnumerateArray())
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                try
                {
                    names.AddRange(e.EnumerateObject().Select(p => p.Name));
                }
                catch (InvalidOperationException)
                {
                    // System.Text.Json throws this when a name is not valid UTF-8 (or holds an invalid \u escape).
                    doc.Dispose();
                    Fatal(1, ImportIssueCodes.InvalidEncoding, "The JSON field names are not valid UTF-8.");
                    return null;
                }

                break;
            }
        }

        int[] map = new int[AcledColumns.Count];
        AcledLayout? layout = AcledColumns.Detect(names, ',', json: true, map, out string missing);
        if (layout is null && names.Count > 0)
        {
            doc.Dispose();
            Fatal(1, ImportIssueCodes.UnknownHeader, $"The JSON events are not ACLED events: missing {missing}.");
            return null;
        }

        Layout = AcledLayout.JsonApi;
        _parser = new AcledRowParser(map, AcledLayout.JsonApi, _options, _issues, FileName);
        return ReadJsonRows(doc, data, names);
    }

    private IEnumerator<ConflictIncident> ReadJsonRows(JsonDocument doc, JsonElement data, List<string> names)
    {
        using (doc)
        {
            var source = new JsonFieldSource(names);
            long index = 0;
            foreach (JsonElement e in data.EnumerateArray())
            {
                index++;
                if (e.ValueKind != JsonValueKind.Object)
                {
                    RowsRejected++;
                    _issues.Add(new ImportIssue(FileName, index, null, IssueSeverity.Error, ImportIssueCodes.FieldCount, "The event is not a JSON object."));
                    Tick();
                    continue;
                }

                if (!source.Load(e))
                {
                    RowsRejected++;
                    _issues.Add(new ImportIssue(FileName, index, null, IssueSeverity.Error, ImportIssueCodes.InvalidEncoding,
                        "The event holds text that is not valid UTF-8 (or an invalid \\u escape); the row is rejected rather than altered."));
                    Tick();
                    continue;
                }

                CurrentLine = index;
                ConflictIncident? incident = _parser!.Parse(source, index);
                if (incident is null)
                {
                    RowsRejected++;
                    Tick();
                    continue;
                }

                RowsAccepted++;
                Tick();
                yield return incident;
            }
        }
    }

    private void Tick()
    {
        long n = RowsRead;
        if ((n & 1023) == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }

        if (n % _options.ProgressInterval == 0)
        {
            Progress(false);
        }
    }

    private void Progress(bool completed) =>
        _options.Progress?.Report(new AcledImportProgress(FileName, RowsRead, completed ? _totalBytes ?? _csv?.ByteOffset ?? 0 : _parallel ? _byteOffset : _csv?.ByteOffset ?? 0, _totalBytes, completed));

    private void Fatal(long line, string code, string message)
    {
        var issue = new ImportIssue(FileName, line, null, IssueSeverity.Fatal, code, message);
        FatalError = issue;
        _issues.Add(issue);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            OperationStatus status = Utf8.ToUtf16(bytes, buffer, out _, out _, replaceInvalidSequences: false, isFinalBlock: complete);
            return status is OperationStatus.Done or OperationStatus.NeedMoreData;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static char DetectSeparator(ReadOnlySpan<char> line)
    {
        int commas = 0;
        int semicolons = 0;
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }

        return commas == 0 && semicolons == 0 ? '\0' : semicolons > commas ? ';' : ',';
    }

    private sealed class CsvFieldSource(CsvReader csv) : AcledFieldSource
    {
        public override ReadOnlySpan<byte> Get(int index) => index < csv.FieldCount ? csv.GetSpan(index) : default;
    }

    private sealed class JsonFieldSource(List<string> names) : AcledFieldSource
    {
        private readonly Dictionary<string, int> _positions = Positions(names);
        private readonly byte[]?[] _values = new byte[names.Count][];

        /// <summary>Loads an event's fields; <see langword="false"/> when a name or a string is not valid UTF-8.</summary>
        public bool Load(JsonElement e)
        {
            Array.Clear(_values);
            try
            {
                foreach (JsonProperty p in e.EnumerateObject())
                {
                    if (!_positions.TryGetValue(p.Name, out int i))
                    {
                        continue;
                    }

                    _values[i] = p.Value.ValueKind switch
                    {
                        JsonValueKind.String => Encoding.UTF8.GetBytes(p.Value.GetString()!),
                        JsonValueKind.Number => Encoding.UTF8.GetBytes(p.Value.GetRawText()),
                        JsonValueKind.True => "1"u8.ToArray(),
                        _ => null,
                    };
                }
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json validates string contents lazily and throws this on invalid UTF-8 or a lone-surrogate escape.
                return false;
            }

            return true;
        }

        // A name repeated in the first event (JSON allows it; names match case-insensitively) keeps its first position, as the
        // header mapping does (AcledColumns.Detect takes the first column of a name).
        private static Dictionary<string, int> Positions(List<string> names)
        {
            var positions = new Dictionary<string, int>(names.Count, StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < names.Count; i++)
            {
                positions.TryAdd(names[i], i);
            }

            return positions;
        }

        public override ReadOnlySpan<byte> Get(int index) => _values[index];
    }
}
