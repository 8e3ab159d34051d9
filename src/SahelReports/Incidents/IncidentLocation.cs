using SahelReports.Geography;

namespace SahelReports.Incidents;

/// <summary>Where an incident happened: names as given by the source, the P-codes they resolved to, and coordinates.</summary>
/// <remarks><para>Names are kept as the source wrote them (after NFC normalisation); the P-codes are set only when the
/// gazetteer matched the names without ambiguity. An unmatched name leaves its code <see langword="null"/>; nothing is guessed.</para></remarks>
public sealed record IncidentLocation
{
    /// <summary>Gets the country's ISO alpha-3 code.</summary>
    public required string CountryAlpha3 { get; init; }

    /// <summary>Gets the admin1 name as given by the source (for example <c>Tillaberi</c>), or <see langword="null"/>.</summary>
    public string? Admin1 { get; init; }

    /// <summary>Gets the admin2 name as given by the source, or <see langword="null"/>.</summary>
    public string? Admin2 { get; init; }

    /// <summary>Gets the admin3 name as given by the source, or <see langword="null"/>.</summary>
    public string? Admin3 { get; init; }

    /// <summary>Gets the P-code the admin1 name resolved to, or <see langword="null"/> when it could not be matched.</summary>
    public PCode? Admin1Code { get; init; }

    /// <summary>Gets the P-code the admin2 name resolved to, or <see langword="null"/> when it could not be matched.</summary>
    public PCode? Admin2Code { get; init; }

    /// <summary>Gets the location (town, village, area) name, or <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the latitude in decimal degrees (WGS 84).</summary>
    public required double Latitude { get; init; }

    /// <summary>Gets the longitude in decimal degrees (WGS 84).</summary>
    public required double Longitude { get; init; }

    /// <summary>Gets how precisely the location is known.</summary>
    public required GeoPrecision GeoPrecision { get; init; }
}
