using SahelReports.Geography;

namespace SahelReports.Tests.Geography;

public sealed class PCodeTests
{
    [Theory]
    [InlineData("ML")]
    [InlineData("ML0206")]
    [InlineData("NE005012")]
    [InlineData("BF4601")]
    public void Constructor_WellFormed_KeepsValue(string text) => Assert.Equal(text, new PCode(text).Value);

    [Theory]
    [InlineData("NER005012")]
    [InlineData("ml01")]
    [InlineData("M1")]
    [InlineData("")]
    public void Constructor_Malformed_ThrowsWithParamName(string text) =>
        Assert.Throws<ArgumentException>("value", () => new PCode(text));

    [Fact]
    public void Value_OfDefault_Throws() => Assert.Throws<InvalidOperationException>(() => default(PCode).Value);

    [Theory]
    [InlineData("MLI001", "ML01")]
    [InlineData("MLI005002", "ML0502")]
    [InlineData("NER005012", "NE005012")]
    [InlineData("NER006", "NE006")]
    [InlineData("MLI001002", "ML0102")]
    [InlineData("MLI010", "ML10")]
    [InlineData("MLI0502", "ML0502")]
    [InlineData("BFA046", "BF46")]
    [InlineData("BFA046001", "BF4601")]
    [InlineData("BFA013000", "BF1300")]
    [InlineData("BFA4601", "BF4601")]
    [InlineData("ner006012", "NE006012")]
    [InlineData("MLI", "ML")]
    [InlineData("TCD003", "TD03")]
    public void TryNormalize_LegacyAlpha3_RewritesAndFlags(string legacy, string expected)
    {
        Assert.True(PCode.TryNormalize(legacy, out PCode code, out bool wasLegacy));
        Assert.Equal(expected, code.Value);
        Assert.True(wasLegacy);
    }

    [Fact]
    public void TryNormalize_Canonical_IsNotFlaggedLegacy()
    {
        Assert.True(PCode.TryNormalize(" ne006001 ", out PCode code, out bool wasLegacy));
        Assert.Equal("NE006001", code.Value);
        Assert.False(wasLegacy);
    }

    [Theory]
    [InlineData("XYZ001")]
    [InlineData("MLI010010")] // ML1010 (three digits a level) or ML010010 (current widths): ambiguous, so not converted
    [InlineData("MLI00")] // neither three digits a level nor a whole number of Mali's two-digit levels with a non-zero admin1
    [InlineData("MLI105")] // three-digit group not zero-padded for Mali's two-digit levels, and 3 digits are no whole levels
    [InlineData("NER0050")] // Niger uses three digits a level
    [InlineData("BDI001")] // Burundi's P-codes do not use an alpha-2 prefix: no digit table, no conversion
    [InlineData("ML01A")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryNormalize_Unknown_ReturnsFalse(string? text) => Assert.False(PCode.TryNormalize(text, out _, out _));

    [Fact]
    public void IsWithin_ChildOfParent_IsTrue()
    {
        Assert.True(new PCode("NE006001").IsWithin(new PCode("NE006")));
        Assert.False(new PCode("NE005012").IsWithin(new PCode("NE006")));
    }
}
