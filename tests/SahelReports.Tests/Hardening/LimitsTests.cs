using System.Globalization;
using System.Text;
using SahelReports.Displacement;
using SahelReports.Excel;
using SahelReports.Hxl;
using SahelReports.Hxl.Internal;
using SahelReports.Import;
using SahelReports.Import.Displacement;
using SahelReports.Import.Hapi;
using SahelReports.Incidents;
using SahelReports.Reporting;

namespace SahelReports.Tests.Hardening;

/// <summary>Issue 9 item 3: every documented limit (docs/limits.md) is enforced, tested on both sides where it can be.</summary>
public sealed class LimitsTests
{
    private const int Limit = 16 * 1024;

    private static ImportResult<IncidentSet> ImportText(string text, AcledImportOptions? options = null) =>
        AcledImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(text)), "limits.csv", options, TestContext.Current.CancellationToken);

    private static string RowOfBytes(int bytes)
    {
        string row = HostileCorpus.Row(("notes", string.Empty));
        return HostileCorpus.Row(("notes", new string('n', bytes - row.Length)));
    }

    [Fact]
    public void AcledRecordSize_DefaultIsOneMebibyte_AndSmallerLimitsAreRefused()
    {
        Assert.Equal(1024 * 1024, AcledImportOptions.DefaultMaxRecordBytes);
        Assert.Equal(AcledImportOptions.DefaultMaxRecordBytes, AcledImportOptions.Default.MaxRecordBytes);
        Assert.Throws<ArgumentOutOfRangeException>("MaxRecordBytes", () => ImportText(HostileCorpus.Csv(HostileCorpus.Row()), new AcledImportOptions { MaxRecordBytes = 1023 }));
    }

    /// <summary>
    /// The limit guards memory, so it is checked when the reader must buffer more input (CsvHelper 34's MaxRecordSize): a
    /// record up to the limit is always read; one over twice the limit plus the 64 KiB read buffer is always refused; in
    /// between, a record that already sits in the buffer is read.
    /// </summary>
    [Theory]
    [InlineData(Limit - 64, true)]
    [InlineData(Limit, true)]
    [InlineData((2 * Limit) + (64 * 1024) + 64, false)]
    public void AcledRecordSize_EitherSideOfTheLimit(int bytes, bool accepted)
    {
        string row = RowOfBytes(bytes);
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(row));
        ImportResult<IncidentSet> result = ImportText(HostileCorpus.Csv(HostileCorpus.Row("BFO1"), row, HostileCorpus.Row("BFO2")), new AcledImportOptions { MaxRecordBytes = Limit });
        FileImportSummary file = Assert.Single(result.Report.Files);
        Assert.True(file.IsBalanced);
        if (accepted)
        {
            Assert.Equal(3, result.Data.Count);
            Assert.Null(file.FatalError);
        }
        else
        {
            Assert.Equal(ImportIssueCodes.RecordTooLarge, file.FatalError?.Code);
            Assert.Equal(3, file.FatalError!.Line);
            Assert.Equal(["BFO1"], result.Data.Select(i => i.Id));
        }
    }

    [Fact]
    public void DisplacementRecordSize_OverOneMebibyte_IsRecordTooLargeAtItsLine()
    {
        string dir = Directory.CreateTempSubdirectory("limits-").FullName;
        try
        {
            string path = Path.Combine(dir, "big-record.csv");
            File.WriteAllText(path, "#country+code,#adm1+code,#affected+idps,#date+reported,#meta+source\nBFA,BF46,1000,2023-03-31,CONASUR\nBFA,BF47,2000,2023-03-31,\"" + new string('s', (1 << 20) + 10) + "\"\n");
            ImportResult<DisplacementSet> result = DisplacementImporter.ImportFile(path);
            FileImportSummary file = Assert.Single(result.Report.Files);
            Assert.Equal(ImportIssueCodes.RecordTooLarge, file.FatalError?.Code);
            Assert.Equal(3, file.FatalError!.Line);
            Assert.True(result.Report.IsBalanced);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(5, 8)]
    [InlineData(0, 3)]
    public void IssuesKept_StopAtTheLimit_CountsGoOn(int limit, int badRows)
    {
        string[] rows = Enumerable.Range(1, badRows).Select(i => HostileCorpus.Row("BFO" + i.ToString(CultureInfo.InvariantCulture), ("fatalities", "-1"))).ToArray();
        ImportReport report = ImportText(HostileCorpus.Csv([HostileCorpus.Row(), .. rows]), new AcledImportOptions { MaxIssues = limit }).Report;
        Assert.Equal(limit, report.IssueLimit);
        Assert.Equal(Math.Min(limit, badRows), report.Issues.Count);
        Assert.Equal(badRows, report.TotalIssues);
        Assert.Equal(badRows, report.IssueCounts[ImportIssueCodes.NegativeFatalities]);
        Assert.Equal(Math.Max(0, badRows - limit), report.IssuesNotKept);
        Assert.Equal(badRows, report.Rejected);
        Assert.Equal(1, report.Accepted);
        Assert.Equal(badRows > limit, report.ToString().Contains($"{badRows - limit} issues beyond the limit of {limit}", StringComparison.Ordinal));
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void IssuesKept_DefaultIsTenThousand_ForEveryImporter()
    {
        Assert.Equal(10_000, ImportReport.DefaultIssueLimit);
        Assert.Equal(ImportReport.DefaultIssueLimit, AcledImportOptions.Default.MaxIssues);
        Assert.Equal(ImportReport.DefaultIssueLimit, DisplacementImportOptions.Default.IssueLimit);
        Assert.Throws<ArgumentOutOfRangeException>("MaxIssues", () => ImportText(HostileCorpus.Csv(HostileCorpus.Row()), new AcledImportOptions { MaxIssues = -1 }));
    }

    [Fact]
    public void DisplacementIssuesKept_StopAtTheLimit_CountsGoOn()
    {
        string dir = Directory.CreateTempSubdirectory("limits-").FullName;
        try
        {
            string path = Path.Combine(dir, "negative.csv");
            File.WriteAllText(path, "#country+code,#adm1+code,#affected+idps,#date+reported,#meta+source\n" + string.Concat(Enumerable.Range(0, 6).Select(i => $"BFA,BF4{i},-{i + 1},2023-03-31,CONASUR\n")));
            ImportReport report = DisplacementImporter.ImportFile(path, new DisplacementImportOptions { IssueLimit = 2 }).Report;
            Assert.Equal(2, report.Issues.Count);
            Assert.Equal(6, report.TotalIssues);
            Assert.Equal(4, report.IssuesNotKept);
            Assert.Equal(6, report.Rejected);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void WholeFileReaders_RefuseFilesOverTheLimit_WithoutReadingThem()
    {
        Assert.Equal(256L * 1024 * 1024, TextFile.MaxFileBytes);
        string dir = Directory.CreateTempSubdirectory("limits-").FullName;
        try
        {
            // A sparse file: 256 MiB + 1 byte on paper, no disk blocks; a reader that loaded it would take seconds and 256 MiB.
            string path = Path.Combine(dir, "huge.csv");
            using (FileStream fs = File.Create(path))
            {
                fs.SetLength(TextFile.MaxFileBytes + 1);
            }

            long before = GC.GetTotalAllocatedBytes();
            ImportReport displacement = DisplacementImporter.ImportFile(path).Report;
            ImportReport hapi = ConflictEventAggregateImporter.ImportFile(path).Report;
            var issues = new List<ImportIssue>();
            Assert.Null(HxlReader.ReadFile(path, issues));
            Assert.True(GC.GetTotalAllocatedBytes() - before < 16 * 1024 * 1024, "the file was not loaded");
            Assert.Equal(ImportIssueCodes.FileTooLarge, Assert.Single(displacement.Files).FatalError?.Code);
            Assert.Equal(ImportIssueCodes.FileTooLarge, Assert.Single(hapi.Files).FatalError?.Code);
            Assert.Equal(ImportIssueCodes.FileTooLarge, Assert.Single(issues).Code);
            Assert.Contains("268435457 bytes", Assert.Single(issues).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ZippedInput_IsNeverOpened_EveryReaderSaysNotCsv()
    {
        // A real .xlsx (a zip) written by the library itself: no reader decompresses input, so no zip bomb can be opened.
        byte[] xlsx = HostileCorpus.MiniReport(("Sheet", [new TableBlock("t", [new TableColumn("A")], [["x"]])])).ToXlsx(new ExcelReportOptions { Clock = HostileCorpus.Clock });
        string dir = Directory.CreateTempSubdirectory("limits-").FullName;
        try
        {
            string path = Path.Combine(dir, "figures.xlsx");
            File.WriteAllBytes(path, xlsx);
            Assert.Equal(ImportIssueCodes.NotCsv, AcledImporter.Import(path, null, TestContext.Current.CancellationToken).Report.Files[0].FatalError?.Code);
            Assert.Equal(ImportIssueCodes.NotCsv, DisplacementImporter.ImportFile(path).Report.Files[0].FatalError?.Code);
            Assert.Equal(ImportIssueCodes.NotCsv, ConflictEventAggregateImporter.ImportFile(path).Report.Files[0].FatalError?.Code);
            var issues = new List<ImportIssue>();
            Assert.Null(HxlReader.ReadFile(path, issues));
            Assert.Equal(ImportIssueCodes.NotCsv, Assert.Single(issues).Code);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void AcledReader_Streams_FirstIncidentBeforeTheFileIsRead()
    {
        const int Rows = 20_000;
        using var stream = new GeneratedCsvStream(Rows);
        using AcledReader reader = AcledReader.Read(stream, "stream.csv", null, TestContext.Current.CancellationToken);
        using IEnumerator<ConflictIncident> e = reader.ReadIncidents().GetEnumerator();
        Assert.True(e.MoveNext());
        // A parallel read (several cores, a stream of unknown length) reads ahead at most 2 × workers + 2 batches of 128 KiB.
        Assert.True(stream.BytesServed < 2 * 1024 * 1024, $"{stream.BytesServed} bytes read before the first incident");
        long total = 1;
        while (e.MoveNext())
        {
            total++;
        }

        Assert.Equal(Rows, total);
        Assert.Equal(Rows, reader.Summary.RowsRead);
        Assert.True(stream.BytesServed > 10L * 1024 * 1024);
    }

    /// <summary>A forward-only stream that writes the ACLED header and <c>rows</c> rows on demand (never held in memory).</summary>
    private sealed class GeneratedCsvStream(int rows) : Stream
    {
        private byte[] _pending = Encoding.UTF8.GetBytes(HostileCorpus.AcledHeader + "\n");
        private int _offset;
        private int _next;

        public long BytesServed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesServed; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                if (_next == rows)
                {
                    return 0;
                }

                _next++;
                _pending = Encoding.UTF8.GetBytes(HostileCorpus.Row("BFO" + _next.ToString(CultureInfo.InvariantCulture), ("notes", new string('n', 500))) + "\n");
                _offset = 0;
            }

            int n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            BytesServed += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
