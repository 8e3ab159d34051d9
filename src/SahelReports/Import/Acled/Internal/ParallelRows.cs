using System.Runtime.CompilerServices;
using CsvHelper;
using SahelReports.Incidents;
using SahelReports.Internal;

namespace SahelReports.Import.Acled.Internal;

/// <summary>What a <see cref="ParsedRow{TValues}"/> stands for.</summary>
internal enum RowKind
{
    /// <summary>A record that was validated (accepted or rejected).</summary>
    Row,

    /// <summary>A record with the wrong number of fields (<see cref="ParsedRow{TValues}.FieldCount"/> is its field count).</summary>
    FieldCount,

    /// <summary>The HXL hashtag row right under the header: part of the header, not a data row.</summary>
    HxlTags,
}

/// <summary>The payload of a parallel read's rows that carry incidents, not values (see <see cref="ParsedRow{TValues}"/>).</summary>
internal struct NoValues;

/// <summary>
/// What a worker of a parallel read made of one CSV record (see <see cref="RowWorkers{TValues}"/>), taken back by the reader in
/// file order, where it does what the sequential read does per record: counts, issues, progress, and the incident or the values
/// it returns.
/// </summary>
/// <typeparam name="TValues"><see cref="AcledRowValues"/> for a streaming aggregate; <see cref="NoValues"/> for a read that
/// builds incidents (a row is then about 200 bytes smaller, and CsvHelper and the reader copy each row twice).</typeparam>
internal struct ParsedRow<TValues>
    where TValues : struct
{
    public RowKind Kind;
    public long Line;
    public long ByteOffset;
    public int FieldCount;

    /// <summary>Whether the row was accepted (its incident, or its values, are set).</summary>
    public bool Accepted;

    /// <summary>Whether the row was kept with an unmatched place.</summary>
    public bool Unmatched;

    /// <summary>The row's issues in the order the parser raised them, or <see langword="null"/> when there are none (most rows).</summary>
    public ImportIssue[]? Issues;

    /// <summary>The incident, unless the read keeps values for a streaming aggregate.</summary>
    public ConflictIncident? Incident;

    /// <summary><see cref="IncidentSet.HashId"/> of the incident's id, when the read hashes ids.</summary>
    public int IdHash;

    /// <summary>For a streaming aggregate: the accepted row's values, not built into an incident (see <see cref="AcledRowSink"/>).</summary>
    public TValues Values;
}

/// <summary>
/// The per-thread state of a parallel read: CsvHelper's <see cref="CsvReader.ParallelEnumerate{T}(Func{CsvReader, T}, int)"/> scans the input in order on
/// one thread at a time and hands each worker thread its own reader positioned on a record; each such reader gets its own
/// <see cref="AcledRowParser"/> (own pools and caches, whose results depend on the bytes alone, so which thread parses a record
/// does not change the result).
/// </summary>
/// <typeparam name="TValues">See <see cref="ParsedRow{TValues}"/>: with <see cref="AcledRowValues"/> rows are only validated.</typeparam>
internal sealed class RowWorkers<TValues>
    where TValues : struct
{
    private readonly Func<AcledRowParser> _createParser;
    private readonly int _headerCount;
    private readonly bool _hashIds;
    private readonly Lock _lock = new();
    private Worker[] _workers = [];

    /// <param name="createParser">Creates a parser for a new worker thread.</param>
    /// <param name="headerCount">The header's field count.</param>
    /// <param name="hashIds">Whether the workers hash the ids of the incidents they build.</param>
    public RowWorkers(Func<AcledRowParser> createParser, int headerCount, bool hashIds)
    {
        _createParser = createParser;
        _headerCount = headerCount;
        _hashIds = hashIds;
    }

    /// <summary>Whether rows are only validated and their values kept (a streaming aggregate); a constant for the JIT.</summary>
    private static bool KeepValues => typeof(TValues) == typeof(AcledRowValues);

    /// <summary>A row's values as what they are when <see cref="KeepValues"/>.</summary>
    public static ref AcledRowValues AsValues(ref TValues values) =>
        ref KeepValues ? ref Unsafe.As<TValues, AcledRowValues>(ref values) : ref Unreachable();

    private static ref AcledRowValues Unreachable() => throw new InvalidOperationException("This read does not keep values.");

    /// <summary>How many worker readers (so parsers, each with its own pools and caches) the read has used so far.</summary>
    public int Count => Volatile.Read(ref _workers).Length;

    /// <summary>Parses the record <paramref name="csv"/> is on (called concurrently, each thread with its own reader).</summary>
    public ParsedRow<TValues> Parse(CsvReader csv) => For(csv).Parse(csv);

    private Worker For(CsvReader csv)
    {
        // A handful of worker readers for the whole read: a scan of a published array, no lock once each thread has its worker.
        foreach (Worker w in Volatile.Read(ref _workers))
        {
            if (ReferenceEquals(w.Reader, csv))
            {
                return w;
            }
        }

        lock (_lock)
        {
            var worker = new Worker(this, csv, _createParser());
            Volatile.Write(ref _workers, [.. _workers, worker]);
            return worker;
        }
    }

    private sealed class Worker : AcledFieldSource
    {
        private readonly RowWorkers<TValues> _owner;
        private readonly AcledRowParser _parser;
        private readonly IssueCollector _issues = new(int.MaxValue);

        public Worker(RowWorkers<TValues> owner, CsvReader reader, AcledRowParser parser)
        {
            _owner = owner;
            Reader = reader;
            _parser = parser;
            _parser.Issues = _issues;
        }

        public CsvReader Reader { get; }

        public override ReadOnlySpan<byte> Get(int index) => index < Reader.FieldCount ? Reader.GetSpan(index) : default;

        public ParsedRow<TValues> Parse(CsvReader csv)
        {
            var row = new ParsedRow<TValues> { Line = csv.LineNumber, ByteOffset = csv.ByteOffset };
            int count = csv.FieldCount;
            if (count != _owner._headerCount && !AcledReader.ExtraFieldsEmpty(csv, _owner._headerCount, count))
            {
                row.Kind = RowKind.FieldCount;
                row.FieldCount = count;
                return row;
            }

            if (csv.RowNumber == 1 && AcledReader.IsHxlTagRow(csv, count))
            {
                row.Kind = RowKind.HxlTags;
                return row;
            }

            long unmatched = _parser.UnmatchedPlaces;
            if (KeepValues)
            {
                row.Accepted = _parser.Validate(this, row.Line, ref AsValues(ref row.Values));
            }
            else
            {
                ConflictIncident? incident = _parser.Parse(this, row.Line);
                row.Incident = incident;
                row.Accepted = incident is not null;
                if (_owner._hashIds && incident is not null)
                {
                    row.IdHash = IncidentSet.HashId(incident.Id);
                }
            }

            row.Unmatched = _parser.UnmatchedPlaces != unmatched;
            if (_issues.Issues.Count > 0)
            {
                row.Issues = [.. _issues.Issues];
                _issues.Clear();
            }

            return row;
        }
    }
}
