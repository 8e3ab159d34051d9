using CsCheck;
using SahelReports.Tests.Shared;
using UglyToad.PdfPig;

namespace SahelReports.Pdf.Tests.Properties;

/// <summary>Rendering never throws for any weekly report built from random valid data (tests/Shared/RandomReports.cs), and
/// the result is a PDF that PdfPig opens, with the report number on its first page.</summary>
public sealed class PdfRenderPropertyTests
{
    [Fact]
    public void ToPdf_AnyRandomWeeklyReport_OpensWithReportNumberOnFirstPage()
    {
        var options = new PdfReportOptions { Clock = new FixedClock(RandomReports.Now) };
        RandomReports.Reports.Sample(report =>
        {
            byte[] pdf = report.ToPdf(options);

            using PdfDocument document = PdfDocument.Open(pdf);
            Assert.True(document.NumberOfPages >= 1);
            Assert.Contains("2024/44", PdfTestSupport.Squash(document.GetPage(1).Text), StringComparison.Ordinal);
        }, iter: 25, threads: 1);
    }
}
