namespace SahelReports.Excel.Tests;

public sealed class ProjectSmokeTests
{
    [Fact]
    public void Options_DefaultClock_IsSystemClock() =>
        Assert.Same(NodaTime.SystemClock.Instance, new ExcelReportOptions().Clock);
}
