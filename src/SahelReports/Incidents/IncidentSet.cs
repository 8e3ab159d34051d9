using System.Collections;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace SahelReports.Incidents;

/// <summary>
/// A set of incidents keyed by their stable id: rows with an id already present are merged, never double counted.
/// </summary>
/// <remarks>
/// <para>In dyadic data (one row per event) the same id can appear several times when an event was edited: the row with the
/// newest <see cref="ConflictIncident.Timestamp"/> wins and <see cref="ConflictIncident.Revisions"/> counts the revisions seen.
/// In monadic data (one row per actor) the two rows of one event are merged with <see cref="MergeMonadic"/>: the second
/// row's actor becomes <see cref="ConflictIncident.Actor2"/> and the fatalities are counted once.</para>
/// <para>Enumeration follows first insertion. The set is not thread-safe for writing; once filled, concurrent reads are safe.</para>
/// </remarks>
public sealed class IncidentSet : IReadOnlyCollection<ConflictIncident>
{
    // The index: open addressing with linear probing over a power-of-two table, at most 3/4 full. A slot holds the id's hash
    // (high 32 bits) and the incident's position + 1 (low 32 bits); 0 is an empty slot. Keeping the hash in the slot means a
    // new id is inserted without reading any stored incident or id (a million-row import is bound by such cache misses),
    // and growing never rehashes a string. The hash is the process's randomised ordinal string hash (flooding-resistant).
    private long[] _slots;
    private int _mask;
    private readonly List<ConflictIncident> _items;

    /// <summary>Creates an empty set.</summary>
    public IncidentSet()
        : this(0)
    {
    }

    /// <summary>Creates an empty set with room for <paramref name="capacity"/> incidents.</summary>
    /// <param name="capacity">The expected number of incidents.</param>
    public IncidentSet(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _slots = new long[TableSize(capacity)];
        _mask = _slots.Length - 1;
        _items = new List<ConflictIncident>(capacity);
    }

