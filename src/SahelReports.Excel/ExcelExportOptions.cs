using NodaTime;
using SahelReports.Reporting;

namespace SahelReports.Excel;

/// <summary>Options for the single-sheet data exports (<see cref="IncidentExcelExtensions"/>, <see cref="TableBlockExcelExtensions"/>).</summary>
public sealed record ExcelExportOptions
{
    /// <summary>Gets the language of the sheet name and the date format; English by default.</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.English;

    /// <summary>Gets a value indicating whether an HXL hashtag row follows the header row (it is then the table's first row, and the header stays frozen above the data).</summary>
    public bool IncludeHxlRow { get; init; }

    /// <summary>Gets the worksheet name; <see langword="null"/> for the default ("Incidents"/"Table", translated). Invalid characters are replaced and the name cut to 31 characters.</summary>
    public string? SheetName { get; init; }

    /// <summary>Gets the document title stored in the file's properties, if any.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the clock that stamps the document properties and zip entries; a fixed clock gives identical bytes run to run.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;
}
