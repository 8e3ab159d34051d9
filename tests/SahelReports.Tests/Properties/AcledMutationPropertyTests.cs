using System.Text;
using CsCheck;
using SahelReports.Import;
using SahelReports.Incidents;

namespace SahelReports.Tests.Properties;

/// <summary>
/// The accounting invariant read = accepted + rejected + merged on random mutations of a valid ACLED file: rows dropped,
/// duplicated or corrupted (a required field set to a value that must be rejected), columns swapped, the file truncated.
/// Expected counts come from a hand count of the mutations, not from the importer.
/// </summary>
public sealed class AcledMutationPropertyTests
{
    // One valid row per entry: (place, day, fatalities, mutation) with mutation 0 keep, 1 drop, 2 duplicate, 3 corrupt.
    private static readonly Gen<(int Place, int Day, int Fatalities, int Mutation, int Corruption)[]> s_rows =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 359], Gen.Int[0, 60], Gen.Int[0, 3], Gen.Int[0, AcledFiles.Corruptions.Length - 1]).Array[1, 30];

    private static ImportResult<IncidentSet> Import(string text) =>
        AcledImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(text)), "mutated.csv", null, TestContext.Current.CancellationToken);

    private static (List<string[]> Rows, long Kept, long Duplicated, long Corrupted, Dictionary<string, int> Fatalities) Mutate(
        (int Place, int Day, int Fatalities, int Mutation, int Corruption)[] plan)
    {
        var rows = new List<string[]>();
        var fatalities = new Dictionary<string, int>(StringComparer.Ordinal);
        long kept = 0, duplicated = 0, corrupted = 0;
        for (int i = 0; i < plan.Length; i++)
        {
            (int place, int day, int fat, int mutation, int corruption) = plan[i];
            string[] row = AcledFiles.Row(i, place, day, fat, 1_731_024_000 + i);
            switch (mutation)
            {
                case 1:
                    continue;
                case 3:
                    (string column, string value) = AcledFiles.Corruptions[corruption];
                    row[Array.IndexOf(AcledFiles.Columns, column)] = value;
                    rows.Add(row);
                    corrupted++;
                    continue;
            }

            rows.Add(row);
            fatalities[row[0]] = fat;
            if (mutation == 2)
            {
                rows.Add(row);
                duplicated++;
            }
            else
            {
                kept++;
            }
        }

        return (rows, kept, duplicated, corrupted, fatalities);
    }

    [Fact]
    public void Import_DroppedDuplicatedCorruptedRows_CountsMatchHandCount()
    {
        s_rows.Sample(plan =>
        {
            var (rows, kept, duplicated, corrupted, fatalities) = Mutate(plan);

            ImportResult<IncidentSet> result = Import(AcledFiles.Text(rows));

            FileImportSummary s = Assert.Single(result.Report.Files);
            Assert.Null(s.FatalError);
            Assert.True(s.IsBalanced);
            Assert.Equal(kept + (2 * duplicated) + corrupted, s.RowsRead);
            Assert.Equal(corrupted, s.Rejected);
            Assert.Equal(duplicated, s.Merged);
            Assert.Equal(kept + duplicated, s.Accepted);
            Assert.Equal(fatalities, result.Data.ToDictionary(i => i.Id, i => i.Fatalities, StringComparer.Ordinal));
        }, iter: 150);
    }

    [Fact]
    public void Import_ColumnsInAnyOrder_SameIncidentsAndCounts()
    {
        Gen.Select(s_rows, Gen.Int.Array[AcledFiles.Columns.Length]).Sample((plan, keys) =>
        {
            var (rows, kept, duplicated, corrupted, fatalities) = Mutate(plan);
            int[] order = Enumerable.Range(0, AcledFiles.Columns.Length).OrderBy(i => keys[i]).ThenBy(i => i).ToArray();

            ImportResult<IncidentSet> result = Import(AcledFiles.Text(rows, order));

            FileImportSummary s = Assert.Single(result.Report.Files);
            Assert.Null(s.FatalError);
            Assert.Equal((kept + (2 * duplicated) + corrupted, kept + duplicated, corrupted, duplicated), (s.RowsRead, s.Accepted, s.Rejected, s.Merged));
            Assert.Equal(fatalities, result.Data.ToDictionary(i => i.Id, i => i.Fatalities, StringComparer.Ordinal));
        }, iter: 100);
    }

    [Fact]
    public void Import_TruncatedAnywhere_NeverThrows_BalancesAndKeepsEveryCompleteValidRow()
    {
        Gen.Select(s_rows, Gen.Double[0, 1]).Sample((plan, where) =>
        {
            var (rows, _, _, _, _) = Mutate(plan);
            string text = AcledFiles.Text(rows);
            int cut = (int)(where * text.Length);
            string truncated = text[..cut];

            ImportResult<IncidentSet> result = Import(truncated);

            FileImportSummary s = Assert.Single(result.Report.Files);
            Assert.True(s.IsBalanced);
            Assert.True(result.Report.IsBalanced);
            if (cut <= AcledFiles.Header.Length)
            {
                Assert.Equal(0, s.RowsRead);
                return;
            }

            // Hand count: the lines that end before the cut are complete rows; at most one partial row follows.
            string[] lines = truncated[(AcledFiles.Header.Length + 1)..].Split('\n');
            string[][] complete = lines[..^1].Select(l => l.Split(',')).ToArray();
            bool partial = lines[^1].Length > 0;
            long validComplete = complete.Count(r => !AcledFiles.Corruptions.Any(c => r[Array.IndexOf(AcledFiles.Columns, c.Column)] == c.Value));
            Assert.Null(s.FatalError);
            Assert.InRange(s.RowsRead, complete.Length, complete.Length + (partial ? 1 : 0));
            Assert.True(s.Accepted + s.Merged >= validComplete, $"accepted {s.Accepted} + merged {s.Merged} < complete valid rows {validComplete}");
        }, iter: 200);
    }
}
