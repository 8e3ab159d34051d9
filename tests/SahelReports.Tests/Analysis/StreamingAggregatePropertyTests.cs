using System.Globalization;
using System.Text;
using CsCheck;
using NodaTime;
using SahelReports.Analysis;
using SahelReports.Import;
using SahelReports.Incidents;
using SahelReports.Tests.Properties;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Analysis;

/// <summary>
/// <see cref="IncidentAggregator.Aggregate(IEnumerable{ConflictIncident}, AggregationOptions)"/> given an <see cref="AcledReader"/>
/// groups each row's validated values in one pass, without building incidents. These tests check that this lean path gives
/// exactly what the ordinary path gives (the reader's incidents aggregated in memory: same rows, totals, exclusions; the same
/// issues, counts and unmatched places) on generated files with bad rows, revisions, invisible characters, NFD text, invalid
/// UTF-8 and Latin-1, for random dimensions and filters, read sequentially or in parallel; and that its totals match a hand
/// count of the generated rows. The streaming path does NOT merge repeated event ids (revisions): every accepted row counts, as
/// documented in docs/acled-import.md; <see cref="StreamedAggregate_FileWithRevisions_CountsEveryRowWhileTheImportedSetCountsEachIdOnce"/>
/// states what that means in numbers.
/// </summary>
public sealed class StreamingAggregatePropertyTests
{
    private static readonly AggregateDimension[] s_dimensions = Enum.GetValues<AggregateDimension>();

    private static readonly AcledImportOptions[] s_readModes =
    [
        new() { ParallelMinBytes = long.MaxValue },
        new() { ParallelMinBytes = 0, ParseWorkers = 2, BatchRows = 5 },
        new() { ParallelMinBytes = 0, ParseWorkers = 3, BatchRows = 64 },
    ];

    private static readonly (string Country, string Iso, string Alpha3, string Prefix, string Admin1, string Admin2, double Lat, double Lon)[] s_places =
    [
        ("Mali", "466", "MLI", "MLI", "Mopti", "Bandiagara", 14.35, -3.61),
        ("Mali", "466", "MLI", "MLI", "Gao", "Gao", 16.27, -0.04),
        ("Mali", "466", "MLI", "MLI", "Mopti", "", 14.5, -4.2),
        ("Burkina Faso", "854", "BFA", "BFO", "Sahel", "Soum", 14.1, -1.6),
        ("Burkina Faso", "854", "BFA", "BFO", "Boucle du Mouhoun", "Mouhoun", 12.38, -3.44),
        ("Niger", "562", "NER", "NIG", "Tillabéri", "Tera", 14.0, 0.75),
        ("Niger", "562", "NER", "NIG", "Nowhere", "", 14.0, 1.0),
        ("Senegal", "686", "SEN", "SEN", "Dakar", "Dakar", 14.7, -17.4),
    ];

    // (disorder, event, sub-event); the last one is a pre-2019 event type mapped by the importer.
    private static readonly (string Disorder, string Event, string Sub)[] s_taxonomy =
    [
        ("Political violence", "Battles", "Armed clash"),
        ("Political violence", "Violence against civilians", "Attack"),
        ("Political violence", "Violence against civilians", "Abduction/forced disappearance"),
        ("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Demonstrations", "Protests", "Peaceful protest"),
        ("Demonstrations", "Riots", "Violent demonstration"),
        ("Strategic developments", "Strategic developments", "Looting/property destruction"),
        (string.Empty, "Battle-No change of territory", string.Empty),
    ];

    // (name, inter); spelling variants of JNIM, local defence forces, and an actor type the importer does not know.
    private static readonly (string Name, string Inter)[] s_actors =
    [
        ("JNIM: Group for Support of Islam and Muslims", "Rebel group"),
        ("Katiba Macina", "Rebel group"),
        ("Groupe de soutien à l'islam et aux musulmans", "Rebel group"),
        ("Islamic State Sahel Province", "Rebel group"),
        ("Military Forces of Mali (2021-)", "State forces"),
        ("VDP: Volunteers for the Defense of the Homeland", "Political militia"),
        ("Dan Na Ambassagou", "Identity militia"),
        ("Koglweogo Militia", "Identity militia"),
        ("Civilians (Mali)", "Civilians"),
        ("Unidentified Armed Group (Burkina Faso)", "Bandits"),
    ];

