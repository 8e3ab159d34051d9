using System.Text;
using SahelReports.Import;
using SahelReports.Incidents;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Hardening;

/// <summary>
/// The hostile-input corpus of issue 9: synthetic inputs written here (no real ACLED row), each with its expected behaviour.
/// Split by input family into partial files; <see cref="All"/> is the catalogue the tests run.
/// </summary>
internal static partial class HostileCorpus
{
    /// <summary>The current ACLED export header (31 columns).</summary>
    public const string AcledHeader = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    // The synthetic Kari (Burkina Faso) seed event of DESIGN.md §1; every ACLED case is a variation of it.
    private const string KariRow = "BFO4567,2024-11-03,2024,1,Political violence,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,,Rebel group,VDP: Volunteers for the Defense of the Homeland,,Political militia,Rebel group-Political militia,,854,Western Africa,Burkina Faso,Boucle du Mouhoun,Mouhoun,Kona,Kari,12.3800,-3.4400,1,Burkina Monitor,National,Synthetic note,8,,1731024000";

    private static readonly string[] s_columns = AcledHeader.Split(',');
    private static readonly string[] s_kari = TestCsv.SplitLine(KariRow);

    private static readonly Lazy<IReadOnlyList<HostileCase>> s_all = new(() =>
        [.. CsvStructureCases(), .. EncodingCases(), .. DateCases(), .. NumberCases(), .. CoordinateCases(), .. DuplicateCases(),
         .. DisplacementCases(), .. SpreadsheetCases(), .. PdfCases()]);

    /// <summary>Gets every case of the corpus.</summary>
    public static IReadOnlyList<HostileCase> All => s_all.Value;

    /// <summary>Returns the Kari row with some columns replaced (values quoted as CSV needs).</summary>
    public static string Row(params (string Column, string Value)[] set)
    {
        string[] values = (string[])s_kari.Clone();
        foreach ((string column, string value) in set)
        {
            int i = Array.IndexOf(s_columns, column);
            Assert.True(i >= 0, $"unknown column {column}");
            values[i] = value;
        }

        return string.Join(",", values.Select(Quote));
    }

    /// <summary>Returns the Kari row with another event id and some columns replaced.</summary>
    public static string Row(string id, params (string Column, string Value)[] set) => Row([("event_id_cnty", id), .. set]);

    /// <summary>Returns a CSV file: the ACLED header, then the rows, LF line ends.</summary>
    public static string Csv(params string[] rows) => AcledHeader + "\n" + string.Join("\n", rows) + "\n";

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static HostileCase Acled(string id, HostileCategory category, HostileOutcome outcome, string description, string text, ImportExpect expect) =>
        AcledBytes(id, category, outcome, description, Encoding.UTF8.GetBytes(text), expect);

    private static HostileCase AcledBytes(string id, HostileCategory category, HostileOutcome outcome, string description, byte[] bytes, ImportExpect expect) =>
        new(id, category, outcome, description, () =>
        {
            string file = id + ".csv";
            ImportResult<IncidentSet> result = AcledImporter.Import(new MemoryStream(bytes), file, expect.Options, TestContext.Current.CancellationToken);
            CheckReport(result.Report, [file], expect);
            expect.Then?.Invoke(result.Data);
        });

    private static HostileCase AcledFiles(string id, HostileCategory category, HostileOutcome outcome, string description, string[] texts, ImportExpect expect) =>
        new(id, category, outcome, description, () =>
        {
            string dir = Directory.CreateTempSubdirectory("hostile-").FullName;
            try
            {
                string[] paths = texts.Select((t, i) => Path.Combine(dir, $"{id}-{i + 1}.csv")).ToArray();
                for (int i = 0; i < paths.Length; i++)
                {
                    File.WriteAllText(paths[i], texts[i]);
                }

                ImportResult<IncidentSet> result = AcledImporter.ImportFiles(paths, expect.Options, TestContext.Current.CancellationToken);
                CheckReport(result.Report, paths, expect);
                expect.Then?.Invoke(result.Data);
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        });

    /// <summary>Asserts the accounting, the fatal error, and that the issues are exactly the expected (file, line, code) triples.</summary>
    internal static void CheckReport(ImportReport report, string[] files, ImportExpect expect)
    {
        Assert.Equal(files.Length, report.Files.Count);
        Assert.True(report.IsBalanced, "read = accepted + rejected + merged must hold for every file\n" + report);
        Assert.True(
            (expect.Accepted, expect.Rejected, expect.Merged) == (report.Accepted, report.Rejected, report.Merged),
            $"expected accepted {expect.Accepted}, rejected {expect.Rejected}, merged {expect.Merged}\n{report}");
        FileImportSummary[] unreadable = report.Files.Where(f => f.IsUnreadable).ToArray();
        if (expect.Fatal is null)
        {
            Assert.Empty(unreadable);
        }
        else
        {
            ImportIssue fatal = Assert.Single(unreadable).FatalError!;
            Assert.Equal(expect.Fatal, fatal.Code);
            Assert.Equal(IssueSeverity.Fatal, fatal.Severity);
            Assert.Contains(fatal.File, files);
            if (expect.FatalLine is { } line)
            {
                Assert.Equal(line, fatal.Line);
            }
        }

        foreach (ImportIssue issue in report.Issues)
        {
            Assert.Contains(issue.File, files);
            Assert.False(string.IsNullOrWhiteSpace(issue.Message));
        }

        string Describe(IEnumerable<(int File, long Line, string Code)> issues) => string.Join("; ", issues.Select(i => $"{i.File}:{i.Line} {i.Code}"));
        (int File, long Line, string Code)[] actual = report.Issues.Where(i => i.Severity != IssueSeverity.Fatal)
            .Select(i => (Array.IndexOf(files, i.File) + 1, i.Line, i.Code)).Order().ToArray();
        (int File, long Line, string Code)[] expected = (expect.Issues ?? []).Select(i => (i.File, i.Line, i.Code)).Order().ToArray();
        Assert.True(expected.SequenceEqual(actual), $"expected issues [{Describe(expected)}], got [{Describe(actual)}]\n{report}");
        foreach (ImportIssue rowIssue in report.Issues.Where(i => i.Severity == IssueSeverity.Error))
        {
            Assert.True(rowIssue.Line >= 2, $"a rejected row names its line: {rowIssue}");
        }
    }
}

/// <summary>The expected result of an import: counts, the exact issues (file number from 1, line, code), an optional fatal code, value checks.</summary>
internal sealed record ImportExpect(int Accepted, int Rejected = 0, int Merged = 0)
{
    public IReadOnlyList<(int File, long Line, string Code)>? Issues { get; init; }

    public string? Fatal { get; init; }

    public long? FatalLine { get; init; }

    public AcledImportOptions? Options { get; init; }

    public Action<IncidentSet>? Then { get; init; }

    /// <summary>One issue in the first (only) file.</summary>
    public static (int File, long Line, string Code) At(long line, string code) => (1, line, code);
}
