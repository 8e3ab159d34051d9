using SahelReports.Cli;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Cli;

public sealed class BriefCommandTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("brief-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await CliApp.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Demo_WritesTheLatestFullWeekOfTheBundledData()
    {
        (int code, string output, string error) = await Run("brief", "--demo", "--out", _out);
        Assert.True(code == CliApp.Success, error);
        Assert.Contains("SYNTHETIC", output, StringComparison.Ordinal);
        string md = File.ReadAllText(Path.Combine(_out, "sitrep-2024-W44-en.md"));
        Assert.Contains("Central Sahel: weekly security and displacement update", md, StringComparison.Ordinal);
        Assert.Contains("Report no. 2024-W44", md, StringComparison.Ordinal);
        Assert.Contains("Published by SahelReports demo — SYNTHETIC data, not for use", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PdfAndXlsx_AreAcceptedAndReportedAsNotAvailableYet()
    {
        (int code, _, string error) = await Run("brief", "--demo", "--lang", "fr", "--format", "md,pdf,xlsx", "--out", _out);
        Assert.Equal(CliApp.Success, code);
        Assert.Contains("the pdf format is not available yet", error, StringComparison.Ordinal);
        Assert.Contains("the xlsx format is not available yet", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_out, "sitrep-2024-W44-fr.md")));

        (int onlyPdf, _, _) = await Run("brief", "--demo", "--format", "pdf", "--out", _out);
        Assert.Equal(CliApp.UsageError, onlyPdf);
    }

    [Fact]
    public async Task Incidents_WithAWeek_WritesThatWeek()
    {
        string csv = Path.Combine(TestPaths.RepoRoot, "samples", "data", "acled-sahel-synthetic.csv");
        (int code, string output, string error) = await Run("brief", "--incidents", csv, "--week", "2024-W40", "--out", _out);
        Assert.True(code == CliApp.Success, error);
        Assert.Contains("rows read", output, StringComparison.Ordinal);
        Assert.Contains("30 September – 6 October 2024 (2024-W40)", File.ReadAllText(Path.Combine(_out, "sitrep-2024-W40-en.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("brief")]
    [InlineData("brief", "--demo", "--week", "2024-44")]
    [InlineData("brief", "--demo", "--lang", "de")]
    [InlineData("brief", "--demo", "--format", "docx")]
    public async Task BadUsage_ExitsWithUsageErrorAndAMessage(params string[] args)
    {
        (int code, _, string error) = await Run([.. args, "--out", _out]);
        Assert.Equal(CliApp.UsageError, code);
        Assert.StartsWith("sahel-reports brief: ", error, StringComparison.Ordinal);
    }
}
