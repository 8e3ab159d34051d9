using NodaTime;
using SahelReports.Geography;
using SahelReports.Incidents;

namespace SahelReports.Synthetic;

/// <summary>Turns generated events into the model directly, without writing and re-reading a file.</summary>
public static class SyntheticAcledEventExtensions
{
    /// <summary>
    /// Builds the <see cref="ConflictIncident"/> that the generated row describes, with the admin P-codes the generator
    /// placed it in: the oracle an importer's output can be compared with, and in-memory data for analysis benchmarks.
    /// </summary>
    /// <param name="e">The generated event.</param>
    /// <returns>The incident (names as written; P-codes from <see cref="SyntheticAcledEvent.Admin1PCode"/> and
    /// <see cref="SyntheticAcledEvent.Admin2PCode"/>, none in neighbouring countries).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is null.</exception>
    /// <exception cref="ArgumentException">A taxonomy name in the event is not ACLED's (a generator bug).</exception>
    public static ConflictIncident ToIncident(this SyntheticAcledEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        ActorType type1 = (ActorType)e.Inter1;
        ActorType? type2 = e.Inter2 == 0 ? null : (ActorType)e.Inter2;
        return new ConflictIncident
        {
            Id = e.EventIdCnty,
            Date = e.EventDate,
            TimePrecision = (TimePrecision)e.TimePrecision,
            DisorderType = AcledTaxonomy.TryParseDisorderType(e.DisorderType, out DisorderType d) ? d : throw Bad(e, e.DisorderType),
            EventType = AcledTaxonomy.TryParseEventType(e.EventType, out EventType t) ? t : throw Bad(e, e.EventType),
            SubEventType = AcledTaxonomy.TryParseSubEventType(e.SubEventType, out SubEventType s) ? s : throw Bad(e, e.SubEventType),
            Actor1 = new Actor(e.Actor1, type1, SplitList(e.AssocActor1)),
            Actor2 = e.Actor2.Length == 0 ? null : new Actor(e.Actor2, type2, SplitList(e.AssocActor2)),
            Interaction = type2 is { } second
                ? new Interaction((ActorType)Math.Min((int)type1, (int)second), (ActorType)Math.Max((int)type1, (int)second))
                : new Interaction(type1, null),
            CivilianTargeting = e.CivilianTargeting,
            Location = new IncidentLocation
            {
                CountryAlpha3 = e.CountryAlpha3,
                Admin1 = NullIfEmpty(e.Admin1),
                Admin2 = NullIfEmpty(e.Admin2),
                Admin3 = NullIfEmpty(e.Admin3),
                Admin1Code = e.Admin1PCode.Length == 0 ? null : new PCode(e.Admin1PCode),
                Admin2Code = e.Admin2PCode.Length == 0 ? null : new PCode(e.Admin2PCode),
                Name = e.Location,
                Latitude = e.Latitude,
                Longitude = e.Longitude,
                GeoPrecision = (GeoPrecision)e.GeoPrecision,
            },
            Fatalities = e.Fatalities,
            Source = NullIfEmpty(e.Source),
            SourceScale = NullIfEmpty(e.SourceScale),
            Notes = NullIfEmpty(e.Notes),
            Tags = SplitList(e.Tags),
            Timestamp = Instant.FromUnixTimeSeconds(e.Timestamp),
        };
    }

    private static string[] SplitList(string value) =>
        value.Length == 0 ? [] : value.Split("; ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static ArgumentException Bad(SyntheticAcledEvent e, string name) =>
        new($"Event {e.EventIdCnty} has '{name}', which is not an ACLED taxonomy name.", nameof(e));
}
