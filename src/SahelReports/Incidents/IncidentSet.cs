using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

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
    private readonly Dictionary<string, int> _index;
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
        _index = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
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
        _index.EnsureCapacity(capacity);
        _items.EnsureCapacity(capacity);
    }

    /// <summary>Looks up an incident by id.</summary>
    /// <param name="id">The event id.</param>
    /// <param name="incident">The incident, when present.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out ConflictIncident? incident)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_index.TryGetValue(id, out int i))
        {
            incident = _items[i];
            return true;
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
        if (TryAdd(incident, out int i))
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
        if (TryAdd(row, out int i))
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

    /// <summary>Adds the incident when its id is new (one hash look-up either way); otherwise gives the stored one's position.</summary>
    private bool TryAdd(ConflictIncident incident, out int index)
    {
        ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, incident.Id, out bool exists);
        if (exists)
        {
            index = slot;
            return false;
        }

        index = slot = _items.Count;
        _items.Add(incident);
        return true;
    }

    private static int CompareRevisions(ConflictIncident a, ConflictIncident b) =>
        Nullable.Compare(a.Timestamp, b.Timestamp);

    private static bool SameContent(ConflictIncident a, ConflictIncident b) =>
        a.Date == b.Date && a.SubEventType == b.SubEventType && a.Fatalities == b.Fatalities
        && a.Actor1.Equals(b.Actor1) && Equals(a.Actor2, b.Actor2) && a.Location == b.Location
        && a.NotesText.Equals(b.NotesText);
}
