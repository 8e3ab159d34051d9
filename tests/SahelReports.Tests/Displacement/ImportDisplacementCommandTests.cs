using System.Text.Json;
using SahelReports.Cli;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Displacement;

public sealed class ImportDisplacementCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await CliApp.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Json_PrintsAccountingLatestAndIssues()
    {
        string path = TestPaths.Fixture("displacement", "unhcr-population.csv");
        (int code, string stdout, _) = await Run("import", "displacement", path, "--json");

        Assert.Equal(CliApp.Success, code);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement root = doc.RootElement;
        Assert.Equal(8, root.GetProperty("rowsRead").GetInt64());
        Assert.Equal(5, root.GetProperty("accepted").GetInt64());
        Assert.Equal(1, root.GetProperty("rejected").GetInt64());
        Assert.Equal(2, root.GetProperty("merged").GetInt64());
        JsonElement bfaIdp = root.GetProperty("latest").EnumerateArray()
            .Single(e => e.GetProperty("country").GetString() == "BFA" && e.GetProperty("group").GetString() == "IDP");
        Assert.Equal("BFA", bfaIdp.GetProperty("area").GetString());
        Assert.Equal("UNHCR", bfaIdp.GetProperty("source").GetString());
        Assert.Equal("2024-12-31", bfaIdp.GetProperty("date").GetString());
        Assert.Equal(1_900_000, bfaIdp.GetProperty("individuals").GetInt64());
        Assert.Equal("unknown-country", Assert.Single(root.GetProperty("issues").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Text_NationalStockSummedFromSubAreas()
    {
        (int code, string stdout, _) = await Run("import", "displacement", TestPaths.Fixture("displacement", "conasur-fr.csv"));
        Assert.Equal(CliApp.Success, code);
        Assert.Contains("read 5 = accepted 3 + rejected 2 + merged 0", stdout, StringComparison.Ordinal);
        Assert.Contains("500000  sum of 3 sub-areas", stdout, StringComparison.Ordinal);   // Soum 120000 + Séno 80000 (admin2) + Centre-Nord 300000 (admin1)
    }

    [Fact]
    public async Task MissingFile_ExitCodeUnreadable()
    {
        (int code, _, string stderr) = await Run("import", "displacement", "/nonexistent/file.csv");
        Assert.Equal(CliApp.UnreadableInput, code);
        Assert.Contains("could not be read", stderr, StringComparison.Ordinal);
    }
}
