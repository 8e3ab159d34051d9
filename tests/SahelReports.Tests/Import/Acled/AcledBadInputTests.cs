using System.Globalization;
using System.Text;
using SahelReports.Import;
using SahelReports.Incidents;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Import.Acled;

/// <summary>Every bad-input class of issue 2 item 5: rejected or warned with file, line, column and a stable code; never a crash, never silent.</summary>
public sealed class AcledBadInputTests
{
    private const string Header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    private const string KariRow = "BFO4567,2024-11-03,2024,1,Political violence,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,,Rebel group,VDP: Volunteers for the Defense of the Homeland,,Political militia,Rebel group-Political militia,,854,Western Africa,Burkina Faso,Boucle du Mouhoun,Mouhoun,Kona,Kari,12.3800,-3.4400,1,Burkina Monitor,National,\"Secret note, with a comma\",8,,1731024000";

    private static readonly string[] s_rejections =
    [
        ImportIssueCodes.InvalidDate, ImportIssueCodes.AmbiguousDate, ImportIssueCodes.YearMismatch, ImportIssueCodes.DecimalComma,
        ImportIssueCodes.CoordinatesOutOfRange, ImportIssueCodes.NegativeFatalities, ImportIssueCodes.NonIntegerFatalities,
        ImportIssueCodes.UnknownEventType, ImportIssueCodes.MissingId, ImportIssueCodes.UnknownCountry, ImportIssueCodes.InvalidValue,
        ImportIssueCodes.FieldCount,
    ];

    private static readonly string[] s_warnings = [ImportIssueCodes.UnmatchedPlace, ImportIssueCodes.InvisibleCharacters, ImportIssueCodes.NormalisedToNfc];

    [Fact]
    public void BadRows_EachGetTheirCodeAtTheirLine()
    {
        string path = TestPaths.Fixture("acled", "bad-rows.csv");
        ImportResult<IncidentSet> result = AcledImporter.Import(path, null, TestContext.Current.CancellationToken);
        ImportReport report = result.Report;
        string[] expected = File.ReadAllLines(TestPaths.Fixture("acled", "bad-rows.expected.txt"));

        foreach (string line in expected)
        {
            string[] parts = line.Split('\t');
            long lineNumber = long.Parse(parts[0], CultureInfo.InvariantCulture);
            string code = parts[1];
            if (code == "ok")
            {
                Assert.DoesNotContain(report.Issues, i => i.Line == lineNumber);
                continue;
            }

            ImportIssue issue = Assert.Single(report.Issues, i => i.Line == lineNumber && i.Code == code);
            Assert.Equal(path, issue.File);
            Assert.Equal(s_warnings.Contains(code) ? IssueSeverity.Warning : IssueSeverity.Error, issue.Severity);
            Assert.False(string.IsNullOrWhiteSpace(issue.Message));
        }

        // Hand count: 16 rows; 12 rejected (one per rejection class); the ok row and three warned rows kept.
        FileImportSummary summary = Assert.Single(report.Files);
        Assert.Equal(expected.Length, summary.RowsRead);
        Assert.Equal(s_rejections.Length, summary.Rejected);
        Assert.Equal(1 + s_warnings.Length, summary.Accepted);
        Assert.True(report.IsBalanced);
        Assert.Equal(s_rejections.Length, report.Issues.Count(i => i.Severity == IssueSeverity.Error));
    }

    [Fact]
    public void BadRows_DecimalComma_IsNeverReadAsALargeNumber()
    {
        IncidentSet set = AcledImporter.Import(TestPaths.Fixture("acled", "bad-rows.csv"), null, TestContext.Current.CancellationToken).Data;
        Assert.DoesNotContain(set, i => Math.Abs(i.Location.Latitude) > 90);
        Assert.False(set.TryGet("BFO9004", out _));
    }

