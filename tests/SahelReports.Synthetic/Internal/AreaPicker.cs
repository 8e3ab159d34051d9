using SahelReports.Geography;

namespace SahelReports.Synthetic.Internal;

/// <summary>Where a generated event happened, with the names as they are written to the file.</summary>
internal sealed record Place(
    Country Country, string Admin1PCode, string Admin1, string Admin2PCode, string Admin2, string Location,
    double Latitude, double Longitude, int GeoPrecision)
{
    public bool IsNeighbour => Admin1PCode.Length == 0;
}

/// <summary>Picks admin1 areas by conflict weight (rising for some), then a town or admin2 and a position.</summary>
internal sealed class AreaPicker
{
    private readonly AdminArea[] _admin1;
    private readonly double[] _baseWeight;
    private readonly bool[] _rising;
    private readonly AdminArea[][] _children;
    private readonly (Town Town, AdminArea Admin2)[][] _towns;
    private readonly double[] _cumulative;

    public AreaPicker(Gazetteer gazetteer)
    {
        _admin1 = gazetteer.GetAreas(1)
            .Where(a => a.CountryAlpha3 is "MLI" or "BFA" or "NER")
            .OrderBy(a => a.Code.Value, StringComparer.Ordinal)
            .ToArray();
        if (_admin1.Length == 0)
        {
            throw new ArgumentException("The gazetteer has no admin1 area of Mali, Burkina Faso or Niger.", nameof(gazetteer));
        }

        _baseWeight = _admin1.Select(a => Catalog.Admin1Weight.GetValueOrDefault(a.Code.Value, 1)).ToArray();
        _rising = _admin1.Select(a => Catalog.RisingAdmin1.Contains(a.Code.Value)).ToArray();
        _children = _admin1.Select(a => gazetteer.GetChildren(a.Code).OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToArray()).ToArray();
        _towns = new (Town, AdminArea)[_admin1.Length][];
        for (int i = 0; i < _admin1.Length; i++)
        {
            AdminArea[] children = _children[i];
            _towns[i] = Catalog.Towns.TryGetValue(_admin1[i].Code.Value, out Town[]? towns)
                ? towns.Select(t => (t, children.FirstOrDefault(c => string.Equals(c.Name, t.Admin2, StringComparison.Ordinal))
                    ?? throw new InvalidOperationException($"Catalog error: town {t.Name} names admin2 '{t.Admin2}', which is not a child of {_admin1[i].Code.Value} in the gazetteer."))).ToArray()
                : [];
        }

        _cumulative = new double[_admin1.Length];
    }

    public Place Pick(Random rng, double t, double asciiRate)
    {
        double total = 0;
        for (int i = 0; i < _admin1.Length; i++)
        {
            total += _baseWeight[i] * (_rising[i] ? 1 + 2.5 * t : 1);
            _cumulative[i] = total;
        }

        double u = rng.NextDouble() * total;
        int index = Array.BinarySearch(_cumulative, u);
        index = index < 0 ? Math.Min(~index, _admin1.Length - 1) : index;
        AdminArea area = _admin1[index];
        Country country = Countries.FromAlpha3(area.CountryAlpha3);
        GeoPoint capital = area.CapitalLocation
            ?? throw new InvalidOperationException($"The gazetteer gives no capital location for {area.Code.Value}.");

        int geoPrecision = AcledGenerator.Pick(rng, 0.72, 0.22) + 1;
        AdminArea[] children = _children[index];
        (Town Town, AdminArea Admin2)[] towns = _towns[index];
        string admin1 = Spell(rng, area, asciiRate);
        if (geoPrecision == 3 || children.Length == 0)
        {
            AdminArea? anyChild = children.Length == 0 ? null : children[rng.Next(children.Length)];
            string admin2Name = anyChild is null ? "" : Spell(rng, anyChild, asciiRate);
            return new Place(country, area.Code.Value, admin1, anyChild?.Code.Value ?? "", admin2Name, area.Capital ?? area.Name, capital.Latitude, capital.Longitude, 3);
        }

        if (towns.Length > 0 && rng.NextDouble() < 0.75)
        {
            (Town town, AdminArea admin2) = towns[rng.Next(towns.Length)];
            double jitter = geoPrecision == 1 ? 0.02 : 0.12;
            return new Place(
                country, area.Code.Value, admin1, admin2.Code.Value, Spell(rng, admin2, asciiRate), town.Name,
                Round(town.Latitude + Jitter(rng, jitter)), Round(town.Longitude + Jitter(rng, jitter)), geoPrecision);
        }

        AdminArea child = children[rng.Next(children.Length)];
        return new Place(
            country, area.Code.Value, admin1, child.Code.Value, Spell(rng, child, asciiRate), child.Name,
            Round(capital.Latitude + Jitter(rng, 0.6)), Round(capital.Longitude + Jitter(rng, 0.6)), geoPrecision);
    }

    public Place PickNeighbour(Random rng)
    {
        NeighbourPlace n = Catalog.Neighbours[rng.Next(Catalog.Neighbours.Length)];
        int geoPrecision = AcledGenerator.Pick(rng, 0.6, 0.4) + 1;
        return new Place(
            Countries.FromAlpha3(n.Alpha3), "", n.Admin1, "", n.Admin2, n.Location,
            Round(n.Latitude + Jitter(rng, 0.03)), Round(n.Longitude + Jitter(rng, 0.03)), geoPrecision);
    }

    private static string Spell(Random rng, AdminArea area, double asciiRate)
    {
        if (rng.NextDouble() >= asciiRate)
        {
            return area.Name;
        }

        int k = rng.Next(area.Aliases.Count + 1);
        return k == 0 ? area.NameEn : area.Aliases[k - 1];
    }

    private static double Jitter(Random rng, double range) => (rng.NextDouble() * 2 - 1) * range;

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
