using System.Globalization;
using System.Text;
using SahelReports.Analysis;
using SahelReports.Import;
using SahelReports.Incidents;
using SahelReports.Tests.Properties;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Import.Acled;

/// <summary>
/// The parallel CSV read (CsvHelper's parallel enumeration: worker threads parse records, taken back in file order) must give exactly what the
/// sequential read gives: the same incidents, issues in the same order with the same lines and columns, the same counts,
/// progress reports, cancellation point and fatal error, whatever the batch size and the number of workers.
/// </summary>
public sealed class ParallelReadTests
{
    private static readonly AcledImportOptions s_sequential = new() { ParallelMinBytes = long.MaxValue };

    // Tiny batches and more workers than cores: many batches in flight, finished out of order.
    private static readonly AcledImportOptions[] s_parallel =
    [
        new() { ParallelMinBytes = 0, ParseWorkers = 1, BatchRows = 1 },
        new() { ParallelMinBytes = 0, ParseWorkers = 3, BatchRows = 2 },
        new() { ParallelMinBytes = 0, ParseWorkers = 2, BatchRows = 7 },
        new() { ParallelMinBytes = 0, ParseWorkers = 4, BatchRows = 64 },
    ];

    public static TheoryData<string> Fixtures() =>
    [
        "current.csv", "bad-rows.csv", "api-2019.csv", "monadic.csv", "pre-2019.csv", "v6-2016.csv", "utf16.csv", "excel-resaved.csv", "malformed-quoting.csv",
    ];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_ParallelRead_SameAsSequential(string name)
    {
        byte[] bytes = File.ReadAllBytes(TestPaths.Fixture("acled", name));
        AssertSameAsSequential(bytes, name);
    }

    [Fact]
    public void GeneratedFile_WithRevisionsBadRowsAndInvisibleCharacters_ParallelSameAsSequential()
    {
        (string text, int records) = Generated(3000);
        Outcome sequential = AssertSameAsSequential(Encoding.UTF8.GetBytes(text), "generated.csv");

        // Independent checks of the sequential result itself: every record read, the accounting holds, each kind of bad
        // input was reported (so the comparison above compared something).
        Assert.Equal(records, sequential.Report.RowsRead);
        Assert.True(sequential.Report.IsBalanced);
        foreach (string code in new[] { ImportIssueCodes.InvalidDate, ImportIssueCodes.NegativeFatalities, ImportIssueCodes.InvisibleCharacters, ImportIssueCodes.NormalisedToNfc, ImportIssueCodes.FieldCount, ImportIssueCodes.UnmatchedPlace, ImportIssueCodes.ConflictingDuplicate })
        {
            Assert.True(sequential.Report.IssueCounts.GetValueOrDefault(code) > 0, code);
        }

        Assert.True(sequential.Report.Merged > 500);
    }

    [Fact]
    public void MalformedQuotingAcrossManyCsvHelperBatches_ReportedInFileOrderAsSequential()
    {
        // About 1.5 MB (CsvHelper's parallel read scans 256 KB per batch): records with a stray quote or text after a closing
        // quote, which CsvHelper skips and reports from its scanning thread, must land between the same rows as in a
        // sequential read.
        string[] lines = Generated(5000).Text.Split('\n');
        int malformed = 0;
        for (int i = 1; i < lines.Length - 1; i++)
        {
            if (i % 211 == 9)
            {
                lines[i] = lines[i].Replace(",Site ", ",Si\"te ", StringComparison.Ordinal);
                malformed++;
            }
            else if (i % 307 == 4)
            {
                lines[i] = lines[i].Replace(",Synthetic,", ",\"Synthetic\"x,", StringComparison.Ordinal);
                malformed++;
            }
        }

        byte[] bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        Assert.True(bytes.Length > 1_000_000);
        Outcome sequential = AssertSameAsSequential(bytes, "malformed-many.csv");
        Assert.Equal(malformed, sequential.Report.IssueCounts[ImportIssueCodes.MalformedQuoting]);
        Assert.True(sequential.Report.IsBalanced);
    }

    [Fact]
    public void ParallelRead_OneParserPerWorkerThread_NotPerBatch()
    {
        // Each parser has its own pools and caches, warmed by the rows it has seen: CsvHelper gives each worker thread one
        // reader for the whole read, and the reader keeps one parser per worker reader. About 1.5 MB: six of CsvHelper's batches.
        (string text, int records) = Generated(5000);
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        foreach (int workers in new[] { 1, 2, 3 })
        {
            using AcledReader reader = AcledReader.Read(new MemoryStream(bytes), "workers.csv", new AcledImportOptions { ParallelMinBytes = 0, ParseWorkers = workers }, TestContext.Current.CancellationToken);
            Assert.Equal(records, reader.Count() + reader.RowsRejected);
            Assert.InRange(reader.ParallelParsers, 1, workers);
        }
    }

