namespace SahelReports.Incidents;

/// <summary>How precisely ACLED knows an event's location (<c>geo_precision</c>).</summary>
public enum GeoPrecision
{
    /// <summary>1: the named town or village itself.</summary>
    Exact = 1,

    /// <summary>2: near the named place, or a part of a region with a nearby town as reference.</summary>
    Near = 2,

    /// <summary>3: only a larger region is known; the coordinates are the region's capital or centroid.</summary>
    Region = 3,
}