    private static readonly string?[] s_areas = [null, "MLI", "BFA", "NER", "ML05", "BF46", "NE006"];

    [Fact]
    public void Aggregate_StreamedFromReader_SameAsInMemoryAggregateOfTheReadersIncidents()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        int withRows = 0;
        Gen.Select(Gen.Int, Gen.Int[0, 300], Gen.Int[0, 7], Gen.Int, Gen.Int[0, s_readModes.Length - 1]).Sample((seed, rows, flags, optionSeed, mode) =>
        {
            var file = Generated.Create(seed, rows, latin1: (flags & 1) != 0, revisions: (flags & 2) != 0, badRows: (flags & 4) != 0);
            AggregationOptions options = RandomOptions(new Random(optionSeed));
            (IncidentAggregate actual, AcledReader streamed) = AssertStreamedSameAsInMemory(file.Bytes, "generated.csv", s_readModes[mode], options);

            // Independent of both aggregators: every accepted row is read, and the file's rows are all accounted for.
            Assert.Equal(file.Accepted.Count, actual.IncidentsRead);
            Assert.Equal(file.Records, streamed.RowsRead);
            Assert.Equal(file.Records - file.Accepted.Count, streamed.RowsRejected);
            codes.UnionWith(streamed.IssueCounts.Keys);
            withRows += actual.Rows.Count > 1 ? 1 : 0;
        }, iter: 120, threads: 1);