    [Fact]
    public void HxlTagRowAfterASkippedMalformedFirstRecord_NotADataRowInEitherRead()
    {
        // CsvHelper skips the malformed first record; the HXL row is then the first record returned, so it is part of the
        // header in both reads (the parallel read recognises it by CsvHelper's row number).
        string[] header = AcledFiles.Header.Split(',');
        string tags = string.Join(',', header.Select(h => "#x_" + h));
        (string good, int records) = Generated(50);
        string body = good[(good.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        string text = AcledFiles.Header + "\nBFO1,\"bad\"x,2024\n" + tags + "\n" + body;
        Outcome sequential = AssertSameAsSequential(Encoding.UTF8.GetBytes(text), "hxl.csv");
        Assert.Equal(records + 1, sequential.Report.RowsRead); // the data rows and the malformed record, not the tag row
        Assert.Equal(1, sequential.Report.IssueCounts[ImportIssueCodes.MalformedQuoting]);
    }

    [Fact]
    public void GeneratedLatin1File_ParallelSameAsSequential()
    {
        (string text, _) = Generated(2000, latin1: true);
        Outcome sequential = AssertSameAsSequential(Encoding.Latin1.GetBytes(text), "latin1.csv");
        Assert.Equal(1, sequential.Report.IssueCounts[ImportIssueCodes.EncodingFallback]);
        Assert.Contains(sequential.Incidents, i => i.Contains("Sité", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void QuotedFieldsAndLineBreaks_ParallelSameAsSequential(bool utf16)
    {
        // Mix all forms: every field quoted, some quoted, none; empty
        // quoted fields; notes with doubled quotes, a separator and a CRLF inside the quotes; CRLF records; UTF-16 input
        // (which CsvHelper transcodes, so no field lies in the raw input bytes as given).
        var rows = new List<string>();
        int notes = Array.IndexOf(AcledFiles.Columns, "notes");
        int admin3 = Array.IndexOf(AcledFiles.Columns, "admin3");
        for (int n = 0; n < 2400; n++)
        {
            string[] f = AcledFiles.Row(n, n, n, n % 13, 1_700_000_000 + n);
            f[notes] = "Note " + n.ToString(CultureInfo.InvariantCulture) + ": \"said\", then\r\nmore";
            rows.Add(string.Join(',', f.Select((v, i) => (n % 4) switch
            {
                0 => Quote(v),
                1 => i % 2 == 0 || i == notes ? Quote(v) : v,
                2 => i == notes ? Quote(v) : i == admin3 ? "\"\"" : v,
                _ => i == notes ? Quote(v) : v,
            })));
        }

        string text = AcledFiles.Header + "\r\n" + string.Join("\r\n", rows) + "\r\n";
        byte[] bytes = utf16 ? [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)] : Encoding.UTF8.GetBytes(text);
        Outcome sequential = AssertSameAsSequential(bytes, utf16 ? "quoted-utf16.csv" : "quoted.csv");

        // Independent of the reader: every row kept, the notes of row 1234 read back exactly as written, and line numbers count
        // the line break inside each note (row n starts on line 2 + 2n; the synthetic Niger rows' coordinates are in Mali).
        Assert.Equal(2400, sequential.Report.Accepted);
        Assert.All(sequential.Report.Issues, i => Assert.Equal(ImportIssueCodes.CoordinatesOutsideCountry, i.Code));
        ImportIssue niger = sequential.Report.Issues[0];
        int row = int.Parse(niger.RecordId.AsSpan(3), CultureInfo.InvariantCulture);
        Assert.Equal(2 + (2 * row), niger.Line);
        Assert.Contains(sequential.Incidents, i => i.Contains("|Note 1234: \"said\", then\r\nmore|", StringComparison.Ordinal));

        static string Quote(string v) => "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    [Fact]
    public void Cancellation_StopsAtTheSameRowAsSequential()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Generated(5000).Text);
        long? expected = null;
        int? expectedSeen = null;
        foreach (AcledImportOptions options in s_parallel.Prepend(s_sequential))
        {
            using var cts = new CancellationTokenSource();
            var progress = new ListProgress(p =>
            {
                if (p.RowsRead >= 1500)
                {
                    cts.Cancel();
                }
            });
            using AcledReader reader = AcledReader.Read(new MemoryStream(bytes), "cancel.csv", options with { Progress = progress, ProgressInterval = 500 }, cts.Token);
            int seen = 0;
            Assert.Throws<OperationCanceledException>(() =>
            {
                foreach (ConflictIncident unused in reader)
                {
                    seen++;
                }
            });
            expected ??= reader.RowsRead;
            Assert.Equal(expected, reader.RowsRead);
            Assert.Equal(2048, reader.RowsRead); // the token is checked every 1,024 rows: first at 2,048 after the 1,500th row
            expectedSeen ??= seen;
            Assert.Equal(expectedSeen, seen);
            Assert.InRange(reader.RowsAccepted - seen, 0, 1); // the row at which the token was checked is counted, not returned
        }
    }

    [Fact]
    public void FatalErrorInALateBatch_SameLineAndRowsAsSequential()
    {
        // 2,000 good rows, then an unclosed quote that swallows more than MaxRecordBytes.
        (string good, int records) = Generated(2000);
        string text = good + "BFO99999,\"unclosed," + new string('x', 3000) + "\n" + string.Join("\n", Enumerable.Repeat("more,text", 200)) + "\n";
        Outcome sequential = AssertSameAsSequential(Encoding.UTF8.GetBytes(text), "fatal.csv", new AcledImportOptions { MaxRecordBytes = 1024 });
        FileImportSummary file = Assert.Single(sequential.Report.Files);
        Assert.Equal(ImportIssueCodes.RecordTooLarge, file.FatalError?.Code);
        Assert.Equal(records, file.RowsRead);
    }

    [Fact]
    public void ReadError_SurfacesOnTheCallersThreadAfterRowsInFileOrder()
    {
        // The stream fails half way. The sequential read returns every row before the failure; the parallel read returns the
        // rows of the batches CsvHelper had scanned (it reads ahead in blocks), then the same exception: a prefix of the
        // sequential rows, in order, none skipped, and its counts agree with what it returned.
        byte[] bytes = Encoding.UTF8.GetBytes(Generated(3000).Text);
        string[]? expected = null;
        foreach (AcledImportOptions options in s_parallel.Prepend(s_sequential))
        {
            using AcledReader reader = AcledReader.Read(new FailingStream(bytes, bytes.Length / 2), "io.csv", options, TestContext.Current.CancellationToken);
            var seen = new List<string>();
            IOException error = Assert.Throws<IOException>(() =>
            {
                foreach (ConflictIncident incident in reader)
                {
                    seen.Add(Describe(incident));
                }
            });
            Assert.Equal("disk gone", error.Message);
            Assert.Equal(reader.RowsAccepted, seen.Count);
            expected ??= [.. seen];
            Assert.Equal(expected.Take(seen.Count), seen);
            Assert.InRange(seen.Count, 1, expected.Length);
        }

        Assert.InRange(expected!.Length, 1000, 2999);
    }

    [Fact]
    public void UnclosedQuoteBeforeMuchInput_SameFatalErrorAsSequential()
    {
        // The unclosed quote swallows the rest of the file (600 KB without a quote), far more than CsvHelper reads ahead in
        // either read: both stop there with the same fatal error after the same rows.
        (string good, int records) = Generated(1000);
        string text = good + "MLI99999,\"unclosed," + string.Join("\n", Enumerable.Repeat("more,text," + new string('x', 50), 10_000)) + "\n";
        Outcome sequential = AssertSameAsSequential(Encoding.UTF8.GetBytes(text), "fatal-early.csv", new AcledImportOptions { MaxRecordBytes = 4096 });
        FileImportSummary file = Assert.Single(sequential.Report.Files);
        Assert.Equal(ImportIssueCodes.RecordTooLarge, file.FatalError?.Code);
        Assert.Equal(records, file.RowsRead);
    }

    [Fact]
    public void StoppingEarly_StopsTheThreads()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Generated(5000).Text);
        using AcledReader reader = AcledReader.Read(new MemoryStream(bytes), "early.csv", s_parallel[1], TestContext.Current.CancellationToken);
        ConflictIncident[] first = reader.Take(10).ToArray();
        Assert.Equal(10, first.Length);
        Assert.Equal(new[] { "BFO0", "MLI1", "NIG2" }, first.Take(3).Select(i => i.Id));
    }

    [Fact]
    public void ProgressReports_SameAsSequential()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Generated(3000).Text);
        List<AcledImportProgress>? expected = null;
        foreach (AcledImportOptions options in s_parallel.Prepend(s_sequential))
        {
            var progress = new ListProgress(null);
            _ = AcledImporter.Import(new MemoryStream(bytes), "progress.csv", options with { Progress = progress, ProgressInterval = 250 }, TestContext.Current.CancellationToken);
            expected ??= progress.Reports;
            Assert.Equal(expected, progress.Reports);
        }

