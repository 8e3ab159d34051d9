using SahelReports.Excel.Internal;

namespace SahelReports.Excel.Tests;

/// <summary>The streamed exports stop with an ArgumentException at Excel's row limit instead of writing a sheet Excel cannot open in full.</summary>
public sealed class SheetRowLimitTests
{
    private static readonly SaxColumn<int>[] s_columns = [SaxColumn<int>.OfInteger("n", "#x", i => i)];

    [Fact]
    public void MaxSheetRows_IsExcelsLimit() => Assert.Equal(1_048_576, SaxSheetWriter.MaxSheetRows);

    [Theory]
    [InlineData(9, true)]   // header + 9 rows = 10 sheet rows: exactly the limit
    [InlineData(10, false)] // one row more
    public void Write_AtAndOverTheLimit(int rows, bool fits)
    {
        using var output = new MemoryStream();
        var options = new ExcelExportOptions { Clock = new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2024, 11, 4, 8, 0)) };
        if (fits)
        {
            SaxSheetWriter.Write(output, s_columns, Enumerable.Range(1, rows), "S", "T", options, "rows", maxRows: 10);
            Assert.True(output.Length > 0);
        }
        else
        {
            ArgumentException ex = Assert.Throws<ArgumentException>("rows", () => SaxSheetWriter.Write(output, s_columns, Enumerable.Range(1, rows), "S", "T", options, "rows", maxRows: 10));
            Assert.Contains("at most 10 rows", ex.Message, StringComparison.Ordinal);
            Assert.Equal(0, output.Length); // nothing written
        }
    }
}
