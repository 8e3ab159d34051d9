using System.Text.Json;
using SahelReports.Cli;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Cli;

public sealed class ImportAcledCommandTests
{
    private static string Fixture(string name) => TestPaths.Fixture("acled", name);

    [Fact]
    public async Task Json_PrintsOneObjectWithTheAccounting()
    {
        (int code, string output, string error) = await Run("import", "acled", Fixture("current.csv"), Fixture("monadic.csv"), Fixture("bad-rows.csv"), "--json");

        Assert.Equal(CliApp.Success, code);
        Assert.Equal(string.Empty, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;

        // Hand count: current 4 rows (4 new events); monadic 8 rows, all ids already known -> 8 merged;
        // bad-rows 16 rows: 12 rejected, 4 kept, of which BFO4567 (Kari) is already known -> 3 new, 1 merged.
        Assert.Equal(4 + 8 + 16, root.GetProperty("rowsRead").GetInt64());
        Assert.Equal(4 + 0 + 3, root.GetProperty("accepted").GetInt64());
        Assert.Equal(12, root.GetProperty("rejected").GetInt64());
        Assert.Equal(8 + 1, root.GetProperty("merged").GetInt64());
        Assert.Equal(7, root.GetProperty("events").GetInt32());

        // Seed 0 + 14 + 8 + 1, plus the three warned Kari copies with 8 each.
        Assert.Equal(23 + (3 * 8), root.GetProperty("fatalities").GetInt64());
        JsonElement countries = root.GetProperty("countries");
        Assert.Equal(2, countries.GetProperty("MLI").GetInt32());
        Assert.Equal(4, countries.GetProperty("BFA").GetInt32());
        Assert.Equal(1, countries.GetProperty("NER").GetInt32());
        Assert.Equal(1, root.GetProperty("unmatchedPlaces").GetInt64());

        JsonElement[] issues = root.GetProperty("issues").EnumerateArray().ToArray();
        Assert.Contains(issues, i => i.GetProperty("code").GetString() == "decimal-comma" && i.GetProperty("line").GetInt64() == 6
            && i.GetProperty("column").GetString() == "latitude" && i.GetProperty("severity").GetString() == "error"
            && i.GetProperty("file").GetString() == Fixture("bad-rows.csv"));
        Assert.All(issues, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("message").GetString())));
    }

    [Fact]
    public async Task Table_IsTheDefault()
    {
        (int code, string output, _) = await Run("import", "acled", Fixture("current.csv"));
        Assert.Equal(CliApp.Success, code);
        Assert.Contains("read 4 = accepted 4 + rejected 0 + merged 0", output, StringComparison.Ordinal);
        Assert.Contains("events: 4", output, StringComparison.Ordinal);
        Assert.Contains("fatalities: 23", output, StringComparison.Ordinal);
        Assert.Contains("BFA 1, MLI 2, NER 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableFile_Exit2_OneLineOnStderr_NoStackTrace()
    {
        string missing = Path.Combine(Path.GetTempPath(), "acled-missing-98765.csv");
        (int code, _, string error) = await Run("import", "acled", Fixture("current.csv"), missing);
        Assert.Equal(CliApp.UnreadableInput, code);
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string line = Assert.Single(lines);
        Assert.Contains(missing, line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateOrder_ReadsAmbiguousDates()
    {
        string dir = Directory.CreateTempSubdirectory("acled-cli").FullName;
        try
        {
            string path = Path.Combine(dir, "dates.csv");
            string[] lines = File.ReadAllLines(Fixture("current.csv"));
            string header = lines[0];
            string kari = lines.First(l => l.StartsWith("BFO4567", StringComparison.Ordinal)).Replace("2024-11-03,2024", "03/04/2024,2024", StringComparison.Ordinal);
            File.WriteAllText(path, header + "\n" + kari + "\n");

            (_, string rejected, _) = await Run("import", "acled", path, "--json");
            using (JsonDocument doc = JsonDocument.Parse(rejected))
            {
                Assert.Equal(1, doc.RootElement.GetProperty("rejected").GetInt64());
            }

            (_, string accepted, _) = await Run("import", "acled", path, "--json", "--date-order", "mdy");
            using (JsonDocument doc = JsonDocument.Parse(accepted))
            {
                Assert.Equal(1, doc.RootElement.GetProperty("accepted").GetInt64());
            }
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public async Task Encoding_And_MaxIssues_AreApplied()
    {
        (int code, string output, _) = await Run("import", "acled", Fixture("v6-2016.csv"), Fixture("bad-rows.csv"), "--encoding", "latin1", "--max-issues", "2", "--json");
        Assert.Equal(CliApp.Success, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetProperty("issues").GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("totalIssues").GetInt64() > 2);
        Assert.DoesNotContain("encoding-fallback", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_DocumentsEveryOption()
    {
        (_, string output, _) = await Run("import", "acled", "--help");
        foreach (string option in new[] { "--json", "--encoding", "--date-order", "--max-issues", "files" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BadOptionValues_AreUsageErrors()
    {
        (int code, _, string error) = await Run("import", "acled", Fixture("current.csv"), "--encoding", "klingon");
        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("klingon", error, StringComparison.Ordinal);
        (int code2, _, _) = await Run("import", "acled", Fixture("current.csv"), "--date-order", "ymd");
        Assert.NotEqual(CliApp.Success, code2);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await CliApp.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
