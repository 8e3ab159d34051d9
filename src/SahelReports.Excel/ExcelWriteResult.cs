namespace SahelReports.Excel;

/// <summary>What happened while writing a workbook that the caller should know about.</summary>
/// <param name="TruncatedCells">Cells (<c>Sheet!A1</c>) whose text exceeded Excel's 32,767-character limit and was cut, with a visible marker giving the original length.</param>
public sealed record ExcelWriteResult(IReadOnlyList<string> TruncatedCells);
