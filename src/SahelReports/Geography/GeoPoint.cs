using System.Globalization;

namespace SahelReports.Geography;

/// <summary>A point on the earth in decimal degrees (WGS 84), such as the approximate location of a regional capital.</summary>
/// <remarks><para>The constructor rejects latitudes outside −90…90, longitudes outside −180…180 and non-finite values,
/// so a <see cref="GeoPoint"/> is always a valid position. <see langword="default"/> is the point 0°, 0°.</para></remarks>
public readonly record struct GeoPoint
{
    /// <summary>Creates a point.</summary>
    /// <param name="latitude">The latitude in decimal degrees, from −90 (south) to 90 (north).</param>
    /// <param name="longitude">The longitude in decimal degrees, from −180 (west) to 180 (east).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="latitude"/> or <paramref name="longitude"/> is out of range or not finite.</exception>
    public GeoPoint(double latitude, double longitude)
    {
        Latitude = double.IsFinite(latitude) && latitude is >= -90 and <= 90 ? latitude : throw new ArgumentOutOfRangeException(
            nameof(latitude), latitude, "A latitude must be a finite number of decimal degrees between -90 and 90.");
        Longitude = double.IsFinite(longitude) && longitude is >= -180 and <= 180 ? longitude : throw new ArgumentOutOfRangeException(
            nameof(longitude), longitude, "A longitude must be a finite number of decimal degrees between -180 and 180.");
    }

    /// <summary>Gets the latitude in decimal degrees (positive north).</summary>
    public double Latitude { get; }

    /// <summary>Gets the longitude in decimal degrees (positive east).</summary>
    public double Longitude { get; }

    /// <summary>Returns the point as <c>latitude,longitude</c> with invariant digits, for example <c>14.49,-4.19</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Latitude:R},{Longitude:R}");
}
