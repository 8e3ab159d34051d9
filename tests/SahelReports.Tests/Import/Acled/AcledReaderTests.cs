using System.Text;
using SahelReports.Import;
using SahelReports.Incidents;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Import.Acled;

public sealed class AcledReaderTests
{
    [Fact]
    public void Reader_StreamsRowsInFileOrder_WithoutMerging_AndSummarises()
    {
        using FileStream stream = File.OpenRead(TestPaths.Fixture("acled", "monadic.csv"));
        using AcledReader reader = AcledReader.Read(stream, "monadic.csv", null, TestContext.Current.CancellationToken);
        string[] ids = reader.ReadIncidents().Select(i => i.Id).ToArray();
        Assert.Equal(["MLI12345", "MLI12345", "MLI12346", "MLI12346", "BFO4567", "BFO4567", "NIR7890", "NIR7890"], ids);
        Assert.True(reader.IsCompleted);
        Assert.Equal(AcledLayout.Monadic, reader.Layout);
        Assert.Equal(8, reader.Summary.RowsRead);
        Assert.Equal(8, reader.Summary.Accepted);
        Assert.Equal(0, reader.Summary.Merged);
        Assert.Throws<InvalidOperationException>(() => reader.ReadIncidents().GetEnumerator());
    }

    [Fact]
    public void Progress_IsReported_AndEndsCompleted()
    {
        var reports = new List<AcledImportProgress>();
        var options = new AcledImportOptions { Progress = new SyncProgress(reports.Add), ProgressInterval = 2 };
        AcledImporter.Import(TestPaths.Fixture("acled", "monadic.csv"), options, TestContext.Current.CancellationToken);
        Assert.Equal([2L, 4L, 6L, 8L, 8L], reports.Select(r => r.RowsRead));
        Assert.True(reports[^1].Completed);
        Assert.Equal(new FileInfo(TestPaths.Fixture("acled", "monadic.csv")).Length, reports[^1].TotalBytes);
    }

    [Fact]
    public void Cancellation_StopsTheImport()
    {
        var sb = new StringBuilder(File.ReadAllLines(TestPaths.Fixture("acled", "current.csv"))[0]).Append('\n');
        string row = File.ReadAllLines(TestPaths.Fixture("acled", "current.csv")).First(l => l.StartsWith("BFO4567", StringComparison.Ordinal));
        for (int i = 0; i < 5000; i++)
        {
            sb.Append(row.Replace("BFO4567", "BFO" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).Append('\n');
        }

        using var cts = new CancellationTokenSource();
        var options = new AcledImportOptions { Progress = new SyncProgress(p => { if (p.RowsRead >= 1000) { cts.Cancel(); } }), ProgressInterval = 500 };
        Assert.ThrowsAny<OperationCanceledException>(() => AcledImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(sb.ToString())), "big.csv", options, cts.Token));
    }

    [Fact]
    public void ImportFiles_NewestTimestampWins_AcrossFiles_AndCountsMerged()
    {
        string dir = Directory.CreateTempSubdirectory("acled-rev").FullName;
        try
        {
            string[] lines = File.ReadAllLines(TestPaths.Fixture("acled", "current.csv"));
            string kari = lines.First(l => l.StartsWith("BFO4567", StringComparison.Ordinal));
            string newer = kari.Replace(",8,", ",9,", StringComparison.Ordinal).Replace("1731024000", "1731100000", StringComparison.Ordinal);
            string a = Path.Combine(dir, "a.csv");
            string b = Path.Combine(dir, "b.csv");
            File.WriteAllText(a, lines[0] + "\n" + newer + "\n");
            File.WriteAllText(b, lines[0] + "\n" + kari + "\n" + kari + "\n");

            ImportResult<IncidentSet> result = AcledImporter.ImportFiles([a, b], null, TestContext.Current.CancellationToken);
            ConflictIncident incident = Assert.Single(result.Data);
            Assert.Equal(9, incident.Fatalities);
            Assert.Equal(3, incident.Revisions);
            Assert.Equal(1, result.Report.Files[0].Accepted);
            Assert.Equal(2, result.Report.Files[1].Merged);
            Assert.True(result.Report.IsBalanced);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void ConflictingDuplicate_IsWarnedAtItsLine_AndCountedAsMerged()
    {
        string[] lines = File.ReadAllLines(TestPaths.Fixture("acled", "current.csv"));
        string kari = lines.First(l => l.StartsWith("BFO4567", StringComparison.Ordinal));
        string text = lines[0] + "\n" + kari + "\n" + kari.Replace(",8,", ",9,", StringComparison.Ordinal) + "\n";
        ImportResult<IncidentSet> result = AcledImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(text)), "dup.csv", null, TestContext.Current.CancellationToken);
        ImportIssue issue = Assert.Single(result.Report.Issues);
        Assert.Equal(ImportIssueCodes.ConflictingDuplicate, issue.Code);
        Assert.Equal(3, issue.Line);
        Assert.Equal("BFO4567", issue.RecordId);
        Assert.Equal(8, Assert.Single(result.Data).Fatalities);
        Assert.Equal(1, result.Report.Merged);
    }

    [Fact]
    public void Options_OutOfRange_Throw()
    {
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentOutOfRangeException>(() => AcledReader.Read(stream, "x.csv", new AcledImportOptions { MaxRecordBytes = 10 }, TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentOutOfRangeException>(() => AcledReader.Read(stream, "x.csv", new AcledImportOptions { MaxIssues = -1 }, TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentException>(() => AcledReader.Read(stream, string.Empty, null, TestContext.Current.CancellationToken));
    }

    private sealed class SyncProgress(Action<AcledImportProgress> report) : IProgress<AcledImportProgress>
    {
        public void Report(AcledImportProgress value) => report(value);
    }
}
