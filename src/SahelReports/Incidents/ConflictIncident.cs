using System.Diagnostics.CodeAnalysis;
using NodaTime;
using SahelReports.Incidents.Internal;

namespace SahelReports.Incidents;

/// <summary>One conflict incident (an ACLED event, or an event from a compatible source).</summary>
/// <remarks>
/// <para><see cref="Fatalities"/> is the most conservative figure reported by the sources. <b>0 means "none reported"</b>,
/// not "nobody died": reports must say so.</para>
/// <para>An incident keeps the <see cref="Timestamp"/> of the revision it came from and how many revisions of it were seen
/// (<see cref="Revisions"/>); <see cref="IncidentSet"/> keeps the newest.</para>
/// </remarks>
public sealed record ConflictIncident
{
    private readonly CompactText _notes;
    private IncidentCoding _coding = IncidentCoding.None;

    /// <summary>Creates an incident; set the required properties.</summary>
    public ConflictIncident()
    {
    }

    /// <summary>Creates an incident whose coding (precision, taxonomy, actors, interaction, civilian targeting) is shared (for the importer).</summary>
#pragma warning disable CS8618 // Actor1 reads coding.Actor1, which the importer always sets.
    [SetsRequiredMembers]
    internal ConflictIncident(string id, LocalDate date, IncidentCoding coding, IncidentLocation location, int fatalities)
#pragma warning restore CS8618
    {
        Id = id;
        Date = date;
        _coding = coding;
        Location = location;
        Fatalities = fatalities;
    }

    /// <summary>Copies an incident (<see langword="with"/>): the coding is shared and frozen, so the copy clones it on its first
    /// change and no longer refers to <paramref name="original"/> (a coding still owned by it would keep it alive).</summary>
#pragma warning disable CS8618 // Actor1 reads the coding's Actor1, copied with it.
    [SetsRequiredMembers]
    private ConflictIncident(ConflictIncident original)
#pragma warning restore CS8618
    {
        _coding = original._coding.Freeze();
        _notes = original._notes;
        Id = original.Id;
        Date = original.Date;
        Location = original.Location;
        Fatalities = original.Fatalities;
        Source = original.Source;
        SourceScale = original.SourceScale;
        Tags = original.Tags;
        Timestamp = original.Timestamp;
        Revisions = original.Revisions;
    }

    /// <summary>The coding in its stored form (for the importer and equality).</summary>
    internal IncidentCoding Coding => _coding;

    /// <summary>Gets the stable event id (ACLED's <c>event_id_cnty</c>, for example <c>MLI12345</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the event date.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets how precisely the date is known.</summary>
    public required TimePrecision TimePrecision { get => _coding.TimePrecision; init => Writable().TimePrecision = value; }

    /// <summary>Gets the disorder type.</summary>
    public required DisorderType DisorderType { get => _coding.DisorderType; init => Writable().DisorderType = value; }

    /// <summary>Gets the event type.</summary>
    public required EventType EventType { get => _coding.EventType; init => Writable().EventType = value; }

    /// <summary>Gets the sub-event type.</summary>
    public required SubEventType SubEventType { get => _coding.SubEventType; init => Writable().SubEventType = value; }

    /// <summary>Gets the pre-2019 event type the incident was coded with, when it was mapped (see <see cref="AcledTaxonomy.LegacyEventTypes"/>).</summary>
    public string? LegacyEventType { get => _coding.LegacyEventType; init => Writable().LegacyEventType = value; }

    /// <summary>Gets the first actor.</summary>
    public required Actor Actor1 { get => _coding.Actor1; init => Writable().Actor1 = value; }

    /// <summary>Gets the second actor, or <see langword="null"/> for one-sided events (or a monadic row not yet merged).</summary>
    public Actor? Actor2 { get => _coding.Actor2; init => Writable().Actor2 = value; }

    /// <summary>Gets the interaction, derived from the actor types (ACLED's <c>interaction</c>).</summary>
    public Interaction? Interaction { get => _coding.Interaction; init => Writable().Interaction = value; }

    /// <summary>Gets a value indicating whether ACLED flags the event as targeting civilians (<c>civilian_targeting</c>).</summary>
    public bool CivilianTargeting { get => _coding.CivilianTargeting; init => Writable().CivilianTargeting = value; }

    /// <summary>Gets where the event happened.</summary>
    public required IncidentLocation Location { get; init; }

    /// <summary>Gets the reported fatalities: the most conservative figure; 0 means none were reported.</summary>
    public required int Fatalities { get; init; }

    /// <summary>Gets the sources, as given (ACLED separates them with <c>;</c>).</summary>
    public string? Source { get; init; }

    /// <summary>Gets the source scale (for example <c>National</c>, <c>Subnational-National</c>).</summary>
    public string? SourceScale { get; init; }

    /// <summary>Gets the free-text notes. Never echoed in import messages.</summary>
    /// <remarks>Notes are the largest part of an incident, so they are stored as UTF-8 (about half the memory of a string for
    /// these mostly-ASCII texts) and decoded on each read: keep the returned string rather than reading the property in a loop.
    /// Any string, including one with a lone surrogate, reads back exactly as it was set.</remarks>
    public string? Notes { get => _notes.ToString(); init => _notes = CompactText.FromString(value); }

    /// <summary>Gets the notes in their stored form (for the importer, which sets them from validated UTF-8 without decoding).</summary>
    internal CompactText NotesText { get => _notes; init => _notes = value; }

    /// <summary>Gets ACLED's tags (for example <c>crowd size=no report</c>), split on <c>;</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Gets the time this revision was last edited at the source (ACLED's <c>timestamp</c>), or <see langword="null"/>.</summary>
    public Instant? Timestamp { get; init; }

    /// <summary>Gets how many revisions of this event were seen across the imported files (1 for a single row).</summary>
    public int Revisions { get; init; } = 1;

    private IncidentCoding Writable() => _coding = _coding.WritableBy(this);
}
