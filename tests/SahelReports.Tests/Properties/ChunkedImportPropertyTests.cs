using System.Text;
using CsCheck;
using SahelReports.Import;
using SahelReports.Incidents;

namespace SahelReports.Tests.Properties;

/// <summary>Importing a file in chunks (split into N files, each with the header) gives what importing it at once gives,
/// and both match a hand count: one incident per id, the row with the newest timestamp kept, every revision counted.</summary>
public sealed class ChunkedImportPropertyTests
{
    // Rows: (id from a small pool so that ids repeat as revisions, place, day, fatalities); cut points split the rows into files.
    private static readonly Gen<((int Id, int Place, int Day, int Fatalities)[] Rows, int[] Cuts)> s_plan =
        Gen.Select(Gen.Int[0, 12], Gen.Int[0, 2], Gen.Int[0, 359], Gen.Int[0, 40]).Array[1, 40]
            .SelectMany(rows => Gen.Int[0, rows.Length].Array[0, 5].Select(cuts => (rows, cuts)));

    [Fact]
    public void ImportFiles_FileSplitIntoChunks_SameSetAndTotalsAsOneFile()
    {
        string folder = Path.Combine(Path.GetTempPath(), "sahel-chunks-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            int run = 0;
            s_plan.Sample(plan =>
            {
                run++;
                // Unique, increasing timestamps: the newest row of an id is its last one.
                string[][] rows = plan.Rows.Select((r, i) => AcledFiles.Row(r.Id, r.Place, r.Day, r.Fatalities, 1_700_000_000 + i)).ToArray();
                int[] bounds = [0, .. plan.Cuts.Order(), rows.Length];
                var paths = new List<string>();
                for (int c = 0; c + 1 < bounds.Length; c++)
                {
                    string path = Path.Combine(folder, $"run{run}-chunk{c}.csv");
                    File.WriteAllText(path, AcledFiles.Text(rows[bounds[c]..bounds[c + 1]]), Encoding.UTF8);
                    paths.Add(path);
                }

                CancellationToken ct = TestContext.Current.CancellationToken;
                ImportResult<IncidentSet> whole = AcledImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(AcledFiles.Text(rows))), "whole.csv", null, ct);
                ImportResult<IncidentSet> chunked = AcledImporter.ImportFiles(paths, null, ct);

                // Hand count.
                var expected = rows.Select((r, i) => (Id: r[0], Fatalities: int.Parse(r[^3], System.Globalization.CultureInfo.InvariantCulture), Index: i))
                    .GroupBy(r => r.Id, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (g.Last().Fatalities, Revisions: g.Count()), StringComparer.Ordinal);
                foreach (ImportResult<IncidentSet> result in new[] { whole, chunked })
                {
                    Assert.True(result.Report.IsBalanced);
                    Assert.Equal(rows.Length, result.Report.RowsRead);
                    Assert.Equal(expected.Count, result.Report.Accepted);
                    Assert.Equal(rows.Length - expected.Count, result.Report.Merged);
                    Assert.Equal(0, result.Report.Rejected);
                    Assert.Equal(expected, result.Data.ToDictionary(i => i.Id, i => (i.Fatalities, i.Revisions), StringComparer.Ordinal));
                }

                Assert.Equal(paths.Count, chunked.Report.Files.Count);
                Assert.Equal(
                    whole.Data.OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => (i.Id, i.Date, i.Fatalities, i.Revisions, i.Timestamp, i.Location)),
                    chunked.Data.OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => (i.Id, i.Date, i.Fatalities, i.Revisions, i.Timestamp, i.Location)));
            }, iter: 60, threads: 1);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void IncidentSet_RowsUpsertedInBatches_SameAsAllAtOnce()
    {
        Gen.Select(s_plan, Gen.Int).Sample((plan, seed) =>
        {
            string[][] rows = plan.Rows.Select((r, i) => AcledFiles.Row(r.Id, r.Place, r.Day, r.Fatalities, 1_700_000_000 + i)).ToArray();
            CancellationToken ct = TestContext.Current.CancellationToken;
            using AcledReader reader = AcledReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(AcledFiles.Text(rows))), "rows.csv", null, ct);
            ConflictIncident[] incidents = [.. reader];
            Assert.Equal(rows.Length, incidents.Length);

            var once = new IncidentSet();
            foreach (ConflictIncident incident in incidents)
            {
                once.Upsert(incident);
            }

            // The same rows in batches of random sizes, each batch into its own set, the sets then merged in order.
            var random = new Random(seed);
            var batched = new IncidentSet();
            for (int i = 0; i < incidents.Length;)
            {
                int size = 1 + random.Next(incidents.Length - i);
                var batch = new IncidentSet();
                foreach (ConflictIncident incident in incidents.AsSpan(i, size))
                {
                    batch.Upsert(incident);
                }

                foreach (ConflictIncident incident in batch)
                {
                    batched.Upsert(incident);
                }

                i += size;
            }

            Assert.Equal(once.Count, batched.Count);
            Assert.Equal(once.OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => (i.Id, i.Fatalities, i.Timestamp)),
                batched.OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => (i.Id, i.Fatalities, i.Timestamp)));
        }, iter: 100);
    }
}
