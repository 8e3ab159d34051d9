using NodaTime;

namespace SahelReports.Synthetic;

/// <summary>
/// One SYNTHETIC event with the field values of a current ACLED export row (DESIGN.md §3.1).
/// Text fields hold exactly what is written to the file (before CSV quoting).
/// </summary>
/// <remarks><para>Nothing here comes from a real ACLED row: every value is generated or written by hand for the seed story.</para></remarks>
public sealed record SyntheticAcledEvent
{
    /// <summary>Gets the event id, such as <c>MLI100023</c> (country prefix and number).</summary>
    public required string EventIdCnty { get; init; }

    /// <summary>Gets the event date.</summary>
    public required LocalDate EventDate { get; init; }

    /// <summary>Gets the time precision, 1 (day) to 3 (month).</summary>
    public required int TimePrecision { get; init; }

    /// <summary>Gets the disorder type name, such as <c>Political violence</c>.</summary>
    public required string DisorderType { get; init; }

    /// <summary>Gets the event type name, such as <c>Battles</c>.</summary>
    public required string EventType { get; init; }

    /// <summary>Gets the sub-event type name, such as <c>Armed clash</c>.</summary>
    public required string SubEventType { get; init; }

    /// <summary>Gets the first actor.</summary>
    public required string Actor1 { get; init; }

    /// <summary>Gets the associated actors of the first actor (<c>; </c>-separated), or an empty string.</summary>
    public string AssocActor1 { get; init; } = "";

    /// <summary>Gets the first actor's type code, 1 to 8.</summary>
    public required int Inter1 { get; init; }

    /// <summary>Gets the second actor, or an empty string.</summary>
    public string Actor2 { get; init; } = "";

    /// <summary>Gets the associated actors of the second actor, or an empty string.</summary>
    public string AssocActor2 { get; init; } = "";

    /// <summary>Gets the second actor's type code, 1 to 8, or 0 when there is no second actor.</summary>
    public int Inter2 { get; init; }

    /// <summary>Gets a value indicating whether ACLED's <c>civilian_targeting</c> column says <c>Civilian targeting</c>.</summary>
    public bool CivilianTargeting { get; init; }

    /// <summary>Gets the ISO 3166-1 numeric country code (Mali 466, Burkina Faso 854, Niger 562).</summary>
    public required int IsoNumeric { get; init; }

    /// <summary>Gets the ACLED region, such as <c>Western Africa</c>.</summary>
    public string Region { get; init; } = "Western Africa";

    /// <summary>Gets the country name (English).</summary>
    public required string Country { get; init; }

    /// <summary>Gets the admin1 name as written (accented or an ASCII spelling).</summary>
    public required string Admin1 { get; init; }

    /// <summary>Gets the admin2 name as written, or an empty string.</summary>
    public string Admin2 { get; init; } = "";

    /// <summary>Gets the admin3 name, or an empty string.</summary>
    public string Admin3 { get; init; } = "";

    /// <summary>Gets the location name.</summary>
    public required string Location { get; init; }

    /// <summary>Gets the latitude in degrees (4 decimals are written).</summary>
    public required double Latitude { get; init; }

    /// <summary>Gets the longitude in degrees (4 decimals are written).</summary>
    public required double Longitude { get; init; }

    /// <summary>Gets the geo precision, 1 (exact town) to 3 (region).</summary>
    public required int GeoPrecision { get; init; }

    /// <summary>Gets the source names.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the source scale.</summary>
    public required string SourceScale { get; init; }

    /// <summary>Gets the notes (may contain commas and double quotes).</summary>
    public required string Notes { get; init; }

    /// <summary>Gets the reported fatalities (0 means none reported).</summary>
    public required int Fatalities { get; init; }

    /// <summary>Gets the tags, or an empty string.</summary>
    public string Tags { get; init; } = "";

    /// <summary>Gets the Unix timestamp (seconds) of the row's last edit.</summary>
    public required long Timestamp { get; init; }

    /// <summary>Gets the P-code of the admin1 area the event was placed in, or an empty string in a neighbouring country
    /// (not written to the file; for test oracles).</summary>
    public required string Admin1PCode { get; init; }

    /// <summary>Gets the P-code of the admin2 area, or an empty string when unknown (not written to the file; for test oracles).</summary>
    public string Admin2PCode { get; init; } = "";

    /// <summary>Gets the ISO alpha-3 code of the country (not written to the file; for test oracles).</summary>
    public required string CountryAlpha3 { get; init; }
}
