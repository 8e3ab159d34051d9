using SahelReports.Excel.Internal;

namespace SahelReports.Excel.Tests;

public sealed class CalibriWidthsTests
{
    [Fact]
    public void Pixels_NarrowAndWideLetters_DifferAsInTheFont()
    {
        // Calibri Bold 11 at 96 dpi: 'i' is 4 px, 'W' 13 px, digits 7 px (Excel's digit width), space 3 px.
        Assert.Equal(40, CalibriWidths.Pixels(new string('i', 10)));
        Assert.Equal(130, CalibriWidths.Pixels(new string('W', 10)));
        Assert.Equal(70, CalibriWidths.Pixels("0123456789"));
        Assert.Equal(3, CalibriWidths.Pixels(" "));
    }

    [Fact]
    public void Pixels_Accents_MultiLineAndOtherScripts()
    {
        // é has the width of e; the widest line counts; a character outside Latin counts as the fallback, a surrogate pair once.
        Assert.Equal(CalibriWidths.Pixels("Segou"), CalibriWidths.Pixels("Ségou"));
        Assert.Equal(CalibriWidths.Pixels("WWWW"), CalibriWidths.Pixels("ii\nWWWW\r\nii"));
        Assert.Equal(3 * CalibriWidths.FallbackPixels, CalibriWidths.Pixels("تيل"));
        Assert.Equal(CalibriWidths.FallbackPixels, CalibriWidths.Pixels("\U0001F600"));
        Assert.Equal(2 * CalibriWidths.WidePixels, CalibriWidths.Pixels("東京"));
        Assert.Equal(0, CalibriWidths.Pixels((string?)null));
    }

    [Theory]
    [InlineData(0, 8)]                   // the minimum
    [InlineData(51, 8)]                  // (51 + 5) / 7 = 8 exactly
    [InlineData(58, 9)]                  // (58 + 5) / 7 = 9
    [InlineData(59, 2341 / 256.0)]       // (59 + 5) / 7 × 256 = 2340.57, rounded up to the next 1/256
    [InlineData(10_000, 60)]             // the maximum
    public void ColumnWidth_RoundsUpToExcelsUnit(int pixels, double expected)
    {
        Assert.Equal(expected, CalibriWidths.ColumnWidth(pixels));
    }
}
