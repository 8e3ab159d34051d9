using NodaTime;
using SahelReports.Incidents;
using SahelReports.Reporting;

namespace SahelReports.Excel;

/// <summary>Options for rendering a situation report to an Excel workbook.</summary>
public sealed record ExcelReportOptions
{
    /// <summary>Gets the clock that stamps the workbook's document properties; a fixed clock gives identical bytes run to run.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>
    /// Gets which incidents the Incidents sheet (the last sheet, one Excel table, one row per incident) lists; by default those of
    /// the report period. The sheet is written only when incidents are available: <see cref="Incidents"/>, or else
    /// <see cref="SituationReport.Incidents"/> (set by <see cref="WeeklySituationReportBuilder"/>). A period without incidents
    /// gives the header and an empty table, so "none" is visible rather than a missing sheet.
    /// </summary>
    public IncidentSheetScope IncidentSheet { get; init; } = IncidentSheetScope.ReportPeriod;

    /// <summary>Gets the incidents for the Incidents sheet, in the order they should appear; <see langword="null"/> to use <see cref="SituationReport.Incidents"/>.</summary>
    public IReadOnlyCollection<ConflictIncident>? Incidents { get; init; }

    /// <summary>Gets a value indicating whether an HXL hashtag row follows the Incidents sheet's header row (it is then the table's first row; the header stays frozen above the data).</summary>
    public bool IncludeHxlRow { get; init; }
}