    [Fact]
    public void BadRows_WarnedRowsAreKept_Repaired()
    {
        IncidentSet set = AcledImporter.Import(TestPaths.Fixture("acled", "bad-rows.csv"), null, TestContext.Current.CancellationToken).Data;
        Assert.True(set.TryGet("BFO9012", out ConflictIncident? unmatched));
        Assert.Null(unmatched.Location.Admin2Code);
        Assert.Equal("Atlantide", unmatched.Location.Admin2);
        Assert.True(set.TryGet("BFO9013", out ConflictIncident? invisible));
        Assert.Equal("Boucle du Mouhoun", invisible.Location.Admin1);
        Assert.NotNull(invisible.Location.Admin1Code);
        Assert.True(set.TryGet("BFO9014", out ConflictIncident? nfc));
        Assert.Equal("Kar\u00ED", nfc.Location.Name);
    }

    [Fact]
    public void Messages_NeverEchoNotesOrActorNames()
    {
        string text = Header + "\n" + KariRow.Replace("12.3800", "12,3800", StringComparison.Ordinal).Replace(",8,", ",-8,", StringComparison.Ordinal) + "\n"
            + KariRow.Replace(",Rebel group,", ",Warlords,", StringComparison.Ordinal).Replace("BFO4567", "BFO4568", StringComparison.Ordinal) + "\n";
        ImportReport report = ImportText(text, new AcledImportOptions { DateOrder = null });
        Assert.NotEmpty(report.Issues);
        foreach (ImportIssue issue in report.Issues)
        {
            Assert.DoesNotContain("Secret note", issue.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("JNIM", issue.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("VDP", issue.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MalformedQuoting_RejectsTheRecord_KeepsTheOthers()
    {
        ImportResult<IncidentSet> result = AcledImporter.Import(TestPaths.Fixture("acled", "malformed-quoting.csv"), null, TestContext.Current.CancellationToken);
        ImportIssue issue = Assert.Single(result.Report.Issues, i => i.Code == ImportIssueCodes.MalformedQuoting);
        Assert.Equal(3, issue.Line);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        FileImportSummary summary = Assert.Single(result.Report.Files);
        Assert.Equal(3, summary.RowsRead);
        Assert.Equal(2, summary.Accepted);
        Assert.Equal(1, summary.Rejected);
        Assert.True(result.Data.TryGet("MLI12345", out _));
        Assert.True(result.Data.TryGet("NIR7890", out _));
    }

    [Theory]
    [InlineData("03/04/2023", null, ImportIssueCodes.AmbiguousDate, 0, 0)]
    [InlineData("03/04/2023", AcledDateOrder.DayMonthYear, null, 4, 3)]
    [InlineData("03/04/2023", AcledDateOrder.MonthDayYear, null, 3, 4)]
    [InlineData("13/04/2023", null, null, 4, 13)]
    [InlineData("2023-02-29", null, ImportIssueCodes.InvalidDate, 0, 0)]
    [InlineData("31 December 2023", null, ImportIssueCodes.YearMismatch, 0, 0)]
    [InlineData("16-Feb-23", null, null, 2, 16)]
    [InlineData("12-September-23", null, null, 9, 12)]
    public void Dates(string date, AcledDateOrder? order, string? code, int month, int day)
    {
        string row = KariRow.Replace("2024-11-03,2024", date + ",2023", StringComparison.Ordinal);
        if (date.StartsWith("31 December", StringComparison.Ordinal))
        {
            row = KariRow.Replace("2024-11-03,2024", "31 December 2023,2024", StringComparison.Ordinal);
        }

        var options = new AcledImportOptions { DateOrder = order };
        ImportResult<IncidentSet> result = AcledImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(Header + "\n" + row + "\n")), "dates.csv", options, TestContext.Current.CancellationToken);
        if (code is null)
        {
            ConflictIncident incident = Assert.Single(result.Data);
            Assert.Equal(month, incident.Date.Month);
            Assert.Equal(day, incident.Date.Day);
        }
        else
        {
            Assert.Empty(result.Data);
            ImportIssue issue = Assert.Single(result.Report.Issues);
            Assert.Equal(code, issue.Code);
            Assert.Equal(2, issue.Line);
        }
    }

    [Fact]
    public void InvalidUtf8AfterTheSniffedStart_RejectsOnlyThatRow()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(Header + "\n"));
        int rows = 0;
        while (bytes.Count < 70_000)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(KariRow.Replace("BFO4567", "BFO" + rows.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) + "\n"));
            rows++;
        }

