using System.Text;
using NodaTime;
using SahelReports.Geography;
using SahelReports.Import;
using SahelReports.Incidents;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Import.Acled;

/// <summary>Every layout of DESIGN.md §3.1, each with the four synthetic seed events of 2–3 November 2024.</summary>
public sealed class AcledImporterLayoutTests
{
    // Hand count of the seed events: Boni–Douentza 0, Tougoumé 14, Kari 8, Tillabéri 1.
    private const int SeedFatalities = 0 + 14 + 8 + 1;

    public static TheoryData<string, AcledLayout, int> Layouts => new()
    {
        { "current.csv", AcledLayout.Current, 4 },
        { "api-2019.csv", AcledLayout.Api2019, 4 },
        { "monadic.csv", AcledLayout.Monadic, 8 },
        { "pre-2019.csv", AcledLayout.Pre2019, 4 },
        { "v6-2016.csv", AcledLayout.Version6, 4 },
        { "excel-resaved.csv", AcledLayout.ExcelResaved, 4 },
        { "json-api.json", AcledLayout.JsonApi, 4 },
        { "utf16.csv", AcledLayout.Current, 4 },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void EveryLayout_ImportsTheSeedEvents(string file, AcledLayout layout, int rows)
    {
        ImportResult<IncidentSet> result = Import(file);
        ImportReport report = result.Report;

        Assert.False(report.HasErrors, report.ToString());
        FileImportSummary summary = Assert.Single(report.Files);
        Assert.Equal(rows, summary.RowsRead);
        Assert.Equal(0, summary.Rejected);
        Assert.Equal(4, summary.Accepted);
        Assert.Equal(rows - 4, summary.Merged);
        Assert.True(report.IsBalanced);
        Assert.Equal(4, result.Data.Count);
        Assert.Equal(SeedFatalities, result.Data.TotalFatalities);

        using FileStream stream = File.OpenRead(TestPaths.Fixture("acled", file));
        using AcledReader reader = AcledReader.Read(stream, file, null, TestContext.Current.CancellationToken);
        _ = reader.ReadIncidents().Count();
        Assert.Equal(layout, reader.Layout);

        AssertSeed(result.Data);
    }

    [Fact]
    public void Current_KeepsEveryField()
    {
        IncidentSet set = Import("current.csv").ThrowIfErrors();
        Assert.True(set.TryGet("MLI12346", out ConflictIncident? tougoume));
        Assert.Equal(new LocalDate(2024, 11, 2), tougoume.Date);
        Assert.Equal(TimePrecision.Day, tougoume.TimePrecision);
        Assert.Equal(DisorderType.PoliticalViolence, tougoume.DisorderType);
        Assert.Equal(SubEventType.ArmedClash, tougoume.SubEventType);
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", tougoume.Actor1.Name);
        Assert.Equal(ActorType.RebelGroup, tougoume.Actor1.Type);
        Assert.Equal("Dan Na Ambassagou", tougoume.Actor2!.Name);
        Assert.Equal(ActorType.IdentityMilitia, tougoume.Actor2.Type);
        Assert.Equal(["Dogon Ethnic Militia (Mali)"], tougoume.Actor2.AssociatedActors);
        Assert.Equal(24, tougoume.Interaction!.Value.Code);
        Assert.False(tougoume.CivilianTargeting);
        Assert.Equal("Tougoume", tougoume.Location.Name);
        Assert.Equal("Dandoli", tougoume.Location.Admin3);
        Assert.Equal(14.35, tougoume.Location.Latitude);
        Assert.Equal(-3.61, tougoume.Location.Longitude);
        Assert.Equal(GeoPrecision.Near, tougoume.Location.GeoPrecision);
        Assert.Equal("Local partner-National", tougoume.SourceScale);
        Assert.Contains("\n", tougoume.Notes, StringComparison.Ordinal);
        Assert.Contains("\"mostly militia members\"", tougoume.Notes, StringComparison.Ordinal);
        Assert.Equal(Instant.FromUnixTimeSeconds(1730937601), tougoume.Timestamp);

        Assert.True(set.TryGet("MLI12345", out ConflictIncident? boni));
        Assert.True(boni.CivilianTargeting);
        Assert.Equal(0, boni.Fatalities);
        Assert.Equal(SubEventType.ShellingArtilleryMissileAttack, boni.SubEventType);

        Assert.True(set.TryGet("BFO4567", out ConflictIncident? kari));
        Assert.Equal(["women targeted: none", "crowd size=no report"], kari.Tags);
    }

    [Fact]
    public void Pre2019_MapsLegacyTypesVisibly()
    {
        IncidentSet set = Import("pre-2019.csv").ThrowIfErrors();
        Assert.True(set.TryGet("MLI12345", out ConflictIncident? boni));
        Assert.Equal("Remote violence", boni.LegacyEventType);
        Assert.Equal(EventType.ExplosionsRemoteViolence, boni.EventType);
        Assert.True(set.TryGet("NIR7890", out ConflictIncident? tillaberi));
        Assert.Equal("Battle-No change of territory", tillaberi.LegacyEventType);
        Assert.Equal(EventType.Battles, tillaberi.EventType);
    }

    [Fact]
    public void Monadic_CountsEachEventAndItsFatalitiesOnce_WithBothActors()
    {
        ImportResult<IncidentSet> result = Import("monadic.csv");
        Assert.True(result.Data.TryGet("MLI12346", out ConflictIncident? tougoume));
        Assert.Equal(14, tougoume.Fatalities);
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", tougoume.Actor1.Name);
        Assert.Equal("Dan Na Ambassagou", tougoume.Actor2?.Name);
    }

    [Fact]
    public void Version6_Latin1_FallsBackWithAWarning_AndReadsDayFirst()
    {
        ImportResult<IncidentSet> result = Import("v6-2016.csv");
        Assert.Contains(result.Report.Issues, i => i.Code == ImportIssueCodes.EncodingFallback && i.Severity == IssueSeverity.Warning);
        Assert.True(result.Data.TryGet("NIR7890", out ConflictIncident? tillaberi));
        Assert.Equal("Tillabéri", tillaberi.Location.Name);
        Assert.Equal(new LocalDate(2024, 11, 3), tillaberi.Date);
        Assert.Equal("NER", tillaberi.Location.CountryAlpha3);
    }

    [Fact]
    public void Version6_WithDeclaredEncoding_HasNoFallbackWarning()
    {
        var options = new AcledImportOptions { Encoding = Encoding.Latin1 };
        ImportResult<IncidentSet> result = Import("v6-2016.csv", options);
        Assert.DoesNotContain(result.Report.Issues, i => i.Code == ImportIssueCodes.EncodingFallback);
        Assert.True(result.Data.TryGet("NIR7890", out ConflictIncident? tillaberi));
        Assert.Equal("Tillabéri", tillaberi.Location.Name);
    }

    [Fact]
    public void IsoNumericCodes_GiveTheCountries()
    {
        IncidentSet set = Import("current.csv").ThrowIfErrors();
        Dictionary<string, int> byCountry = set.GroupBy(i => i.Location.CountryAlpha3, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(2, byCountry["MLI"]);
        Assert.Equal(1, byCountry["BFA"]);
        Assert.Equal(1, byCountry["NER"]);
    }

    [Fact]
    public void PlaceNames_ResolveToPCodes_IncludingAcledSpellings()
    {
        IncidentSet set = Import("current.csv").ThrowIfErrors();
        Assert.True(set.TryGet("MLI12346", out ConflictIncident? tougoume));
        Assert.Equal(new PCode("ML05"), tougoume.Location.Admin1Code);
        Assert.Equal(new PCode("ML0501"), tougoume.Location.Admin2Code);
        Assert.True(set.TryGet("NIR7890", out ConflictIncident? tillaberi));
        Assert.Equal(new PCode("NE006"), tillaberi.Location.Admin1Code);
        Assert.Equal(new PCode("NE006012"), tillaberi.Location.Admin2Code);
        Assert.True(set.TryGet("BFO4567", out ConflictIncident? kari));
        Assert.Equal(new PCode("BF4604"), kari.Location.Admin2Code);
    }

    private static ImportResult<IncidentSet> Import(string file, AcledImportOptions? options = null) =>
        AcledImporter.Import(TestPaths.Fixture("acled", file), options, TestContext.Current.CancellationToken);

    private static void AssertSeed(IncidentSet set)
    {
        (string Id, int Fatalities, LocalDate Date, string Country)[] expected =
        [
            ("MLI12345", 0, new LocalDate(2024, 11, 2), "MLI"),
            ("MLI12346", 14, new LocalDate(2024, 11, 2), "MLI"),
            ("BFO4567", 8, new LocalDate(2024, 11, 3), "BFA"),
            ("NIR7890", 1, new LocalDate(2024, 11, 3), "NER"),
        ];
        foreach ((string id, int fatalities, LocalDate date, string country) in expected)
        {
            Assert.True(set.TryGet(id, out ConflictIncident? incident), id);
            Assert.Equal(fatalities, incident.Fatalities);
            Assert.Equal(date, incident.Date);
            Assert.Equal(country, incident.Location.CountryAlpha3);
        }
    }
}
