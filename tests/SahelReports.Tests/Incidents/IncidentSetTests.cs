using CsCheck;
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

    [Fact]
    public void ManyIds_GrowingFromEmpty_AllFoundInInsertionOrder()
    {
        // 50,000 ids through repeated growth of the index (16 slots at first), then every id re-upserted as a duplicate.
        var set = new IncidentSet();
        for (int i = 0; i < 50_000; i++)
        {
            Assert.Equal(IncidentUpsertOutcome.Added, set.Upsert(Make("BFA" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 100, i % 7)));
        }

        for (int i = 0; i < 50_000; i += 3)
        {
            Assert.Equal(IncidentUpsertOutcome.Duplicate, set.Upsert(Make("BFA" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 100, i % 7)));
        }

        Assert.Equal(50_000, set.Count);
        Assert.Equal(Enumerable.Range(0, 50_000).Select(i => "BFA" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), set.Select(x => x.Id));
        Assert.Equal(Enumerable.Range(0, 50_000).Sum(i => (long)(i % 7)), set.TotalFatalities);
        Assert.True(set.TryGet("BFA49999", out ConflictIncident? last));
        Assert.Equal(49_999 % 7, last.Fatalities);
        Assert.False(set.TryGet("BFA50000", out _));
        Assert.False(set.TryGet(string.Empty, out _));
    }

    [Fact]
    public void IdsWithTheSameHash_StayDistinct()
    {
        // The index compares a stored hash before the id: two different ids with the same 32-bit hash must both be kept
        // and found. The process's string hash is randomised, so look for such a pair among 400,000 ids (a birthday
        // collision is all but certain: the expected number of pairs is about 18).
        var byHash = new Dictionary<int, string>();
        (string A, string B)? pair = null;
        for (int i = 0; i < 400_000 && pair is null; i++)
        {
            string id = "NER" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!byHash.TryAdd(IncidentSet.HashId(id), id))
            {
                pair = (byHash[IncidentSet.HashId(id)], id);
            }
        }

        Assert.NotNull(pair);
        (string a, string b) = pair.Value;
        Assert.NotEqual(a, b);
        var set = new IncidentSet();
        Assert.Equal(IncidentUpsertOutcome.Added, set.Upsert(Make(a, 100, 3)));
        Assert.Equal(IncidentUpsertOutcome.Added, set.Upsert(Make(b, 100, 5)));
        Assert.Equal(IncidentUpsertOutcome.Replaced, set.Upsert(Make(b, 200, 6)));
        Assert.True(set.TryGet(a, out ConflictIncident? first));
        Assert.True(set.TryGet(b, out ConflictIncident? second));
        Assert.Equal((3, 1), (first.Fatalities, first.Revisions));
        Assert.Equal((6, 2), (second.Fatalities, second.Revisions));
        Assert.Equal(9, set.TotalFatalities);
    }

    [Fact]
    public void RandomUpserts_MatchAReferenceModel()
    {
        // An independent model (a sorted dictionary and a list of first appearances): newest timestamp wins, ties keep the
        // first row, a row counts one revision and every repeat with another timestamp one more; enumeration in first-insertion order.
        Gen.Select(Gen.Int[0, 300], Gen.Int[0, 3], Gen.Int[0, 5]).Array[0, 600].Sample(rows =>
        {
            var set = new IncidentSet(rows.Length % 3 == 0 ? 0 : rows.Length / 4);
            var model = new SortedDictionary<string, (long Ts, int Fat, int Rev)>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach ((int idNumber, int ts, int fat) in rows)
            {
                string id = "MLI" + idNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
                IncidentUpsertOutcome outcome = set.Upsert(Make(id, ts, fat));
                if (!model.TryGetValue(id, out var m))
                {
                    Assert.Equal(IncidentUpsertOutcome.Added, outcome);
                    model[id] = (ts, fat, 1);
                    order.Add(id);
                }
                else if (ts > m.Ts)
                {
                    Assert.Equal(IncidentUpsertOutcome.Replaced, outcome);
                    model[id] = (ts, fat, m.Rev + 1);
                }
                else if (ts < m.Ts)
                {
                    Assert.Equal(IncidentUpsertOutcome.KeptNewer, outcome);
                    model[id] = (m.Ts, m.Fat, m.Rev + 1);
                }
                else
                {
                    Assert.Equal(fat == m.Fat ? IncidentUpsertOutcome.Duplicate : IncidentUpsertOutcome.ConflictingDuplicate, outcome);
                }
            }

            Assert.Equal(order, set.Select(x => x.Id));
            foreach ((string id, (long ts, int fat, int rev)) in model)
            {
                Assert.True(set.TryGet(id, out ConflictIncident? got));
                Assert.Equal((Instant.FromUnixTimeSeconds(ts), fat, rev), (got.Timestamp!.Value, got.Fatalities, got.Revisions));
            }

            Assert.Equal(model.Values.Sum(v => (long)v.Fat), set.TotalFatalities);
        });
    }
}
