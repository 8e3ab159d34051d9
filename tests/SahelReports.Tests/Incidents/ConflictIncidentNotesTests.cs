using NodaTime;
using SahelReports.Incidents;

namespace SahelReports.Tests.Incidents;

/// <summary><see cref="ConflictIncident.Notes"/> is stored as UTF-8: it must read back exactly and keep record equality.</summary>
public sealed class ConflictIncidentNotesTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "On 2 November 2024, mortar fire hit the road.",
        "Tillabéri, Ségou, Dédougou: « déjà vu » — 14 tués",
        "Emoji \U0001F600 and CJK 中文",
        "Lone high surrogate \uD800 here",
        "Lone low surrogate \uDC00",
        "NUL \0 and zero\u200Bwidth kept as given",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Notes_ReadBackExactly(string text)
    {
        ConflictIncident incident = Make(text);
        Assert.Equal(text, incident.Notes);
        Assert.Equal(text, (incident with { Fatalities = 3 }).Notes);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void EqualNotes_GiveEqualIncidents_AndEqualHashCodes(string text)
    {
        // Two separately built strings with the same characters.
        ConflictIncident a = Make(new string(text.AsSpan()));
        ConflictIncident b = Make(new string(text.AsSpan()));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void NoNotes_ReadBackAsNull()
    {
        Assert.Null(Make(null).Notes);
        Assert.Equal(Make(null), Make(null));
        Assert.Null((Make("x") with { Notes = null }).Notes);
    }

    [Fact]
    public void DifferentNotes_GiveDifferentIncidents()
    {
        Assert.NotEqual(Make("a"), Make("b"));
        Assert.NotEqual(Make(null), Make(""));
        Assert.NotEqual(Make("x\uD800"), Make("x\uFFFD")); // a lone surrogate is not silently replaced
        Assert.NotEqual(Make("e\u0301"), Make("\u00E9"));  // no normalisation behind the caller's back
    }

    private static ConflictIncident Make(string? notes) => new()
    {
        Id = "MLI1",
        Date = new LocalDate(2024, 11, 3),
        TimePrecision = TimePrecision.Day,
        DisorderType = DisorderType.PoliticalViolence,
        EventType = EventType.Battles,
        SubEventType = SubEventType.ArmedClash,
        Actor1 = new Actor("JNIM: Group for Support of Islam and Muslims", ActorType.RebelGroup),
        Location = new IncidentLocation { CountryAlpha3 = "MLI", Latitude = 14.35, Longitude = -3.61, GeoPrecision = GeoPrecision.Exact },
        Fatalities = 0,
        Notes = notes,
    };
}
