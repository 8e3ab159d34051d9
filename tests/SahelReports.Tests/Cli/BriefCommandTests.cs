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
    public async Task DefaultFormats_WritePdfXlsxAndMarkdown()
    {
        (int code, string output, string error) = await Run("brief", "--demo", "--lang", "fr", "--out", _out);
        Assert.True(code == CliApp.Success, error);
        string stem = Path.Combine(_out, "sitrep-2024-W44-fr");
        Assert.Contains($"Wrote {stem}.pdf", output, StringComparison.Ordinal);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(stem + ".pdf"), 0, 5), StringComparison.Ordinal);
        using (var workbook = new ClosedXML.Excel.XLWorkbook(stem + ".xlsx"))
        {
            Assert.True(workbook.Worksheets.Count >= 3);
        }

        Assert.True(File.Exists(stem + ".md"));
        Assert.Equal("", error);
    }

    [Fact]
    public async Task FormatPdfOnly_WritesOnlyThePdf()
    {
        (int code, _, string error) = await Run("brief", "--demo", "--format", "pdf", "--out", _out);
        Assert.True(code == CliApp.Success, error);
        Assert.Equal(["sitrep-2024-W44-en.pdf"], Directory.GetFiles(_out).Select(Path.GetFileName));
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
