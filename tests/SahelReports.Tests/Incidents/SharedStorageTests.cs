using System.Text;
using SahelReports.Geography;
using SahelReports.Import;
using SahelReports.Incidents;
using SahelReports.Incidents.Internal;
using SahelReports.Tests.Properties;

namespace SahelReports.Tests.Incidents;

/// <summary>The importer shares admin names between locations, whole locations between rows of the same place, and packs
/// notes into shared blocks: none of it may change a value, an equality or what a later <c>with</c> does.</summary>
public sealed class SharedStorageTests
{
    private static readonly PCode s_mopti = new("ML05");

    [Fact]
    public void Location_SharedAdminNames_EqualToTheSameLocationBuiltByProperties()
    {
        var built = new IncidentLocation
        {
            CountryAlpha3 = "MLI", Admin1 = "Mopti", Admin2 = "Bandiagara", Admin3 = "Dandoli", Admin1Code = s_mopti, Admin2Code = null,
            Name = "Tougoumé", Latitude = 14.1, Longitude = -3.5, GeoPrecision = GeoPrecision.Exact,
        };
        var admin = new AdminNames("MLI", "Mopti", "Bandiagara", "Dandoli", s_mopti, null);
        var shared = new IncidentLocation(admin, "Tougoumé", 14.1, -3.5, GeoPrecision.Exact);
        var other = new IncidentLocation(admin, "Boni", 15.0, -1.9, GeoPrecision.Near);

        Assert.Equal(built, shared);
        Assert.Equal(built.GetHashCode(), shared.GetHashCode());
        Assert.Equal(built.ToString(), shared.ToString());
        Assert.Equal(("MLI", "Mopti", "Bandiagara", "Dandoli", (PCode?)s_mopti, (PCode?)null), (shared.CountryAlpha3, shared.Admin1, shared.Admin2, shared.Admin3, shared.Admin1Code, shared.Admin2Code));

        // A copy with another admin1 changes that copy only, never the location it shares its names with.
        IncidentLocation moved = other with { Admin1 = "Ségou" };
        Assert.Equal("Ségou", moved.Admin1);
        Assert.Equal("Mopti", other.Admin1);
        Assert.Equal("Mopti", shared.Admin1);
        Assert.NotEqual(other, moved);
        Assert.Equal("Boni", moved.Name);
    }

    [Fact]
    public void Incident_SharedCoding_EqualToTheSameIncidentBuiltByProperties_AndWithCopiesDoNotTouchIt()
    {
        var jnim = new Actor("JNIM: Group for Support of Islam and Muslims", ActorType.RebelGroup, ["Katiba Macina"]);
        var vdp = new Actor("VDP: Volunteers for the Defense of the Homeland", ActorType.PoliticalMilitia);
        var location = new IncidentLocation { CountryAlpha3 = "BFA", Admin1 = "Boucle du Mouhoun", Latitude = 12.38, Longitude = -3.47, GeoPrecision = GeoPrecision.Exact };
        var built = new ConflictIncident
        {
            Id = "BFO4567", Date = new NodaTime.LocalDate(2024, 11, 3), TimePrecision = TimePrecision.Day, DisorderType = DisorderType.PoliticalViolence,
            EventType = EventType.Battles, SubEventType = SubEventType.ArmedClash, Actor1 = jnim, Actor2 = vdp,
            Interaction = new Interaction(ActorType.RebelGroup, ActorType.PoliticalMilitia), CivilianTargeting = false, Location = location, Fatalities = 8,
        };
        IncidentCoding coding = built.Coding.WritableBy(new object()); // a copy, as the importer's shared instance would be
        var shared = new ConflictIncident("BFO4567", new NodaTime.LocalDate(2024, 11, 3), coding, location, 8);
        var sibling = new ConflictIncident("BFO4568", new NodaTime.LocalDate(2024, 11, 4), coding, location, 2);

        Assert.Equal(built, shared);
        Assert.Equal(built.GetHashCode(), shared.GetHashCode());
        Assert.Equal(built.ToString(), shared.ToString());

        ConflictIncident changed = sibling with { Actor2 = null, CivilianTargeting = true };
        Assert.Null(changed.Actor2);
        Assert.True(changed.CivilianTargeting);
        Assert.Equal(vdp, sibling.Actor2);
        Assert.False(sibling.CivilianTargeting);
        Assert.Equal(vdp, shared.Actor2);
        Assert.Equal(jnim, changed.Actor1);
        Assert.Equal(built, shared with { });

        // Initialising by properties changes nothing already built either.
        ConflictIncident revised = built with { EventType = EventType.ViolenceAgainstCivilians, SubEventType = SubEventType.Attack };
        Assert.Equal(EventType.Battles, built.EventType);
        Assert.Equal(SubEventType.Attack, revised.SubEventType);
        Assert.NotEqual(built, revised);
    }

    [Fact]
    public void Notes_PackedInSharedBlocks_ReadBackAndCompareAsSeparateArrays()
    {
        var arena = new Utf8Arena();
        var texts = Enumerable.Range(0, 5000).Select(i => i % 7 == 0 ? string.Empty : "Note " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " é, « ok »" + new string('x', i % 300)).ToList();
        texts.Add(new string('y', Utf8Arena.BlockSize / 4 + 1)); // its own array
        foreach (string text in texts)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            CompactText packed = CompactText.FromValidUtf8(utf8, arena);
            CompactText alone = CompactText.FromString(text);
            Assert.Equal(text, packed.ToString());
            Assert.True(packed.Equals(alone));
            Assert.Equal(alone.GetHashCode(), packed.GetHashCode());
        }

        Assert.False(CompactText.FromValidUtf8("ab"u8, arena).Equals(CompactText.FromValidUtf8("abc"u8, arena)));
    }

    [Fact]
    public void Import_RowsOfTheSamePlace_ShareOneLocationWithTheRightValues()
    {
        // 30 rows over 3 places (same name and coordinates per place), the notes differing per row.
        string[][] rows = Enumerable.Range(0, 30).Select(i => AcledFiles.Row(i, i % 3, i, 1, 1_700_000_000 + i)).ToArray();
        foreach (string[] row in rows)
        {
            row[21] = "Site";
        }

        ImportResult<IncidentSet> result = AcledImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(AcledFiles.Text(rows))), "places.csv", null, TestContext.Current.CancellationToken);
        ConflictIncident[] incidents = [.. result.Data];
        Assert.Equal(30, incidents.Length);
        for (int i = 0; i < incidents.Length; i++)
        {
            ConflictIncident first = incidents[i % 3];
            Assert.Equal(rows[i][17], incidents[i].Location.CountryAlpha3 switch { "BFA" => "Burkina Faso", "MLI" => "Mali", "NER" => "Niger", var c => c });
            Assert.Equal(rows[i][18], incidents[i].Location.Admin1);
            Assert.Equal(rows[i][21], incidents[i].Location.Name);
            Assert.Equal(rows[i][27], incidents[i].Notes);
            Assert.Equal(first.Location.Admin1Code, incidents[i].Location.Admin1Code);
        }

        Assert.Equal(3, incidents.Select(i => i.Location).Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal(incidents[0].Location, incidents[0].Location with { });
    }
}
