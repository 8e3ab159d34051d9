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
