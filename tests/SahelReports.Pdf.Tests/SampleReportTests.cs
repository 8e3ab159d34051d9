using SahelReports.Reporting;
using SahelReports.Tests.Shared;

namespace SahelReports.Pdf.Tests;

public sealed class SampleReportTests
{
    [Fact]
    public void Weekly_French_RendersToMarkdown() =>
        Assert.Contains("Chiffres clés", SampleReports.Weekly(ReportLanguage.French).ToMarkdown(), StringComparison.Ordinal);
}
