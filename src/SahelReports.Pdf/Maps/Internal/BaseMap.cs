using System.Text;

namespace SahelReports.Pdf.Maps.Internal;

/// <summary>A closed ring of a country outline, in degrees: longitudes and latitudes of its corners (first not repeated at the end).</summary>
internal sealed record GeoRing(double[] Longitudes, double[] Latitudes)
{
    private readonly double _south = Latitudes.Min();
    private readonly double _north = Latitudes.Max();
    private readonly double _east = Longitudes.Max();

    /// <summary>Gets the number of corners.</summary>
    public int Count => Longitudes.Length;

    /// <summary>Even-odd crossing test: whether a horizontal ray from the point crosses the ring an odd number of times.</summary>
    public bool Crosses(double longitude, double latitude)
    {
        if (latitude < _south || latitude > _north || longitude > _east)
        {
            return false; // the eastward ray cannot meet the ring
        }

        bool inside = false;
        for (int i = 0, j = Count - 1; i < Count; j = i++)
        {
            double yi = Latitudes[i];
            double yj = Latitudes[j];
            if ((yi > latitude) != (yj > latitude))
            {
                double x = Longitudes[i] + ((latitude - yi) / (yj - yi) * (Longitudes[j] - Longitudes[i]));
                if (longitude < x)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }
}

/// <summary>A country outline from the embedded Natural Earth base map: polygons of rings (the first ring of each polygon is
/// its outline, the others holes), with the country's ISO codes and names.</summary>
internal sealed class CountryShape
{
    public CountryShape(string alpha3, int numeric, string nameEn, string nameFr, IReadOnlyList<IReadOnlyList<GeoRing>> polygons)
    {
        Alpha3 = alpha3;
        Numeric = numeric;
        NameEn = nameEn;
        NameFr = nameFr;
        Polygons = polygons;
        IEnumerable<GeoRing> rings = polygons.SelectMany(p => p);
        West = rings.Min(r => r.Longitudes.Min());
        East = polygons.SelectMany(p => p).Max(r => r.Longitudes.Max());
        South = polygons.SelectMany(p => p).Min(r => r.Latitudes.Min());
        North = polygons.SelectMany(p => p).Max(r => r.Latitudes.Max());
        GeoRing main = polygons.Select(p => p[0]).MaxBy(r => r.Count)!;
        MainWest = main.Longitudes.Min();
        MainEast = main.Longitudes.Max();
        MainSouth = main.Latitudes.Min();
        MainNorth = main.Latitudes.Max();
    }

    public string Alpha3 { get; }

    public int Numeric { get; }

    public string NameEn { get; }

    public string NameFr { get; }

    public IReadOnlyList<IReadOnlyList<GeoRing>> Polygons { get; }

    public double West { get; }

    public double East { get; }

    public double South { get; }

    public double North { get; }

    /// <summary>Gets the bounds of the largest polygon (the mainland): a map frames these, not far islands.</summary>
    public double MainWest { get; }

    public double MainEast { get; }

    public double MainSouth { get; }

    public double MainNorth { get; }

    /// <summary>Whether the point lies inside the outline (inside an odd number of rings of one polygon: holes excluded).</summary>
    public bool Contains(double latitude, double longitude)
    {
        if (longitude < West || longitude > East || latitude < South || latitude > North)
        {
            return false;
        }

        foreach (IReadOnlyList<GeoRing> polygon in Polygons)
        {
            bool inside = false;
            foreach (GeoRing ring in polygon)
            {
                if (ring.Crosses(longitude, latitude))
                {
                    inside = !inside;
                }
            }

            if (inside)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the name in the language code (<c>fr</c> for French, English otherwise).</summary>
    public string Name(string languageCode) => string.Equals(languageCode, "fr", StringComparison.Ordinal) ? NameFr : NameEn;
}

/// <summary>
/// The embedded base map: Natural Earth 1:50m country outlines of West Africa and the Sahel (public domain), converted from
/// the npm package world-atlas 2.0.2 by <c>tools/maps/convert.mjs</c> (format documented there and in docs/maps.md).
/// Loaded once; immutable and thread-safe.
/// </summary>
internal sealed class BaseMap
{
    private const string ResourceName = "SahelReports.Pdf.Maps.Data.countries-sahel.bin";
    private static readonly Lazy<BaseMap> s_default = new(() => Load(typeof(BaseMap).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded base map '{ResourceName}' is missing from the assembly.")));

    private readonly Dictionary<string, CountryShape> _byAlpha3;

    private BaseMap(IReadOnlyList<CountryShape> countries)
    {
        Countries = countries;
        _byAlpha3 = countries.ToDictionary(c => c.Alpha3, StringComparer.Ordinal);
    }

    /// <summary>Gets the embedded base map.</summary>
    public static BaseMap Default => s_default.Value;

    /// <summary>Gets the countries, ordered by ISO alpha-3.</summary>
    public IReadOnlyList<CountryShape> Countries { get; }

    /// <summary>Gets a country by ISO alpha-3, or <see langword="null"/> when the base map does not hold it.</summary>
    public CountryShape? Find(string alpha3) => _byAlpha3.GetValueOrDefault(alpha3);

    /// <summary>Gets the country whose outline contains the point, or <see langword="null"/> (sea, or outside the base map).</summary>
    public CountryShape? CountryAt(double latitude, double longitude) => Countries.FirstOrDefault(c => c.Contains(latitude, longitude));

    /// <summary>Reads the binary format written by <c>tools/maps/convert.mjs</c>.</summary>
    public static BaseMap Load(Stream stream)
    {
        using (stream)
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            byte[] data = memory.ToArray();
            int pos = 0;
            if (data.Length < 5 || Encoding.ASCII.GetString(data, 0, 4) != "SRM1" || data[4] != 1)
            {
                throw new InvalidDataException("The base map resource does not start with 'SRM1' version 1.");
            }

            pos = 5;
            int count = (int)VarInt(data, ref pos);
            var countries = new List<CountryShape>(count);
            for (int c = 0; c < count; c++)
            {
                string alpha3 = Encoding.ASCII.GetString(data, pos, 3);
                pos += 3;
                int numeric = (int)VarInt(data, ref pos);
                string en = Text(data, ref pos);
                string fr = Text(data, ref pos);
                var polygons = new List<IReadOnlyList<GeoRing>>();
                long polygonCount = VarInt(data, ref pos);
                for (long p = 0; p < polygonCount; p++)
                {
                    var rings = new List<GeoRing>();
                    long ringCount = VarInt(data, ref pos);
                    for (long r = 0; r < ringCount; r++)
                    {
                        int points = (int)VarInt(data, ref pos);
                        var lon = new double[points];
                        var lat = new double[points];
                        long x = 0;
                        long y = 0;
                        for (int i = 0; i < points; i++)
                        {
                            x += ZigZag(VarInt(data, ref pos));
                            y += ZigZag(VarInt(data, ref pos));
                            lon[i] = x / 1000.0;
                            lat[i] = y / 1000.0;
                        }

                        rings.Add(new GeoRing(lon, lat));
                    }

                    polygons.Add(rings);
                }

                countries.Add(new CountryShape(alpha3, numeric, en, fr, polygons));
            }

            if (pos != data.Length)
            {
                throw new InvalidDataException($"The base map resource has {data.Length - pos} bytes after its last country.");
            }

            return new BaseMap(countries);
        }
    }

    private static long VarInt(byte[] data, ref int pos)
    {
        long value = 0;
        int shift = 0;
        while (true)
        {
            byte b = data[pos++];
            value |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }

            shift += 7;
        }
    }

    private static long ZigZag(long v) => (v & 1) == 0 ? v >> 1 : -((v + 1) >> 1);

    private static string Text(byte[] data, ref int pos)
    {
        int length = (int)VarInt(data, ref pos);
        string s = Encoding.UTF8.GetString(data, pos, length);
        pos += length;
        return s;
    }
}