        // The generated files did exercise every kind of issue, and most aggregates had several groups.
        Assert.Superset(
            new HashSet<string>([ImportIssueCodes.InvalidEncoding, ImportIssueCodes.InvisibleCharacters, ImportIssueCodes.NormalisedToNfc, ImportIssueCodes.EncodingFallback,
                ImportIssueCodes.UnmatchedPlace, ImportIssueCodes.FieldCount, ImportIssueCodes.UnknownActorType, ImportIssueCodes.InvalidDate, ImportIssueCodes.MissingId]),
            codes);
        Assert.True(withRows > 60, withRows.ToString(CultureInfo.InvariantCulture));
    }

    public static TheoryData<string> Fixtures() =>
    [
        "current.csv", "bad-rows.csv", "api-2019.csv", "monadic.csv", "pre-2019.csv", "v6-2016.csv", "utf16.csv", "excel-resaved.csv", "malformed-quoting.csv",
        "json-api.json",
    ];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Aggregate_FixtureStreamedFromReader_SameAsInMemoryAggregate(string name)
    {
        // Every layout and encoding; a JSON file is not streamed as values: the reader still returns incidents, which the
        // aggregator adds instead.
        byte[] bytes = File.ReadAllBytes(TestPaths.Fixture("acled", name));
        AggregationOptions options = new()
        {
            Dimensions = [AggregateDimension.Country, AggregateDimension.Admin1, AggregateDimension.Admin2, AggregateDimension.EventType, AggregateDimension.TargetType, AggregateDimension.Period],
        };
        foreach (AcledImportOptions read in s_readModes)
        {
            (IncidentAggregate actual, _) = AssertStreamedSameAsInMemory(bytes, name, read, options);
            Assert.NotEmpty(actual.Rows);
        }
    }

    [Fact]
    public void Aggregate_MonadicFileStreamedFromReader_CountsEventsNotRows()
    {
        // A monadic export has one row per actor of each event. Hand count from the CSV text (our simple splitter, not
        // CsvHelper): the distinct event ids, and each event's fatalities once (its rows repeat them).
        string path = TestPaths.Fixture("acled", "monadic.csv");
        string[][] records = [.. TestCsv.Records(File.ReadAllText(path)).Select(TestCsv.SplitLine)];
        int id = Array.IndexOf(records[0], "event_id_cnty");
        int fatalities = Array.IndexOf(records[0], "fatalities");
        long[] events = [.. records.Skip(1)
            .GroupBy(f => f[id], StringComparer.Ordinal)
            .Select(g => long.Parse(g.First()[fatalities], CultureInfo.InvariantCulture))];
        Assert.True(records.Length - 1 > events.Length); // the fixture does have events with several rows

        foreach (AcledImportOptions read in s_readModes)
        {
            using AcledReader reader = AcledReader.Read(File.OpenRead(path), "monadic.csv", read, TestContext.Current.CancellationToken);
            IncidentAggregate a = IncidentAggregator.Aggregate(reader, AggregateDimension.Country);
            Assert.Equal(events.Length, a.Totals.Events);
            Assert.Equal(events.Sum(), a.Totals.Fatalities);
            Assert.Equal(records.Length - 1, reader.RowsRead);
        }
    }

    /// <summary>
    /// Reads the file twice: the ordinary path (incidents built and kept, notes too, then aggregated in memory) and the lean
    /// path (the aggregator streams the reader's row values); asserts that both give the same aggregate and the same issues,
    /// counts and fatal error.
    /// </summary>
    private static (IncidentAggregate Actual, AcledReader Streamed) AssertStreamedSameAsInMemory(byte[] bytes, string name, AcledImportOptions read, AggregationOptions options)
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        using AcledReader kept = AcledReader.Read(new MemoryStream(bytes), name, read, ct);
        ConflictIncident[] incidents = [.. kept];

        // A streamed read notes repeated event ids (hand count over the kept incidents' ids); a monadic file and JSON are not
        // streamed as values, so they are merged or added as incidents instead and raise no such warning.
        string[] ids = [.. incidents.Select(i => i.Id)];
        bool asValues = kept.Layout != AcledLayout.Monadic && !name.EndsWith(".json", StringComparison.Ordinal);
        long repeats = asValues ? ids.Length - ids.Distinct(StringComparer.Ordinal).Count() : 0;
        if (kept.Layout == AcledLayout.Monadic)
        {
            // One row per actor: the streamed aggregate merges each event's rows, so it equals the aggregate of an import.
            incidents = [.. AcledImporter.Import(new MemoryStream(bytes), name, read, ct).Data];
        }

        IncidentAggregate expected = IncidentAggregator.Aggregate(incidents, options);

        // Over a MemoryStream the reader holds nothing once enumerated to the end, so it is returned undisposed for its counts.
        AcledReader streamed = AcledReader.Read(new MemoryStream(bytes), name, read, ct);
        IncidentAggregate actual = IncidentAggregator.Aggregate(streamed, options);
        Assert.Equal(expected.Rows, actual.Rows);
        Assert.Equal(expected.Totals, actual.Totals);
        Assert.Equal(incidents.Length, actual.IncidentsRead);
        Assert.Equal(incidents.Length, actual.Totals.Events + actual.Exclusions.OutsideInterval + actual.Exclusions.OutsideArea + actual.Exclusions.ImpreciseTime + actual.Exclusions.ImpreciseLocation);
        Assert.Equal(expected.Exclusions, actual.Exclusions);
        Assert.Equal(kept.Issues, streamed.Issues.Where(i => i.Code != ImportIssueCodes.RepeatedIdNotMerged));
        Assert.Equal(kept.IssueCounts.OrderBy(c => c.Key, StringComparer.Ordinal), streamed.IssueCounts.Where(c => c.Key != ImportIssueCodes.RepeatedIdNotMerged).OrderBy(c => c.Key, StringComparer.Ordinal));
        ImportIssue[] repeated = [.. streamed.Issues.Where(i => i.Code == ImportIssueCodes.RepeatedIdNotMerged)];
        if (repeats == 0)
        {
            Assert.Empty(repeated);
        }
        else
        {
            Assert.Equal(IssueSeverity.Warning, Assert.Single(repeated).Severity);
            Assert.StartsWith(repeats.ToString(CultureInfo.InvariantCulture) + " rows repeat", repeated[0].Message, StringComparison.Ordinal);
            Assert.Same(repeated[0], streamed.Issues[^1]);
        }

        Assert.Equal(kept.Summary, streamed.Summary);
        Assert.Equal(kept.UnmatchedPlaces, streamed.UnmatchedPlaces);
        Assert.Equal(kept.FatalError, streamed.FatalError);
        Assert.True(streamed.IsCompleted);
        return (actual, streamed);
    }

    [Fact]
    public void Aggregate_StreamedFile_MatchesHandCountByCountryAdmin1AndIsoWeek()
    {
        Gen.Select(Gen.Int, Gen.Int[1, 300], Gen.Int[0, 3], Gen.Int[0, s_readModes.Length - 1]).Sample((seed, rows, flags, mode) =>
        {
            var file = Generated.Create(seed, rows, latin1: (flags & 1) != 0, revisions: false, badRows: (flags & 2) != 0, invalidUtf8: false);
            using AcledReader reader = AcledReader.Read(new MemoryStream(file.Bytes), "generated.csv", s_readModes[mode], TestContext.Current.CancellationToken);
            IncidentAggregate a = IncidentAggregator.Aggregate(reader, AggregateDimension.Country, AggregateDimension.Admin1, AggregateDimension.Period);

            // Hand count with System.Globalization.ISOWeek (not our IsoWeek), from the rows as generated.
            var expected = file.Accepted
                .GroupBy(r => (r.Alpha3, r.Admin1, Week: ISOWeek.ToDateTime(ISOWeek.GetYear(r.Date), ISOWeek.GetWeekOfYear(r.Date), DayOfWeek.Monday)))
                .Select(g => (g.Key.Alpha3, g.Key.Admin1, DateOnly.FromDateTime(g.Key.Week), g.Count(), (long)g.Sum(r => r.Fatalities), g.Count(r => r.Civilian)))
                .OrderBy(x => x.ToString(), StringComparer.Ordinal)
                .ToArray();
            var actual = a.Rows
                .Select(r => (r.CountryAlpha3!, r.Admin1Name!, r.Period!.Start.ToDateOnly(), r.Counts.Events, r.Counts.Fatalities, r.Counts.CivilianTargetingEvents))
                .OrderBy(x => x.ToString(), StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(expected, actual);
            Assert.Equal(file.Accepted.Sum(r => (long)r.Fatalities), a.Totals.Fatalities);
        }, iter: 60, threads: 1);
    }

    [Fact]
    public void StreamedAggregate_FileWithRevisions_CountsEveryRowWhileTheImportedSetCountsEachIdOnce()
    {
        // Expected, in words: the reader (and so the streamed aggregate) returns every accepted row; AcledImporter merges rows
        // with the same event id into one incident (newest timestamp wins) and counts the others as merged. A file with
        // revisions must be imported, not aggregated straight from the reader.
        var file = Generated.Create(seed: 7, count: 400, latin1: false, revisions: true, badRows: true);
        CancellationToken ct = TestContext.Current.CancellationToken;
        using AcledReader reader = AcledReader.Read(new MemoryStream(file.Bytes), "revisions.csv", null, ct);
        IncidentAggregate streamed = IncidentAggregator.Aggregate(reader, AggregateDimension.Country);
        ImportResult<IncidentSet> imported = AcledImporter.Import(new MemoryStream(file.Bytes), "revisions.csv", null, ct);
        IncidentAggregate merged = IncidentAggregator.Aggregate(imported.Data, AggregateDimension.Country);

        // Hand count: rows accepted, distinct ids among them, and the fatalities of each id's last (newest) row.
        var newest = file.Accepted.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.Last()).ToArray();
        Assert.True(newest.Length < file.Accepted.Count - 20, "the generated file has revisions");
        Assert.Equal(file.Accepted.Count, streamed.Totals.Events);
        Assert.Equal(file.Accepted.Sum(r => (long)r.Fatalities), streamed.Totals.Fatalities);
        Assert.Equal(newest.Length, merged.Totals.Events);
        Assert.Equal(newest.Sum(r => (long)r.Fatalities), merged.Totals.Fatalities);
        Assert.Equal(streamed.Totals.Events - merged.Totals.Events, imported.Report.Merged);
        Assert.Equal(reader.RowsRejected, imported.Report.Rejected);

        // Not silently: the streamed read says that rows repeat ids, how many, and from which line.
        ImportIssue warning = Assert.Single(reader.Issues, i => i.Code == ImportIssueCodes.RepeatedIdNotMerged);
        Assert.StartsWith((file.Accepted.Count - newest.Length).ToString(CultureInfo.InvariantCulture) + " rows repeat", warning.Message, StringComparison.Ordinal);
        Assert.Equal("event_id_cnty", warning.Column);
        Assert.DoesNotContain(imported.Report.Issues, i => i.Code == ImportIssueCodes.RepeatedIdNotMerged);
    }

    [Fact]
    public void StreamedAggregate_RepeatedIdWarning_OnlyForEqualIds()
    {
        // Exact keys for ACLED-form ids: leading zeros and letters matter (MLI1, MLI01, MLJ1 are three events); other ids are
        // hashed. The warning names the line of the first repeat.
        string[] header = AcledFiles.Header.Split(',');
        string Row(string id) => string.Join(',', AcledFiles.Row(1, 1, 3, 2, 1_700_000_000).Select((f, i) => header[i] == "event_id_cnty" ? id : f));
        string unique = AcledFiles.Header + "\n" + string.Join("\n", new[] { "MLI1", "MLI01", "MLJ1", "MLI10", "ML1", "ACLED-7", "acled-7" }.Select(Row)) + "\n";
        string repeated = AcledFiles.Header + "\n" + string.Join("\n", new[] { "MLI1", "MLI2", "ACLED-7", "MLI2", "ACLED-7", "MLI2" }.Select(Row)) + "\n";
        foreach (AcledImportOptions read in s_readModes)
        {
            using AcledReader a = AcledReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(unique)), "unique.csv", read, TestContext.Current.CancellationToken);
            Assert.Equal(7, IncidentAggregator.Aggregate(a, AggregateDimension.Country).Totals.Events);
            Assert.DoesNotContain(a.Issues, i => i.Code == ImportIssueCodes.RepeatedIdNotMerged);

            using AcledReader b = AcledReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(repeated)), "repeated.csv", read, TestContext.Current.CancellationToken);
            Assert.Equal(6, IncidentAggregator.Aggregate(b, AggregateDimension.Country).Totals.Events);
            ImportIssue warning = Assert.Single(b.Issues, i => i.Code == ImportIssueCodes.RepeatedIdNotMerged);
            Assert.Equal(5, warning.Line); // the header is line 1; the second MLI2 is the fourth row
            Assert.StartsWith("3 rows repeat", warning.Message, StringComparison.Ordinal);
            Assert.Equal(6, b.RowsAccepted);
        }
    }

    private static AggregationOptions RandomOptions(Random r)
    {
        AggregateDimension[] dims = [.. s_dimensions.OrderBy(_ => r.Next()).Take(r.Next(0, 5))];
        LocalDate start = new LocalDate(2023, 12, 1).PlusDays(r.Next(0, 60));
        return new AggregationOptions
        {
            Dimensions = dims,
            Granularity = r.Next(2) == 0 ? PeriodGranularity.Week : PeriodGranularity.Month,
            Interval = r.Next(3) == 0 ? new DateInterval(start, start.PlusDays(r.Next(0, 40))) : null,
            Area = s_areas[r.Next(s_areas.Length)],
            MaxTimePrecision = r.Next(3) == 0 ? (TimePrecision)r.Next(1, 3) : null,
            MaxGeoPrecision = r.Next(3) == 0 ? (GeoPrecision)r.Next(1, 3) : null,
        };
    }

    private sealed record Row(string Id, DateTime Date, string Alpha3, string Admin1, int Fatalities, bool Civilian);

    /// <summary>A generated ACLED file and what its rows are, written down as they were generated (the hand count).</summary>
    private sealed record Generated(byte[] Bytes, int Records, List<Row> Accepted)
    {
        /// <summary>
        /// <paramref name="count"/> records in the current layout: random places (one unmatched region, one country the gazetteer
        /// does not cover), taxonomy (one pre-2019 type), actors and targets, precisions, civilian targeting, dates across a year
        /// end; invisible characters and NFD text in location names (UTF-8 only), accented names; with <paramref name="revisions"/>,
        /// a quarter of the rows repeat an earlier id with a newer timestamp; with <paramref name="badRows"/>, one row in eight is
        /// rejected (a bad required value, a wrong field count, or invalid UTF-8 in the notes).
        /// </summary>
        public static Generated Create(int seed, int count, bool latin1, bool revisions, bool badRows, bool invalidUtf8 = true)
        {
            var r = new Random(seed);
            var lines = new List<string> { AcledFiles.Header };
            var accepted = new List<Row>();
            var ids = new List<string>();
            long size = AcledFiles.Header.Length + 1;
            for (int n = 0; n < count; n++)
            {
                var p = s_places[r.Next(s_places.Length)];
                string id = revisions && ids.Count > 0 && r.Next(4) == 0 ? ids[r.Next(ids.Count)] : p.Prefix + n.ToString(CultureInfo.InvariantCulture);
                ids.Add(id);
                DateTime date = new DateTime(2023, 12, 1, 0, 0, 0, DateTimeKind.Unspecified).AddDays(r.Next(0, 90));
                var t = s_taxonomy[r.Next(s_taxonomy.Length)];
                var a1 = s_actors[r.Next(s_actors.Length)];
                var a2 = r.Next(3) == 0 ? (Name: string.Empty, Inter: string.Empty) : s_actors[r.Next(s_actors.Length)];
                bool civilian = r.Next(4) == 0;
                int fatalities = r.Next(0, 25);
                string location = (r.Next(6), latin1) switch
                {
                    (0, false) => "Site\u200B " + n.ToString(CultureInfo.InvariantCulture),
                    (1, false) => "Se\u0301gou",
                    (2, _) => "Sité " + n.ToString(CultureInfo.InvariantCulture),
                    _ => "Site " + (n % 17).ToString(CultureInfo.InvariantCulture),
                };
                string notes = "\"On day " + n.ToString(CultureInfo.InvariantCulture) + ", a note, with \"\"quotes\"\" and a comma\"";
                string[] f = string.Create(CultureInfo.InvariantCulture,
                    $"{id},{date:yyyy-MM-dd},{date.Year},{r.Next(1, 4)},{t.Disorder},{t.Event},{t.Sub},{a1.Name},,{a1.Inter},{a2.Name},,{a2.Inter},,{(civilian ? "Civilian targeting" : string.Empty)},{p.Iso},Western Africa,{p.Country},{p.Admin1},{p.Admin2},,{location},{p.Lat + (r.Next(100) / 1000.0)},{p.Lon},{r.Next(1, 4)},Synthetic,National,NOTES,{fatalities},,{1_700_000_000 + n}")
                    .Split(',');
                f[Array.IndexOf(AcledFiles.Columns, "notes")] = notes;
                bool rejected = false;
                if (badRows && r.Next(8) == 0)
                {
                    rejected = true;
                    // Invalid UTF-8 only after the first 64 KiB, which decide the encoding (see below).
                    switch (r.Next(invalidUtf8 && !latin1 && size > 70_000 ? 3 : 2))
                    {
                        case 0:
                            (string column, string value) = AcledFiles.Corruptions[r.Next(AcledFiles.Corruptions.Length)];
                            f[Array.IndexOf(AcledFiles.Columns, column)] = value;
                            break;
                        case 1:
                            f = f[..^2];
                            break;
                        default:
                            f[Array.IndexOf(AcledFiles.Columns, "notes")] = "bad \u0001 byte";
                            break;
                    }
                }

                string line = string.Join(',', f);
                lines.Add(line);
                size += Encoding.UTF8.GetByteCount(line) + 1;
                if (!rejected)
                {
                    accepted.Add(new Row(id, date, p.Alpha3, p.Admin1, fatalities, civilian));
                }
            }

            string text = string.Join('\n', lines) + "\n";
            byte[] bytes = latin1 ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text);

            // U+0001 marks invalid UTF-8: a lone continuation byte, which rejects the row. It is only written after the first
            // 64 KiB: a file with invalid UTF-8 there is read as Windows-1252 instead (with a warning), rejecting nothing.
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == 1)
                {
                    bytes[i] = 0x80;
                }
            }

            return new Generated(bytes, count, accepted);
        }
    }
}
