namespace SahelReports.Excel;

/// <summary>Which incidents the report workbook's Incidents sheet lists (<see cref="ExcelReportOptions.IncidentSheet"/>).</summary>
public enum IncidentSheetScope
{
    /// <summary>No Incidents sheet.</summary>
    None = 0,

    /// <summary>The incidents dated inside the report period (<see cref="Reporting.ReportMetadata.Period"/>), in their order in the source.</summary>
    ReportPeriod = 1,

    /// <summary>Every incident available to the report, whatever its date, in their order in the source.</summary>
    AllIncidents = 2,
}
