using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.ExceptionServices;
using SahelReports.Incidents;
using SahelReports.Internal;

namespace SahelReports.Import.Acled.Internal;

/// <summary>What a <see cref="RowBatch"/> entry stands for, in file order.</summary>
internal enum RowKind
{
    /// <summary>A record to parse (its fields are in the batch).</summary>
    Row,

    /// <summary>A record with the wrong number of fields (<see cref="RowEntry.Value"/> is its field count).</summary>
    FieldCount,

    /// <summary>A record CsvHelper skipped as malformed (<see cref="RowEntry.Value"/> is the <see cref="CsvHelper.CsvMalformedReason"/>).</summary>
    Malformed,
}

/// <summary>One entry of a batch: a record or an event of the tokeniser, with what the worker made of it.</summary>
internal struct RowEntry
{
    public RowKind Kind;
    public long Line;
    public long ByteOffset;
    public int Value;
    public int FirstField;
    public int Fields;

    /// <summary>Set by the worker: the end of this entry's issues in <see cref="RowBatch.Issues"/>.</summary>
    public int IssueEnd;

    /// <summary>Set by the worker: whether the row was kept with an unmatched place.</summary>
    public bool Unmatched;

    /// <summary>Set by the worker: whether the row was accepted (its incident, or its values, are in the batch).</summary>
    public bool Accepted;
}

/// <summary>
/// A run of consecutive CSV records, copied as raw field bytes by the tokeniser, parsed by a worker into incidents and issues,
/// then consumed in file order. Batches are recycled, so memory stays bounded by the number in flight.
/// </summary>
internal sealed class RowBatch
{
    private readonly int _capacity;

    public RowBatch(int capacity, bool keepValues = false)
    {
        _capacity = capacity;
        Entries = new RowEntry[capacity];
        Incidents = new ConflictIncident?[capacity];
        Values = keepValues ? new AcledRowValues[capacity] : null;
        IdHashes = new int[capacity];
        FieldStarts = new int[capacity * 32];
        FieldLengths = new int[capacity * 32];
        Bytes = new byte[Math.Min(capacity * 512, MaxBytes + 4096)];
    }

    public long Sequence { get; set; }

    public RowEntry[] Entries { get; }

    public int Count { get; private set; }

    public ConflictIncident?[] Incidents { get; }

    /// <summary>For a streaming aggregate: the accepted rows' values, parsed but not built into incidents (see <see cref="AcledRowSink"/>).</summary>
    public AcledRowValues[]? Values { get; }

    /// <summary>Set by the worker when the pipeline hashes ids: <see cref="IncidentSet.HashId"/> of each accepted row's id.</summary>
    public int[] IdHashes { get; }

    public byte[] Bytes { get; private set; }

    public int[] FieldStarts { get; private set; }

    public int[] FieldLengths { get; private set; }

    private int _byteCount;
    private int _fieldCount;

    // Where the copy of the raw record of the row being added starts in Bytes.
    private int _rawStart;

    /// <summary>The issues of the batch's rows, in order (set by the worker).</summary>
    public IReadOnlyList<ImportIssue> Issues { get; set; } = [];

    /// <summary>An exception thrown while parsing entry <see cref="ErrorAt"/> (a bug, not bad data), rethrown by the consumer there.</summary>
    public ExceptionDispatchInfo? Error { get; set; }

    public int ErrorAt { get; set; }

    /// <summary>An exception that stopped the tokeniser after the batch's entries (a fatal CSV error or an I/O error).</summary>
    public Exception? End { get; set; }

    /// <summary>Whether this is the last batch of the file.</summary>
    public bool Last { get; set; }

    public ManualResetEventSlim Parsed { get; } = new(false);

    /// <summary>Whether the batch is full: its rows, or <see cref="MaxBytes"/> of field bytes (which bounds the read-ahead).</summary>
    public bool Full => Count == _capacity || _byteCount >= MaxBytes;

    /// <summary>The field bytes after which a batch is full: with at most 2 × workers + 2 batches in flight, a parallel read
    /// reads at most about a megabyte ahead of the caller (plus CsvHelper's buffer).</summary>
    public const int MaxBytes = 128 * 1024;

    public void Add(RowKind kind, long line, long byteOffset, int value) =>
        Entries[Count++] = new RowEntry { Kind = kind, Line = line, ByteOffset = byteOffset, Value = value };