    /// <summary>Creates a set from incidents, merging repeated ids as <see cref="Upsert"/> does.</summary>
    /// <param name="incidents">The incidents.</param>
    public IncidentSet(IEnumerable<ConflictIncident> incidents)
        : this(0)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        foreach (ConflictIncident incident in incidents)
        {
            Upsert(incident);
        }
    }

    /// <summary>Gets the number of distinct incidents.</summary>
    public int Count => _items.Count;

    /// <summary>Gets the sum of reported fatalities over distinct incidents.</summary>
    public long TotalFatalities
    {
        get
        {
            long total = 0;
            foreach (ConflictIncident i in _items)
            {
                total += i.Fatalities;
            }

            return total;
        }
    }

    /// <summary>Makes room for at least <paramref name="capacity"/> incidents in all (the importer's estimate from the file size):
    /// growing a million-entry index by doubling costs a copy and up to twice the memory it needs.</summary>
    internal void EnsureCapacity(int capacity)
    {
        if (TableSize(capacity) > _slots.Length)
        {
            Rehash(TableSize(capacity));
        }

        _items.EnsureCapacity(capacity);
    }

    /// <summary>The hash <see cref="UpsertHashed"/> expects for an id: computed where the id was just built
    /// (the importer's parsing threads), so the thread that fills the set does not read the id again.</summary>
    internal static int HashId(string id) => StringComparer.Ordinal.GetHashCode(id);

    /// <summary>Looks up an incident by id.</summary>
    /// <param name="id">The event id.</param>
    /// <param name="incident">The incident, when present.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out ConflictIncident? incident)
    {
        ArgumentNullException.ThrowIfNull(id);
        int hash = HashId(id);
        for (int slot = hash & _mask; _slots[slot] != 0; slot = (slot + 1) & _mask)
        {
            long entry = _slots[slot];
            if (HashOf(entry) == hash && string.Equals(_items[PositionOf(entry)].Id, id, StringComparison.Ordinal))
            {
                incident = _items[PositionOf(entry)];
                return true;
            }
        }

        incident = null;
        return false;
    }

    /// <summary>Adds a dyadic row, or merges it with the stored incident of the same id (the newest timestamp wins).</summary>
    /// <param name="incident">The incident row.</param>
    /// <returns>What was done with the row.</returns>
    public IncidentUpsertOutcome Upsert(ConflictIncident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return UpsertHashed(incident, HashId(incident.Id));
    }

    /// <summary><see cref="Upsert(ConflictIncident)"/> with the id's <see cref="HashId"/> already computed.</summary>
    internal IncidentUpsertOutcome UpsertHashed(ConflictIncident incident, int idHash)
    {
        if (TryAdd(incident, idHash, out int i))
        {
            return IncidentUpsertOutcome.Added;
        }

        ConflictIncident existing = _items[i];
        int cmp = CompareRevisions(incident, existing);
        if (cmp > 0)
        {
            _items[i] = incident with { Revisions = existing.Revisions + 1 };
            return IncidentUpsertOutcome.Replaced;
        }

        if (cmp < 0)
        {
            _items[i] = existing with { Revisions = existing.Revisions + 1 };
            return IncidentUpsertOutcome.KeptNewer;
        }

        return SameContent(incident, existing) ? IncidentUpsertOutcome.Duplicate : IncidentUpsertOutcome.ConflictingDuplicate;
    }

    /// <summary>Adds a monadic row (one actor per row), merging it with the other actor's row of the same event.</summary>
    /// <param name="row">The row; its <see cref="ConflictIncident.Actor1"/> is the row's actor.</param>
    /// <returns><see cref="IncidentUpsertOutcome.Added"/> for the first row of an event, <see cref="IncidentUpsertOutcome.MergedMonadic"/>
    /// for its other actor, or a revision outcome as for <see cref="Upsert"/> when the timestamps differ.</returns>
    public IncidentUpsertOutcome MergeMonadic(ConflictIncident row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return MergeMonadicHashed(row, HashId(row.Id));
    }

    /// <summary><see cref="MergeMonadic(ConflictIncident)"/> with the id's <see cref="HashId"/> already computed.</summary>
    internal IncidentUpsertOutcome MergeMonadicHashed(ConflictIncident row, int idHash)
    {
        if (TryAdd(row, idHash, out int i))
        {
            return IncidentUpsertOutcome.Added;
        }

        ConflictIncident existing = _items[i];
        int cmp = CompareRevisions(row, existing);
        if (cmp == 0)
        {
            if (existing.Actor2 is null && !existing.Actor1.Equals(row.Actor1))
            {
                _items[i] = existing with { Actor2 = row.Actor1, Interaction = row.Interaction ?? existing.Interaction };
            }

            return IncidentUpsertOutcome.MergedMonadic;
        }

        if (cmp > 0)
        {
            // A newer revision: take its fields, keep the other actor seen so far.
            Actor? other = existing.Actor1.Equals(row.Actor1) ? existing.Actor2 : existing.Actor1;
            _items[i] = row with { Actor2 = row.Actor2 ?? other, Revisions = existing.Revisions + 1 };
            return IncidentUpsertOutcome.Replaced;
        }

        _items[i] = existing with { Revisions = existing.Revisions + 1 };
        return IncidentUpsertOutcome.KeptNewer;
    }

    /// <inheritdoc/>
    public IEnumerator<ConflictIncident> GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Adds the incident when its id is new (one probe sequence either way); otherwise gives the stored one's position.</summary>
    private bool TryAdd(ConflictIncident incident, int hash, out int index)
    {
        Debug.Assert(hash == HashId(incident.Id), "The id hash must be HashId(incident.Id).");
        if (_items.Count >= (_slots.Length >> 2) * 3)
        {
            Rehash(_slots.Length * 2);
        }

        long[] slots = _slots;
        int mask = _mask;
        int slot = hash & mask;
        while (true)
        {
            long entry = slots[slot];
            if (entry == 0)
            {
                index = _items.Count;
                slots[slot] = Entry(hash, index);
                _items.Add(incident);
                return true;
            }

            if (HashOf(entry) == hash && string.Equals(_items[PositionOf(entry)].Id, incident.Id, StringComparison.Ordinal))
            {
                index = PositionOf(entry);
                return false;
            }

            slot = (slot + 1) & mask;
        }
    }

    private static long Entry(int hash, int position) => unchecked(((long)hash << 32) | (uint)(position + 1));

    private static int HashOf(long entry) => unchecked((int)(entry >> 32));

    private static int PositionOf(long entry) => unchecked((int)(uint)entry) - 1;

    /// <summary>The table length for <paramref name="capacity"/> incidents: a power of two, at most 3/4 full.</summary>
    private static int TableSize(int capacity) =>
        (int)Math.Min(BitOperations.RoundUpToPowerOf2((uint)Math.Max(16L, ((long)capacity * 4 / 3) + 1)), 1u << 30);

    /// <summary>Moves every entry into a table of <paramref name="size"/> slots (from the stored hashes: no id is read).</summary>
    private void Rehash(int size)
    {
        if (size <= _slots.Length)
        {
            throw new InvalidOperationException("An IncidentSet holds at most 805,306,368 incidents.");
        }

        var slots = new long[size];
        int mask = size - 1;
        foreach (long entry in _slots)
        {
            if (entry != 0)
            {
                int slot = HashOf(entry) & mask;
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = entry;
            }
        }

        (_slots, _mask) = (slots, mask);
    }

    private static int CompareRevisions(ConflictIncident a, ConflictIncident b) =>
        Nullable.Compare(a.Timestamp, b.Timestamp);

    private static bool SameContent(ConflictIncident a, ConflictIncident b) =>
        a.Date == b.Date && a.SubEventType == b.SubEventType && a.Fatalities == b.Fatalities
        && a.Actor1.Equals(b.Actor1) && Equals(a.Actor2, b.Actor2) && a.Location == b.Location
        && a.NotesText.Equals(b.NotesText);
}