        byte[] bad = Encoding.UTF8.GetBytes(KariRow.Replace("BFO4567", "BFOBAD", StringComparison.Ordinal).Replace("Kona", "Ko\u00E9na", StringComparison.Ordinal) + "\n");
        int e = Array.IndexOf(bad, (byte)0xC3);
        bad[e] = 0xE9; // a Latin-1 'é' inside UTF-8 text
        bad[e + 1] = (byte)'x';
        bytes.AddRange(bad);
        ImportResult<IncidentSet> result = AcledImporter.Import(new MemoryStream(bytes.ToArray()), "late-latin1.csv", null, TestContext.Current.CancellationToken);
        ImportIssue issue = Assert.Single(result.Report.Issues);
        Assert.Equal(ImportIssueCodes.InvalidEncoding, issue.Code);
        Assert.Equal(rows + 2, issue.Line);
        Assert.Equal("admin3", issue.Column);
        Assert.Equal(rows, result.Data.Count);
    }

    [Theory]
    [InlineData("", ImportIssueCodes.FileEmpty)]
    [InlineData("   \n\n", ImportIssueCodes.FileEmpty)]
    [InlineData("hello world\nthis is prose\n", ImportIssueCodes.NotCsv)]
    [InlineData("a,b,c\n1,2,3\n", ImportIssueCodes.UnknownHeader)]
    [InlineData("{\"rows\": []}", ImportIssueCodes.UnknownHeader)]
    [InlineData("{\"data\": [", ImportIssueCodes.NotCsv)]
    public void UnreadableFiles_GiveOneFatalError(string content, string code)
    {
        ImportResult<IncidentSet> result = AcledImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(content)), "input.csv", null, TestContext.Current.CancellationToken);
        FileImportSummary summary = Assert.Single(result.Report.Files);
        Assert.True(summary.IsUnreadable);
        Assert.Equal(code, summary.FatalError!.Code);
        Assert.Equal("input.csv", summary.FatalError.File);
        Assert.Equal(IssueSeverity.Fatal, summary.FatalError.Severity);
        Assert.Empty(result.Data);
    }

    [Fact]
    public void BinaryFile_IsNotCsv()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x2C, 0x00, 0x0A];
        ImportResult<IncidentSet> result = AcledImporter.Import(new MemoryStream(bytes), "report.xlsx", null, TestContext.Current.CancellationToken);
        Assert.Equal(ImportIssueCodes.NotCsv, result.Report.Files[0].FatalError?.Code);
    }

    [Fact]
    public void MissingFile_IsFileNotFound()
    {
        ImportResult<IncidentSet> result = AcledImporter.Import(Path.Combine(Path.GetTempPath(), "no-such-acled-file-1234.csv"), null, TestContext.Current.CancellationToken);
        Assert.Equal(ImportIssueCodes.FileNotFound, result.Report.Files[0].FatalError?.Code);
        Assert.True(result.Report.HasUnreadableFiles);
    }

    [Fact]
    public void RecordLargerThanTheLimit_StopsTheFileWithALineNumber()
    {
        var sb = new StringBuilder(Header).Append('\n').Append(KariRow).Append('\n');
        sb.Append(KariRow.Replace("\"Secret note, with a comma\"", "\"never closed", StringComparison.Ordinal)).Append('\n');
        string unquoted = KariRow.Replace("\"Secret note, with a comma\"", "plain note", StringComparison.Ordinal);
        for (int i = 0; i < 2_000; i++)
        {
            sb.Append(unquoted).Append('\n');
        }

        var options = new AcledImportOptions { MaxRecordBytes = 64 * 1024 };
        ImportResult<IncidentSet> result = AcledImporter.Import(new NonSeekableStream(Encoding.UTF8.GetBytes(sb.ToString())), "huge.csv", options, TestContext.Current.CancellationToken);
        FileImportSummary summary = Assert.Single(result.Report.Files);
        Assert.Equal(ImportIssueCodes.RecordTooLarge, summary.FatalError?.Code);
        Assert.True(summary.FatalError!.Line >= 3);
        Assert.True(summary.IsBalanced);
    }

    private static ImportReport ImportText(string text, AcledImportOptions? options = null) =>
        AcledImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(text)), "input.csv", options, TestContext.Current.CancellationToken).Report;

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
