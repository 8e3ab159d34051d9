using NodaTime;

namespace SahelReports.Excel;

/// <summary>Options for rendering a situation report to an Excel workbook.</summary>
public sealed record ExcelReportOptions
{
    /// <summary>Gets the clock that stamps the workbook's document properties; a fixed clock gives identical bytes run to run.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;
}
