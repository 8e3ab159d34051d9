using System.Diagnostics.CodeAnalysis;
using SahelReports.Geography;
using SahelReports.Incidents.Internal;

namespace SahelReports.Incidents;

/// <summary>Where an incident happened: names as given by the source, the P-codes they resolved to, and coordinates.</summary>
/// <remarks><para>Names are kept as the source wrote them (after NFC normalisation); the P-codes are set only when the
/// gazetteer matched the names without ambiguity. An unmatched name leaves its code <see langword="null"/>; nothing is guessed.</para>
/// <para>The country and admin names and codes are held in one object that the importer shares between the locations of the
/// same admin areas, so a location costs little more than its name and coordinates; equality compares values as before.</para></remarks>
public sealed record IncidentLocation
{
    private AdminNames _admin = AdminNames.None;

    /// <summary>Creates a location; set the required properties.</summary>
    public IncidentLocation()
    {
    }

    /// <summary>Copies a location (<see langword="with"/>): the admin names are shared and frozen, so the copy clones them on its
    /// first change and no longer refers to <paramref name="original"/>.</summary>
#pragma warning disable CS8618 // CountryAlpha3 reads the admin names' Country, copied with them.
    [SetsRequiredMembers]
    private IncidentLocation(IncidentLocation original)
#pragma warning restore CS8618
    {
        _admin = original._admin.Freeze();
        Name = original.Name;
        Latitude = original.Latitude;
        Longitude = original.Longitude;
        GeoPrecision = original.GeoPrecision;
    }

    /// <summary>Creates a location with shared admin names (for the importer).</summary>
#pragma warning disable CS8618 // CountryAlpha3 reads admin.Country, which the importer always sets.
    [SetsRequiredMembers]
    internal IncidentLocation(AdminNames admin, string? name, double latitude, double longitude, GeoPrecision geoPrecision)
#pragma warning restore CS8618
    {
        _admin = admin;
        Name = name;
        Latitude = latitude;
        Longitude = longitude;
        GeoPrecision = geoPrecision;
    }

    /// <summary>Gets the country's ISO alpha-3 code.</summary>
    public required string CountryAlpha3 { get => _admin.Country; init => Writable().Country = value; }

    /// <summary>Gets the admin1 name as given by the source (for example <c>Tillaberi</c>), or <see langword="null"/>.</summary>
    public string? Admin1 { get => _admin.Admin1; init => Writable().Admin1 = value; }

    /// <summary>Gets the admin2 name as given by the source, or <see langword="null"/>.</summary>
    public string? Admin2 { get => _admin.Admin2; init => Writable().Admin2 = value; }

    /// <summary>Gets the admin3 name as given by the source, or <see langword="null"/>.</summary>
    public string? Admin3 { get => _admin.Admin3; init => Writable().Admin3 = value; }

    /// <summary>Gets the P-code the admin1 name resolved to, or <see langword="null"/> when it could not be matched.</summary>
    public PCode? Admin1Code { get => _admin.Admin1Code; init => Writable().Admin1Code = value; }

    /// <summary>Gets the P-code the admin2 name resolved to, or <see langword="null"/> when it could not be matched.</summary>
    public PCode? Admin2Code { get => _admin.Admin2Code; init => Writable().Admin2Code = value; }

    /// <summary>Gets the location (town, village, area) name, or <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the latitude in decimal degrees (WGS 84).</summary>
    public required double Latitude { get; init; }

    /// <summary>Gets the longitude in decimal degrees (WGS 84).</summary>
    public required double Longitude { get; init; }

    /// <summary>Gets how precisely the location is known.</summary>
    public required GeoPrecision GeoPrecision { get; init; }

    private AdminNames Writable() => _admin = _admin.WritableBy(this);
}
