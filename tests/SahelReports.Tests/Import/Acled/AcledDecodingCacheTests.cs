using System.Text;
using SahelReports.Import;
using SahelReports.Incidents;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Import.Acled;

/// <summary>
/// The importer pools repeated values by their bytes and caches actors, places and taxonomy by the pooled ids: a repeated
/// value must behave exactly like its first occurrence (same string, same warnings on every row), and values of different
/// columns must never be confused. Also <see cref="AcledImportOptions.KeepFreeText"/>.
/// </summary>
public sealed class AcledDecodingCacheTests
{
    private const string Header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    private const string Jnim = "JNIM: Group for Support of Islam and Muslims";
    private const string Vdp = "VDP: Volunteers for the Defense of the Homeland";

    /// <summary>Placeholder for a byte that is not valid UTF-8 (replaced by 0xFF when the file is written).</summary>
    private const char InvalidByte = TestBytes.InvalidByte;

    [Fact]
    public void RepeatedValues_GiveTheSameStrings_AndTheSameWarnings_OnEveryRow()
    {
        string longActor = "Unidentified Armed Group " + new string('x', 300); // longer than the pooled limit
        string[][] rows =
        [
            Row("BFO1", admin1: "Boucle\u200B du Mouhoun", location: "Se\u0301gou", actor1: longActor + "\u200C"),
            Row("BFO2", admin1: "Boucle\u200B du Mouhoun", location: "Se\u0301gou", actor1: longActor + "\u200C"),
            Row("BFO3", admin1: "Boucle\u200B du Mouhoun", location: "Se\u0301gou", actor1: longActor + "\u200C"),
        ];

        ImportResult<IncidentSet> result = Import(rows);

        Assert.Equal(3, result.Data.Count);
        foreach (ConflictIncident incident in result.Data)
        {
            Assert.Equal("Boucle du Mouhoun", incident.Location.Admin1);
            Assert.Equal("BF46", incident.Location.Admin1Code?.Value);
            Assert.Equal("S\u00E9gou", incident.Location.Name);
            Assert.Equal(longActor, incident.Actor1.Name);
        }

        // Three repaired values per row, on each of the three rows (lines 2–4): hand-counted.
        Assert.Equal([2L, 2L, 3L, 3L, 4L, 4L], Lines(result, ImportIssueCodes.InvisibleCharacters));
        Assert.Equal([2L, 3L, 4L], Lines(result, ImportIssueCodes.NormalisedToNfc));
        Assert.Equal(["actor1", "admin1"], result.Report.Issues.Where(i => i.Line == 3 && i.Code == ImportIssueCodes.InvisibleCharacters).Select(i => i.Column!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void InvisibleCharactersBelowU0300_InAccentedText_AreStillFound()
    {
        // U+00AD is an invisible character below U+0300: the fast path for accented text must not miss it. (NUL, the other
        // one, cannot be tested here: a NUL near the start of a file makes it binary, not CSV.)
        string[][] rows =
        [
            Row("BFO1", location: "D\u00E9dougou\u00AD", notes: "Caf\u00E9\u00AD note"),
            Row("BFO2", location: "D\u00E9dougou", notes: "Caf\u00E9 note"),
            Row("BFO3", location: "D\u00E9dougou\u00AD", notes: "Caf\u00E9\u00AD note"),
        ];

        foreach (bool keep in new[] { true, false })
        {
            ImportResult<IncidentSet> result = Import(rows, keep);
            Assert.Equal(3, result.Data.Count);
            Assert.Equal([2L, 2L, 4L, 4L], Lines(result, ImportIssueCodes.InvisibleCharacters));
            Assert.All(result.Data, i => Assert.Equal("D\u00E9dougou", i.Location.Name));
            Assert.All(result.Data, i => Assert.Equal(keep ? "Caf\u00E9 note" : null, i.Notes));
        }
    }

    [Fact]
    public void ActorColumns_AreNeverConfused_WhenTheirValuesRepeat()
    {
        string[][] rows =
        [
            Row("BFO1", actor1: Jnim, inter1: "Rebel group", actor2: Vdp, inter2: "Political militia"),
            Row("BFO2", actor1: Vdp, inter1: "Political militia", actor2: Jnim, inter2: "Rebel group"),
            Row("BFO3", actor1: Jnim, inter1: "Rebel group", actor2: Vdp, inter2: "Political militia"),
            Row("BFO4", actor1: Jnim, inter1: "2", actor2: Vdp, inter2: "3"),
            Row("BFO5", actor1: Vdp, inter1: "Political militia", actor2: Jnim, inter2: "Rebel group"),
        ];

        ConflictIncident[] incidents = [.. Import(rows).Data];

        (string, ActorType?, string?, ActorType?)[] expected =
        [
            (Jnim, ActorType.RebelGroup, Vdp, ActorType.PoliticalMilitia),
            (Vdp, ActorType.PoliticalMilitia, Jnim, ActorType.RebelGroup),
            (Jnim, ActorType.RebelGroup, Vdp, ActorType.PoliticalMilitia),
            (Jnim, ActorType.RebelGroup, Vdp, ActorType.PoliticalMilitia),
            (Vdp, ActorType.PoliticalMilitia, Jnim, ActorType.RebelGroup),
        ];
        Assert.Equal(expected, incidents.Select(i => (i.Actor1.Name, i.Actor1.Type, i.Actor2?.Name, i.Actor2?.Type)));
    }

    [Fact]
    public void RepeatedActorGroups_GiveTheSameActors_AndTheSameWarnings_OnEveryRow()
    {
        // Actors are cached (by their fields' pooled ids, and any future cache of whole groups must keep this): a group that
        // raised an issue must raise it again on every row, and a repeated clean group must give what reading its fields gives.
        string[][] rows =
        [
            Row("BFO1", actor1: Jnim, inter1: "Rebel group", actor2: Vdp, inter2: "Political militia"),
            Row("BFO2", actor1: Jnim + "\u200B", inter1: "Rebel group", actor2: Vdp, inter2: "Martians"),
            Row("BFO3", actor1: Jnim + "\u200B", inter1: "Rebel group", actor2: Vdp, inter2: "Martians"),
            Row("BFO4", actor1: Jnim, inter1: "Rebel group", actor2: Vdp, inter2: "Political militia"),
            Row("BFO5", actor1: Jnim, inter1: "Rebel group", actor2: Vdp, inter2: "Martians"),
            Row("BFO6", actor1: Jnim, inter1: "Rebel group", actor2: Vdp, inter2: "Political militia"),
            Row("BFO7", actor1: Jnim, inter1: "Rebel group", actor2: "", inter2: ""),
            Row("BFO8", actor1: Jnim, inter1: "Rebel group", actor2: "", inter2: ""),
        ];

        ImportResult<IncidentSet> result = Import(rows);
        ConflictIncident[] incidents = [.. result.Data];

        Assert.All(incidents, i => Assert.Equal((Jnim, ActorType.RebelGroup), (i.Actor1.Name, i.Actor1.Type)));
        Assert.Equal([ActorType.PoliticalMilitia, null, null, ActorType.PoliticalMilitia, null, ActorType.PoliticalMilitia, null, null], incidents.Select(i => i.Actor2?.Type));
        Assert.Equal([Vdp, Vdp, Vdp, Vdp, Vdp, Vdp, null, null], incidents.Select(i => i.Actor2?.Name));

        // Hand-counted: the zero-width space on lines 3 and 4, the unknown inter code on lines 3, 4 and 6.
        Assert.Equal([3L, 4L], Lines(result, ImportIssueCodes.InvisibleCharacters));
        Assert.Equal([3L, 4L, 6L], Lines(result, ImportIssueCodes.UnknownActorType));
        Assert.Equal(5, result.Report.Issues.Count);
    }

    [Fact]
    public void Places_AreResolvedPerCountryAndColumn_WhenNamesRepeat()
    {
        // The same admin1 bytes in two countries, and a name that is an admin1 in one row and an admin2 in another.
        string[][] rows =
        [
            Row("BFO1", admin1: "Sahel", admin2: "Soum"),
            Row("MLI1", iso: "466", country: "Mali", admin1: "Mopti", admin2: "Douentza"),
            Row("NIR1", iso: "562", country: "Niger", admin1: "Tillaberi", admin2: "Tillaberi"),
            Row("BFO2", admin1: "Sahel", admin2: "Soum"),
            Row("MLI2", iso: "466", country: "Mali", admin1: "Sahel", admin2: "Soum"),
        ];

        ImportResult<IncidentSet> result = Import(rows);
        ConflictIncident[] incidents = [.. result.Data];

        Assert.Equal("BF56", incidents[0].Location.Admin1Code?.Value);
        Assert.Equal("ML05", incidents[1].Location.Admin1Code?.Value);
        Assert.Equal("NE006", incidents[2].Location.Admin1Code?.Value);
        Assert.Equal("NE006012", incidents[2].Location.Admin2Code?.Value);
        Assert.Equal("BF56", incidents[3].Location.Admin1Code?.Value);
        Assert.Null(incidents[4].Location.Admin1Code); // Mali has no region called Sahel
        Assert.Equal([6L], Lines(result, ImportIssueCodes.UnmatchedPlace));
    }

    [Fact]
    public void KeepFreeTextOff_ValidatesNotesAndSourcesAsBefore_ButDropsThem()
    {
        string[][] rows =
        [
            Row("BFO1"),
            Row("BFO2", notes: "Note with a bad byte " + InvalidByte),
            Row("BFO3", notes: "Zero\u200Bwidth note"),
            Row("BFO4", source: "Le Fa\u0301so"),
            Row("BFO5", source: "Radio " + InvalidByte),
            Row("BFO6", notes: "\u200B"),
            Row("BFO7", notes: "Caf\u00E9 au lait, d\u00E9j\u00E0 vu"),
        ];

        ImportResult<IncidentSet> kept = Import(rows);
        ImportResult<IncidentSet> lean = Import(rows, keepFreeText: false);

        // Hand-counted: BFO2 and BFO5 rejected for their encoding; BFO3 and BFO6 invisible characters; BFO4 normalised.
        Assert.Equal(
            [(3L, "notes", ImportIssueCodes.InvalidEncoding), (4L, "notes", ImportIssueCodes.InvisibleCharacters), (5L, "source", ImportIssueCodes.NormalisedToNfc),
             (6L, "source", ImportIssueCodes.InvalidEncoding), (7L, "notes", ImportIssueCodes.InvisibleCharacters)],
            lean.Report.Issues.Select(i => (i.Line, i.Column!, i.Code)));
        Assert.Equal(kept.Report.Issues, lean.Report.Issues);
        Assert.Equal(kept.Report.Files, lean.Report.Files);
        Assert.Equal(5, lean.Data.Count);
        Assert.True(lean.Report.IsBalanced);
        Assert.All(lean.Data, i => Assert.Null(i.Notes));
        Assert.All(lean.Data, i => Assert.Null(i.Source));
        Assert.Equal(kept.Data.Select(i => i with { Notes = null, Source = null }), lean.Data);
        Assert.Equal("Le F\u00E1so", kept.Data.Single(i => i.Id == "BFO4").Source);
    }

    private static List<long> Lines(ImportResult<IncidentSet> result, string code) =>
        [.. result.Report.Issues.Where(i => i.Code == code).Select(i => i.Line)];

    private static ImportResult<IncidentSet> Import(string[][] rows, bool keepFreeText = true)
    {
        // UTF-8 is declared: otherwise the invalid bytes would make the reader fall back to Windows-1252 for the whole file.
        var options = new AcledImportOptions { Encoding = Encoding.UTF8, KeepFreeText = keepFreeText };
        var sb = new StringBuilder(Header).Append('\n');
        foreach (string[] row in rows)
        {
            sb.AppendJoin(',', row.Select(Quote)).Append('\n');
        }

        return AcledImporter.Import(new MemoryStream(TestBytes.Utf8WithInvalidBytes(sb.ToString())), "cache.csv", options, TestContext.Current.CancellationToken);
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static string[] Row(
        string id,
        string actor1 = Jnim,
        string inter1 = "Rebel group",
        string actor2 = Vdp,
        string inter2 = "Political militia",
        string iso = "854",
        string country = "Burkina Faso",
        string admin1 = "Boucle du Mouhoun",
        string admin2 = "Mouhoun",
        string location = "Kari",
        string source = "Burkina Monitor",
        string notes = "A synthetic note, with a comma") =>
    [
        id, "2024-11-03", "2024", "1", "Political violence", "Battles", "Armed clash", actor1, "", inter1, actor2, "", inter2,
        "", "", iso, "Western Africa", country, admin1, admin2, "", location, "12.3800", "-3.4400", "1", source, "National", notes, "8", "",
        "1731024000",
    ];
}