        Assert.Equal(13, expected!.Count); // 12 every 250 rows of 3,000, and the final one
        Assert.True(expected[^1].Completed);
        Assert.Equal(bytes.Length, expected[^1].BytesRead);
    }

    [Fact]
    public void AggregateStraightFromAReader_SameGroupsAndIssuesAsFromKeptIncidents()
    {
        // Invisible characters in the notes: still reported when the aggregator has the reader skip keeping notes.
        string text = Generated(3000).Text.Replace("a note, with", "a note,\u200B with", StringComparison.Ordinal);
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        AggregateDimension[] dims = [AggregateDimension.Country, AggregateDimension.Admin1, AggregateDimension.Period];
        foreach (AcledImportOptions options in s_parallel.Prepend(s_sequential))
        {
            using AcledReader kept = AcledReader.Read(new MemoryStream(bytes), "kept.csv", options, TestContext.Current.CancellationToken);
            ConflictIncident[] incidents = [.. kept];
            Assert.All(incidents, i => Assert.NotNull(i.Notes));
            IncidentAggregate expected = IncidentAggregator.Aggregate(incidents, dims);

            using AcledReader streamed = AcledReader.Read(new MemoryStream(bytes), "kept.csv", options, TestContext.Current.CancellationToken);
            IncidentAggregate actual = IncidentAggregator.Aggregate(streamed, dims);
            Assert.Equal(expected.Rows, actual.Rows);
            Assert.Equal(expected.Totals, actual.Totals);
            Assert.Equal(kept.Issues, streamed.Issues.Where(i => i.Code != ImportIssueCodes.RepeatedIdNotMerged));
            Assert.Equal(kept.Summary, streamed.Summary);

            // The generated file repeats ids (revisions): the streamed read says how many rows do, in one warning.
            string[] ids = [.. incidents.Select(i => i.Id)];
            ImportIssue repeated = Assert.Single(streamed.Issues, i => i.Code == ImportIssueCodes.RepeatedIdNotMerged);
            Assert.StartsWith((ids.Length - ids.Distinct(StringComparer.Ordinal).Count()).ToString(CultureInfo.InvariantCulture) + " rows repeat", repeated.Message, StringComparison.Ordinal);
            Assert.True(kept.IssueCounts[ImportIssueCodes.InvisibleCharacters] > 2000);
        }
    }

    private static Outcome AssertSameAsSequential(byte[] bytes, string name, AcledImportOptions? baseOptions = null)
    {
        baseOptions ??= AcledImportOptions.Default;
        CancellationToken ct = TestContext.Current.CancellationToken;
        Outcome expected = Run(bytes, name, baseOptions with { ParallelMinBytes = long.MaxValue }, ct);
        foreach (AcledImportOptions parallel in s_parallel)
        {
            Outcome actual = Run(bytes, name, baseOptions with { ParallelMinBytes = 0, ParseWorkers = parallel.ParseWorkers, BatchRows = parallel.BatchRows }, ct);
            Assert.Equal(expected.Incidents, actual.Incidents);
            Assert.Equal(expected.Streamed, actual.Streamed);
            Assert.Equal(expected.Report.Issues, actual.Report.Issues);
            Assert.Equal(expected.Report.IssueCounts.OrderBy(c => c.Key, StringComparer.Ordinal), actual.Report.IssueCounts.OrderBy(c => c.Key, StringComparer.Ordinal));
            Assert.Equal(expected.Report.Files, actual.Report.Files);
            Assert.Equal(expected.Report.ToString(), actual.Report.ToString());
            Assert.Equal(expected.Unmatched, actual.Unmatched);
        }

        return expected;
    }

    private static Outcome Run(byte[] bytes, string name, AcledImportOptions options, CancellationToken ct)
    {
        ImportResult<IncidentSet> result = AcledImporter.Import(new MemoryStream(bytes), name, options, ct);
        using AcledReader reader = AcledReader.Read(new MemoryStream(bytes), name, options, ct);
        string[] streamed = reader.Select(Describe).ToArray();
        return new Outcome(result.Data.Select(Describe).ToArray(), streamed, result.Report, reader.UnmatchedPlaces);
    }

    private static string Describe(ConflictIncident i) => FormattableString.Invariant(
        $"{i.Id}|{i.Date}|{i.TimePrecision}|{i.DisorderType}|{i.EventType}|{i.SubEventType}|{i.LegacyEventType}|{Describe(i.Actor1)}|{Describe(i.Actor2)}|{i.Interaction}|{i.CivilianTargeting}|{i.Location.CountryAlpha3}|{i.Location.Admin1}|{i.Location.Admin2}|{i.Location.Admin3}|{i.Location.Admin1Code}|{i.Location.Admin2Code}|{i.Location.Name}|{i.Location.Latitude:R}|{i.Location.Longitude:R}|{i.Location.GeoPrecision}|{i.Fatalities}|{i.Source}|{i.SourceScale}|{i.Notes}|{string.Join(";", i.Tags)}|{i.Timestamp}|{i.Revisions}");

    private static string Describe(Actor? a) => a is null ? "-" : FormattableString.Invariant($"{a.Name}/{a.Type}/{string.Join(";", a.AssociatedActors)}");

    /// <summary>
    /// A file of <paramref name="records"/> records: revisions (ids repeat), exact and conflicting duplicates, rejected rows of
    /// several kinds, a wrong field count, invisible characters, decomposed (NFD) text, unmatched regions, quoted notes.
    /// </summary>
    private static (string Text, int Records) Generated(int records, bool latin1 = false)
    {
        var rows = new List<string>();
        for (int n = 0; n < records; n++)
        {
            // Ids repeat after 1,700 rows: newer revisions, older ones (kept out), and same-timestamp rows with other content.
            long timestamp = n < 1700 ? 1_700_000_000 + n : (n % 5) switch { 0 => 1_700_000_000 + n - 1700, 1 => 1_600_000_000, _ => 1_700_000_000 + n };
            string[] f = AcledFiles.Row(n % 1700, n % 1700, n, n % 13, timestamp);
            if (n % 97 == 5)
            {
                (string column, string value) = AcledFiles.Corruptions[n / 97 % AcledFiles.Corruptions.Length];
                f[Array.IndexOf(AcledFiles.Columns, column)] = value;
            }

            int location = Array.IndexOf(AcledFiles.Columns, "location");
            if (n % 53 == 7)
            {
                f[location] = latin1 ? "Sité " + n.ToString(CultureInfo.InvariantCulture) : "Site\u200B " + n.ToString(CultureInfo.InvariantCulture);
            }
            else if (n % 71 == 3 && !latin1)
            {
                f[location] = "Se\u0301gou " + n.ToString(CultureInfo.InvariantCulture);
            }

            if (n % 61 == 11)
            {
                f[Array.IndexOf(AcledFiles.Columns, "admin1")] = "Nowhere";
            }

            f[Array.IndexOf(AcledFiles.Columns, "notes")] = "\"On day " + n.ToString(CultureInfo.InvariantCulture) + ", a note, with \"\"quotes\"\" and a comma\"";
            string line = string.Join(',', f);
            if (n % 89 == 13)
            {
                line = string.Join(',', f[..^2]);
            }

            rows.Add(line);
            if (n % 401 == 17)
            {
                rows.Add(line); // an exact duplicate
            }
        }

        return (AcledFiles.Header + "\n" + string.Join("\n", rows) + "\n", rows.Count);
    }

    /// <summary>A stream that fails after <c>limit</c> bytes, as a disk or network read can.</summary>
    private sealed class FailingStream(byte[] bytes, int limit) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position >= limit)
            {
                throw new IOException("disk gone");
            }

            return base.Read(buffer, offset, (int)Math.Min(count, limit - Position));
        }

        public override int Read(Span<byte> buffer)
        {
            if (Position >= limit)
            {
                throw new IOException("disk gone");
            }

            return base.Read(buffer[..(int)Math.Min(buffer.Length, limit - Position)]);
        }
    }

    private sealed record Outcome(string[] Incidents, string[] Streamed, ImportReport Report, long Unmatched);

    private sealed class ListProgress(Action<AcledImportProgress>? onReport) : IProgress<AcledImportProgress>
    {
        public List<AcledImportProgress> Reports { get; } = [];

        public void Report(AcledImportProgress value)
        {
            Reports.Add(value);
            onReport?.Invoke(value);
        }
    }
}