    /// <summary>Starts a row entry; its fields follow with <see cref="AddField"/>.</summary>
    /// <param name="line">The record's line.</param>
    /// <param name="byteOffset">The record's offset in the input.</param>
    /// <param name="fields">The record's field count.</param>
    /// <param name="raw">The record's bytes as they appear in the input (CsvHelper's <c>RawRecord</c>), copied in one go: a
    /// field whose bytes lie inside them is then stored as a position, not copied again.</param>
    public void AddRow(long line, long byteOffset, int fields, ReadOnlySpan<byte> raw)
    {
        if (_fieldCount + fields > FieldStarts.Length)
        {
            int size = Math.Max(FieldStarts.Length * 2, _fieldCount + fields);
            FieldStarts = Grow(FieldStarts, size);
            FieldLengths = Grow(FieldLengths, size);
        }

        Entries[Count++] = new RowEntry { Kind = RowKind.Row, Line = line, ByteOffset = byteOffset, FirstField = _fieldCount, Fields = fields };
        _rawStart = Append(raw);
    }

    /// <summary>Adds a field of the row started last.</summary>
    /// <param name="value">The field's decoded bytes (CsvHelper's <c>GetSpan</c>), valid until the next record.</param>
    /// <param name="raw">The same raw record as given to <see cref="AddRow"/>.</param>
    public void AddField(ReadOnlySpan<byte> value, ReadOnlySpan<byte> raw)
    {
        // An unquoted field (and a quoted one without escapes) is a slice of the raw record, already copied: keep its position.
        // Only a field inside the raw record's memory passes this test (spans of distinct buffers cannot overlap), so the
        // bytes at that position are the field's bytes.
        nint offset = value.IsEmpty ? 0 : Unsafe.ByteOffset(ref MemoryMarshal.GetReference(raw), ref MemoryMarshal.GetReference(value));
        int start = offset >= 0 && offset <= raw.Length - value.Length ? _rawStart + (int)offset : Append(value);
        FieldStarts[_fieldCount] = start;
        FieldLengths[_fieldCount] = value.Length;
        _fieldCount++;
    }

    /// <summary>Copies bytes to the end of <see cref="Bytes"/> and gives their position.</summary>
    private int Append(ReadOnlySpan<byte> value)
    {
        if (_byteCount + value.Length > Bytes.Length)
        {
            Bytes = Grow(Bytes, Math.Max(Bytes.Length * 2, _byteCount + value.Length));
        }

        int start = _byteCount;
        value.CopyTo(Bytes.AsSpan(start));
        _byteCount += value.Length;
        return start;
    }

    public ReadOnlySpan<byte> Field(int index) => Bytes.AsSpan(FieldStarts[index], FieldLengths[index]);

    /// <summary>Empties the batch for reuse.</summary>
    public void Reset()
    {
        Array.Clear(Incidents, 0, Count);
        Count = 0;
        _byteCount = 0;
        _fieldCount = 0;
        Issues = [];
        Error = null;
        End = null;
        Last = false;
        Parsed.Reset();
    }

    private static T[] Grow<T>(T[] array, int size)
    {
        var bigger = new T[size];
        Array.Copy(array, bigger, array.Length);
        return bigger;
    }
}

/// <summary>
/// Runs a CSV import on several threads while keeping the sequential result: one thread tokenises records into
/// <see cref="RowBatch"/>es, workers parse whole batches with their own <see cref="AcledRowParser"/> (own pools and caches,
/// whose results depend on the bytes alone), and the caller takes the batches back in file order. A bounded number of batches
/// is in flight, so memory does not grow with the file.
/// </summary>
internal sealed class RowPipeline : IDisposable
{
    private readonly BlockingCollection<RowBatch> _free;
    private readonly BlockingCollection<RowBatch> _toParse;
    private readonly BlockingCollection<RowBatch> _ordered;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Thread> _threads = [];
    private readonly AcledRowParser[] _parsers;
    private readonly bool _hashIds;
    private long _sequence;
    private bool _stopped;

    /// <summary>Creates the pipeline (nothing runs until <see cref="Start"/>).</summary>
    /// <param name="parsers">One parser per worker.</param>
    /// <param name="batchRows">Records per batch.</param>
    /// <param name="keepValues">Whether workers only validate rows and keep their values (a streaming aggregate) instead of
    /// building incidents.</param>
    /// <param name="hashIds">Whether the workers fill <see cref="RowBatch.IdHashes"/>.</param>
    public RowPipeline(AcledRowParser[] parsers, int batchRows, bool keepValues = false, bool hashIds = false)
    {
        _parsers = parsers;
        _hashIds = hashIds;
        int batches = (2 * parsers.Length) + 2;
        _free = new BlockingCollection<RowBatch>(new ConcurrentQueue<RowBatch>(), batches);
        _toParse = new BlockingCollection<RowBatch>(new ConcurrentQueue<RowBatch>(), batches);
        _ordered = new BlockingCollection<RowBatch>(new ConcurrentQueue<RowBatch>(), batches);
        for (int i = 0; i < batches; i++)
        {
            _free.Add(new RowBatch(batchRows, keepValues));
        }
    }

