using SahelReports.Geography;

namespace SahelReports.Tests.Geography;

public sealed class GeoPointTests
{
    [Theory]
    [InlineData(90.5, 0, "latitude")]
    [InlineData(-91, 0, "latitude")]
    [InlineData(double.NaN, 0, "latitude")]
    [InlineData(0, 180.01, "longitude")]
    [InlineData(0, double.NegativeInfinity, "longitude")]
    public void Constructor_OutOfRange_ThrowsWithParamName(double latitude, double longitude, string param) =>
        Assert.Throws<ArgumentOutOfRangeException>(param, () => new GeoPoint(latitude, longitude));

    [Fact]
    public void ToString_UsesInvariantDigits() =>
        Assert.Equal("14.49,-4.19", new GeoPoint(14.49, -4.19).ToString());

    [Fact]
    public void Equality_SameCoordinates_AreEqual() =>
        Assert.Equal(new GeoPoint(13.51, 2.11), new GeoPoint(13.51, 2.11));
}
