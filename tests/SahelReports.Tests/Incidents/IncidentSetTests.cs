using NodaTime;
using SahelReports.Incidents;

namespace SahelReports.Tests.Incidents;

public sealed class IncidentSetTests
{
    private static ConflictIncident Make(string id, long timestamp, int fatalities = 0, string actor = "JNIM: Group for Support of Islam and Muslims") => new()
    {
        Id = id,
        Date = new LocalDate(2024, 11, 3),
        TimePrecision = TimePrecision.Day,
        DisorderType = DisorderType.PoliticalViolence,
        EventType = EventType.Battles,
        SubEventType = SubEventType.ArmedClash,
        Actor1 = new Actor(actor, ActorType.RebelGroup),
        Location = new IncidentLocation { CountryAlpha3 = "MLI", Latitude = 14.35, Longitude = -3.61, GeoPrecision = GeoPrecision.Exact },
        Fatalities = fatalities,
        Timestamp = Instant.FromUnixTimeSeconds(timestamp),
    };

    [Fact]
    public void Upsert_NewerRevision_ReplacesAndCountsRevisions()
    {
        var set = new IncidentSet();
        Assert.Equal(IncidentUpsertOutcome.Added, set.Upsert(Make("MLI1", 100, 10)));
        Assert.Equal(IncidentUpsertOutcome.Replaced, set.Upsert(Make("MLI1", 200, 14)));
        Assert.Equal(IncidentUpsertOutcome.KeptNewer, set.Upsert(Make("MLI1", 150, 12)));
        Assert.True(set.TryGet("MLI1", out ConflictIncident? incident));
        Assert.Equal(14, incident.Fatalities);
        Assert.Equal(3, incident.Revisions);
        Assert.Single(set);
        Assert.Equal(14, set.TotalFatalities);
    }

    [Fact]
    public void Upsert_ExactDuplicate_IsDuplicateNotRevision()
    {
        var set = new IncidentSet();
        set.Upsert(Make("MLI1", 100, 10));
        Assert.Equal(IncidentUpsertOutcome.Duplicate, set.Upsert(Make("MLI1", 100, 10)));
        Assert.Equal(IncidentUpsertOutcome.ConflictingDuplicate, set.Upsert(Make("MLI1", 100, 11)));
        Assert.Equal(10, set.TotalFatalities);
    }

    [Fact]
    public void MergeMonadic_TwoActorRows_OneEventFatalitiesOnce()
    {
        var set = new IncidentSet();
        Assert.Equal(IncidentUpsertOutcome.Added, set.MergeMonadic(Make("MLI2", 100, 14)));
        Assert.Equal(IncidentUpsertOutcome.MergedMonadic, set.MergeMonadic(Make("MLI2", 100, 14, "Dan Na Ambassagou")));
        ConflictIncident merged = Assert.Single(set);
        Assert.Equal("Dan Na Ambassagou", merged.Actor2?.Name);
        Assert.Equal(14, set.TotalFatalities);
        Assert.Equal(1, merged.Revisions);
    }
}
