using NodaTime;
using SahelReports.Geography;
using SahelReports.Incidents;
using SahelReports.Incidents.Internal;

namespace SahelReports.Import.Acled.Internal;

/// <summary>
/// The validated values of one accepted ACLED row, filled by <see cref="AcledRowParser.Validate"/>: what the incident will hold,
/// before any object is built. Strings are pooled (see <see cref="AcledText"/>) and actors cached, so filling it allocates
/// nothing for a repeated value. <see cref="AcledRowParser.Build"/> turns it into a <see cref="ConflictIncident"/>; a streaming
/// aggregate reads it directly (<see cref="AcledRowSink"/>).
/// </summary>
internal struct AcledRowValues
{
    /// <summary>The event id when it has been decoded (it is decoded only when an issue names it or the incident is built).</summary>
    public string? Id;

    /// <summary>For a streaming aggregate (<see cref="AcledRowParser.ValuesOnly"/>): the event id's <see cref="AcledIdKeys"/> key, with
    /// which the reader notices a repeated id; 0 otherwise.</summary>
    public long IdKey;
    public LocalDate Date;
    public TimePrecision TimePrecision;
    public DisorderType DisorderType;
    public EventType EventType;
    public SubEventType SubEventType;
    public string? LegacyEventType;
    public Actor Actor1;
    public Actor? Actor2;
    public Interaction? Interaction;
    public bool CivilianTargeting;

    /// <summary>The country's ISO alpha-3 code (one instance per country).</summary>
    public string Country;
    public string? Admin1;
    public string? Admin2;
    public string? Admin3;
    public string? Location;
    public PCode? Admin1Code;
    public PCode? Admin2Code;
    public double Latitude;
    public double Longitude;
    public GeoPrecision GeoPrecision;
    public int Fatalities;
    public string? Source;
    public string? SourceScale;
    public CompactText Notes;
    public string? Tags;
    public Instant? Timestamp;

    // The pooled values' ids (AcledText), for the parser's caches when it builds the incident.
    public int Admin1Id;
    public int Admin2Id;
    public int Admin3Id;
    public int LocationId;
    public int TagsId;

    /// <summary>The cached group the coding fields came from (<see cref="AcledRowParser.Build"/> shares its coding object), or
    /// <see langword="null"/>.</summary>
    public AcledRowParser.CodingGroup? CodingGroup;

    /// <summary>The cached group the country and admin names came from (<see cref="AcledRowParser.Build"/> shares its admin
    /// names), or <see langword="null"/>.</summary>
    public AcledRowParser.PlaceGroup? PlaceGroup;
}

/// <summary>Receives the validated values of each accepted row, in file order, instead of incidents (see
/// <see cref="AcledReader"/>'s streaming aggregation).</summary>
internal abstract class AcledRowSink
{
    /// <summary>Takes one accepted row. The values are valid only during the call.</summary>
    /// <param name="row">The row's values.</param>
    public abstract void Add(in AcledRowValues row);
}
