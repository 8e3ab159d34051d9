namespace SahelReports.Pdf.Maps.Internal;

/// <summary>
/// Equirectangular projection with the longitude scaled by cos(φ0) at the frame's middle latitude: between 5°N and 25°N the
/// east-west scale error stays under 7 % at the frame edges, the Sahel keeps its familiar shape, and a degree grid stays straight.
/// Fits a geographic extent to a frame in points, widening the short side so the scale is the same in x and y.
/// </summary>
internal sealed class MapProjection
{
    private const double KmPerDegree = 111.32;
    private readonly double _cos;
    private readonly double _scale;

    /// <summary>Creates the projection that shows at least the given extent in a frame of the given size.</summary>
    public MapProjection(double west, double east, double south, double north, float width, float height)
    {
        Width = width;
        Height = height;
        _cos = Math.Cos((south + north) / 2 * Math.PI / 180);
        double spanX = (east - west) * _cos;
        double spanY = north - south;
        double aspect = width / height;
        if (spanX / spanY < aspect)
        {
            double extra = ((spanY * aspect) - spanX) / _cos / 2;
            west -= extra;
            east += extra;
        }
        else
        {
            double extra = ((spanX / aspect) - spanY) / 2;
            south -= extra;
            north += extra;
        }

        West = west;
        East = east;
        South = south;
        North = north;
        _scale = width / ((east - west) * _cos);
    }

    public double West { get; }

    public double East { get; }

    public double South { get; }

    public double North { get; }

    public float Width { get; }

    public float Height { get; }

    /// <summary>Gets the kilometres one point of the map stands for (east-west at the middle latitude, and north-south).</summary>
    public double KmPerPoint => KmPerDegree / _scale;

    /// <summary>Gets the frame x of a longitude, from the frame's left edge.</summary>
    public float X(double longitude) => (float)((longitude - West) * _cos * _scale);

    /// <summary>Gets the frame y of a latitude, from the frame's top edge.</summary>
    public float Y(double latitude) => (float)((North - latitude) * _scale);

    /// <summary>Gets the longitude at a frame x (the inverse of <see cref="X"/>).</summary>
    public double Longitude(float x) => West + (x / _scale / _cos);

    /// <summary>Gets the latitude at a frame y (the inverse of <see cref="Y"/>).</summary>
    public double Latitude(float y) => North - (y / _scale);

    /// <summary>Gets the height a frame of <paramref name="width"/> needs to show the extent without widening it.</summary>
    public static float NaturalHeight(double west, double east, double south, double north, float width)
    {
        double cos = Math.Cos((south + north) / 2 * Math.PI / 180);
        return (float)(width * (north - south) / ((east - west) * cos));
    }
}