    /// <summary>Starts the tokeniser (which fills batches with <see cref="Rent"/> and <see cref="Post"/>) and the workers.</summary>
    /// <param name="tokenise">The tokeniser's loop; it must post a batch marked <see cref="RowBatch.Last"/> at the end.</param>
    public void Start(Action<RowPipeline> tokenise)
    {
        var producer = new Thread(() =>
        {
            try
            {
                tokenise(this);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                // Stopped by the consumer.
            }
            finally
            {
                _toParse.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "SahelReports ACLED tokeniser",
        };
        _threads.Add(producer);
        foreach (AcledRowParser parser in _parsers)
        {
            _threads.Add(new Thread(() => Work(parser)) { IsBackground = true, Name = "SahelReports ACLED parser" });
        }

        foreach (Thread t in _threads)
        {
            t.Start();
        }
    }

    /// <summary>An empty batch for the tokeniser (waits while too many are in flight).</summary>
    public RowBatch Rent() => _free.Take(_stop.Token);

    /// <summary>Hands a filled batch to the workers and to the in-order queue.</summary>
    public void Post(RowBatch batch)
    {
        batch.Sequence = _sequence++;
        _ordered.Add(batch, _stop.Token);
        _toParse.Add(batch, _stop.Token);
    }

    /// <summary>The next batch in file order, once parsed.</summary>
    public RowBatch Next()
    {
        RowBatch batch = _ordered.Take();
        batch.Parsed.Wait();
        return batch;
    }

    /// <summary>Gives a consumed batch back for reuse.</summary>
    public void Return(RowBatch batch)
    {
        batch.Reset();
        _free.Add(batch);
    }

    /// <summary>Stops the threads and waits for them (the tokeniser finishes the record it is reading).</summary>
    public void Dispose()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        _stop.Cancel();
        foreach (Thread t in _threads)
        {
            if (t.ThreadState != ThreadState.Unstarted)
            {
                t.Join();
            }
        }

        _stop.Dispose();
    }

    private void Work(AcledRowParser parser)
    {
        var source = new BatchFieldSource();
        try
        {
            foreach (RowBatch batch in _toParse.GetConsumingEnumerable(_stop.Token))
            {
                Parse(parser, source, batch, _hashIds);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped by the consumer.
        }
    }

    private static void Parse(AcledRowParser parser, BatchFieldSource source, RowBatch batch, bool hashIds)
    {
        var issues = new IssueCollector(int.MaxValue);
        parser.Issues = issues;
        int e = 0;
        try
        {
            RowEntry[] entries = batch.Entries;
            for (; e < batch.Count; e++)
            {
                ref RowEntry entry = ref entries[e];
                if (entry.Kind == RowKind.Row)
                {
                    source.Set(batch, entry.FirstField, entry.Fields);
                    long unmatched = parser.UnmatchedPlaces;
                    ConflictIncident? incident = null;
                    if (batch.Values is { } values)
                    {
                        entry.Accepted = parser.Validate(source, entry.Line, ref values[e]);
                    }
                    else
                    {
                        incident = parser.Parse(source, entry.Line);
                        batch.Incidents[e] = incident;
                        entry.Accepted = incident is not null;
                    }

                    entry.Unmatched = parser.UnmatchedPlaces != unmatched;
                    if (hashIds && incident is not null)
                    {
                        batch.IdHashes[e] = IncidentSet.HashId(incident.Id);
                    }
                }

                entry.IssueEnd = issues.Issues.Count;
            }
        }
        catch (Exception ex)
        {
            batch.Error = ExceptionDispatchInfo.Capture(ex);
            batch.ErrorAt = e;
            if (e < batch.Count)
            {
                batch.Entries[e].IssueEnd = issues.Issues.Count;
            }
        }
        finally
        {
            batch.Issues = issues.Issues;
            batch.Parsed.Set();
        }
    }

    private sealed class BatchFieldSource : AcledFieldSource
    {
        private RowBatch _batch = null!;
        private int _first;
        private int _count;

        public void Set(RowBatch batch, int first, int count) => (_batch, _first, _count) = (batch, first, count);

        public override ReadOnlySpan<byte> Get(int index) => index < _count ? _batch.Field(_first + index) : default;
    }
}
