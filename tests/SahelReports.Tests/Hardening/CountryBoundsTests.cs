using System.Globalization;
using System.Text;
using SahelReports.Geography;
using SahelReports.Geography.Internal;
using SahelReports.Import;

namespace SahelReports.Tests.Hardening;

/// <summary>The country boxes behind coordinates-outside-country never flag a real place of the gazetteer.</summary>
public sealed class CountryBoundsTests
{
    [Fact]
    public void EveryGazetteerCapital_IsInsideItsCountry_AndNotFlagged()
    {
        AdminArea[] capitals = Gazetteer.Default.GetAreas(1).Where(a => a.CapitalLocation is not null).ToArray();
        Assert.True(capitals.Length >= 30, $"{capitals.Length} capitals");
        var rows = new List<string>();
        foreach (AdminArea a in capitals)
        {
            Country country = Countries.FromAlpha3(a.CountryAlpha3);
            GeoPoint p = a.CapitalLocation!.Value;
            Assert.True(CountryBounds.IsPlausible(a.CountryAlpha3, p.Latitude, p.Longitude), $"{a.Code} {a.Capital}");
            rows.Add(HostileCorpus.Row(country.AcledPrefix + a.Code.Value, ("iso", country.Numeric.ToString(CultureInfo.InvariantCulture)), ("country", country.NameEn), ("admin1", a.Name), ("admin2", string.Empty), ("admin3", string.Empty),
                ("latitude", p.Latitude.ToString("R", CultureInfo.InvariantCulture)), ("longitude", p.Longitude.ToString("R", CultureInfo.InvariantCulture))));
        }

        ImportReport report = AcledImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(HostileCorpus.Csv([.. rows]))), "capitals.csv", null, TestContext.Current.CancellationToken).Report;
        Assert.Equal(capitals.Length, report.Accepted);
        Assert.Empty(report.Issues);
    }

    [Theory]
    [InlineData("BFA", 12.37, -1.53, true)]    // Ouagadougou
    [InlineData("BFA", -1.53, 12.37, false)]   // swapped
    [InlineData("MLI", 16.77, -3.01, true)]    // Tombouctou
    [InlineData("NER", 13.51, 2.11, true)]     // Niamey
    [InlineData("MLI", 16.97, 7.99, false)]    // Agadez given as Mali
    [InlineData("BFA", 12.64, -8.00, false)]   // Bamako given as Burkina Faso
    [InlineData("NER", 0, 0, false)]
    [InlineData("TCD", 0, 0, false)]           // 0,0 is nowhere, whatever the country
    [InlineData("TCD", 12.13, 15.05, true)]    // no box for Chad: not checked
    public void IsPlausible(string country, double latitude, double longitude, bool expected) =>
        Assert.Equal(expected, CountryBounds.IsPlausible(country, latitude, longitude));
}
