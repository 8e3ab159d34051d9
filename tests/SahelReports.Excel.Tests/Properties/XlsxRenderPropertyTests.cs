using ClosedXML.Excel;
using CsCheck;
using SahelReports.Tests.Shared;

namespace SahelReports.Excel.Tests.Properties;

/// <summary>Rendering never throws for any weekly report built from random valid data (tests/Shared/RandomReports.cs), and
/// the workbook reopens with ClosedXML with no cell holding a formula built from the data.</summary>
public sealed class XlsxRenderPropertyTests
{
    [Fact]
    public void ToXlsx_AnyRandomWeeklyReport_ReopensWithoutDataFormulas()
    {
        RandomReports.Reports.Sample(report =>
        {
            byte[] bytes = WorkbookTestSupport.Render(report);

            using XLWorkbook workbook = WorkbookTestSupport.Open(bytes);
            Assert.NotEmpty(workbook.Worksheets);
            foreach (IXLCell cell in workbook.Worksheets.SelectMany(w => w.CellsUsed()))
            {
                // Actor and place names such as "=HYPERLINK(...)" must stay text.
                Assert.False(cell.HasFormula && cell.FormulaA1.Contains("HYPERLINK", StringComparison.OrdinalIgnoreCase), cell.Address.ToString());
            }
        }, iter: 25, threads: 1);
    }
}
