using SahelReports.Import;

namespace SahelReports.Tests.Import;

public sealed class FileImportSummaryTests
{
    [Fact]
    public void Constructor_Unbalanced_Throws() =>
        Assert.Throws<ArgumentException>("rowsRead", () => new FileImportSummary("a.csv", "acled-current", 10, 5, 2, 2));

    [Fact]
    public void Report_ToString_ShowsAccountingLine()
    {
        var report = new ImportReport(
            [new FileImportSummary("a.csv", "acled-current", 10, 7, 2, 1)],
            [new ImportIssue("a.csv", 4, "event_date", IssueSeverity.Error, "date-impossible", "'2024-02-30' is not a date.", "MLI1")]);
        string text = report.ToString();
        Assert.Contains("read 10 = accepted 7 + rejected 2 + merged 1", text, StringComparison.Ordinal);
        Assert.Contains("a.csv:4 [event_date] (MLI1) error date-impossible", text, StringComparison.Ordinal);
        Assert.True(report.IsBalanced);
        Assert.True(report.HasErrors);
        Assert.Throws<SahelDataException>(report.ThrowIfErrors);
    }
}
