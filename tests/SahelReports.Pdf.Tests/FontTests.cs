using SahelReports.Pdf.Internal;

namespace SahelReports.Pdf.Tests;

public sealed class FontTests
{
    [Theory]
    [InlineData(0x2212)]
    [InlineData(0x2713)]
    [InlineData(0x202F)]
    public void Resolve_FindsAFaceWithTheGlyph(int codePoint)
    {
        using var fonts = new PdfFonts();
        int face = fonts.Resolve(FontRole.Regular, codePoint);
        Assert.Empty(fonts.MissingCodePoints);
        Assert.True(fonts.Font(face, 10).ContainsGlyph(codePoint), $"face {face}");
    }
}
