using System.Collections.Frozen;

namespace SahelReports.Geography.Internal;

/// <summary>
/// Bounding boxes of the countries the built-in gazetteer covers, to flag coordinates that cannot be in the stated country
/// (latitude and longitude swapped, 0,0 written for "unknown", a place of another country). A box is coarse: it catches
/// gross errors, not a point a few kilometres across a border.
/// </summary>
internal static class CountryBounds
{
    /// <summary>The margin added on every side, in degrees (about 28 km), so events on a border are never flagged.</summary>
    public const double Margin = 0.25;

    // South, north, west, east in degrees, from the countries' COD-AB outlines (rounded outwards to 0.01°).
    private static readonly FrozenDictionary<string, (double South, double North, double West, double East)> s_boxes =
        new Dictionary<string, (double, double, double, double)>(StringComparer.Ordinal)
        {
            ["BFA"] = (9.39, 15.09, -5.53, 2.41),
            ["MLI"] = (10.14, 25.01, -12.25, 4.27),
            ["NER"] = (11.69, 23.53, 0.16, 16.00),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Returns <see langword="false"/> when the point is 0,0 (a missing value written as zeros: no country is there) or lies
    /// outside the box of <paramref name="countryAlpha3"/> widened by <see cref="Margin"/>; <see langword="true"/> otherwise,
    /// including for countries without a box.
    /// </summary>
    public static bool IsPlausible(string countryAlpha3, double latitude, double longitude)
    {
        if (latitude == 0 && longitude == 0)
        {
            return false;
        }

        return !s_boxes.TryGetValue(countryAlpha3, out var b)
            || (latitude >= b.South - Margin && latitude <= b.North + Margin && longitude >= b.West - Margin && longitude <= b.East + Margin);
    }

    /// <summary>Returns <see langword="true"/> when the point is implausible as given but plausible with latitude and longitude swapped.</summary>
    public static bool LooksSwapped(string countryAlpha3, double latitude, double longitude) =>
        !IsPlausible(countryAlpha3, latitude, longitude) && s_boxes.ContainsKey(countryAlpha3) && IsPlausible(countryAlpha3, longitude, latitude);
}
