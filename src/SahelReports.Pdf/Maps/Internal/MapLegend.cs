using NodaTime;
using SahelReports.Geography;
using SahelReports.Reporting;
using SkiaSharp;

namespace SahelReports.Pdf.Maps.Internal;

/// <summary>One category of points in the legend: its label, colour and how many points of the map carry it.</summary>
internal sealed record LegendCategory(string Label, SKColor Color, int Count);

/// <summary>An area value placed at its admin1 capital (from the gazetteer).</summary>
internal sealed record PlacedArea(MapAreaValue Value, GeoPoint Location, string? Capital);

/// <summary>
/// What a map shows and its legend, computed from a <see cref="MapBlock"/>: point categories with their counts and colours,
/// the symbol scales, the area values that have a location and those that do not (named in the legend, never dropped silently).
/// </summary>
internal sealed class MapLegend
{
    /// <summary>Category colours, in order of category size: distinct hues that also differ in lightness for greyscale print.</summary>
    private static readonly SKColor[] s_palette =
    [
        new(0xB2, 0x18, 0x2B), new(0x1F, 0x4E, 0x79), new(0xE0, 0x8E, 0x0B), new(0x6A, 0x3D, 0x9A), new(0x2E, 0x8B, 0x57), new(0x7F, 0x7F, 0x7F),
        new(0x8C, 0x51, 0x0A), new(0x01, 0x66, 0x5E),
    ];

    public MapLegend(MapBlock map, Gazetteer gazetteer)
    {
        Categories = map.Points
            .GroupBy(p => p.Category, StringComparer.Ordinal)
            .Select(g => (Label: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Label, StringComparer.Ordinal)
            .Select((g, i) => new LegendCategory(g.Label, s_palette[i % s_palette.Length], g.Count))
            .ToArray();
        MaxWeight = map.Points.Count > 0 ? map.Points.Max(p => p.Weight) : 0;
        var placed = new List<PlacedArea>();
        var unplaced = new List<MapAreaValue>();
        foreach (MapAreaValue value in map.AreaValues)
        {
            if (gazetteer.TryGet(value.Area, out AdminArea? area) && area.CapitalLocation is { } location)
            {
                placed.Add(new PlacedArea(value, location, area.Capital));
            }
            else
            {
                unplaced.Add(value);
            }
        }

        Areas = placed;
        Unplaced = unplaced;
        MaxValue = map.AreaValues.Count > 0 ? map.AreaValues.Max(a => a.Value) : 0;
        LocalDate[] dates = map.AreaValues.Where(a => a.Date is not null).Select(a => a.Date!.Value).ToArray();
        Dates = dates.Length > 0 ? new DateInterval(dates.Min(), dates.Max()) : null;
    }

    /// <summary>Gets the point categories, largest first, with their counts (every point of the map in exactly one).</summary>
    public IReadOnlyList<LegendCategory> Categories { get; }

    /// <summary>Gets the largest point weight (0 when there are no points).</summary>
    public double MaxWeight { get; }

    /// <summary>Gets the largest area value (0 when there are none).</summary>
    public double MaxValue { get; }

    /// <summary>Gets the area values drawn, at their admin1 capitals.</summary>
    public IReadOnlyList<PlacedArea> Areas { get; }

    /// <summary>Gets the area values that have no known location: named under the legend.</summary>
    public IReadOnlyList<MapAreaValue> Unplaced { get; }

    /// <summary>Gets the span of the area values' dates, or <see langword="null"/> when they carry none.</summary>
    public DateInterval? Dates { get; }

    /// <summary>Gets the colour of a category.</summary>
    public SKColor ColorOf(string category) => Categories.First(c => string.Equals(c.Label, category, StringComparison.Ordinal)).Color;

    /// <summary>Legend reference values for proportional symbols up to <paramref name="max"/>: the maximum and one or two round
    /// values below it (a quarter and a twentieth of the maximum's order, rounded to 1, 2 or 5 times a power of ten).</summary>
    public static IReadOnlyList<double> ReferenceValues(double max)
    {
        if (max <= 0)
        {
            return [];
        }

        var values = new SortedSet<double> { max };
        foreach (double fraction in new[] { 0.25, 0.04 })
        {
            double nice = Nice(max * fraction);
            if (nice >= 1 && nice < max * 0.8)
            {
                values.Add(nice);
            }
        }

        return values.Reverse().ToArray();
    }

    private static double Nice(double value)
    {
        if (value < 1)
        {
            return 0;
        }

        double power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        double m = value / power;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
    }
}
