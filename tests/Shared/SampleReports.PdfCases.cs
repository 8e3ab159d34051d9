using System.Globalization;
using NodaTime;
using SahelReports.Reporting;

namespace SahelReports.Tests.Shared;

/// <summary>Larger synthetic reports for renderer tests: long tables, long words, several scripts.</summary>
internal static partial class SampleReports
{
    /// <summary>The weekly report plus an annex section with a table of <paramref name="rows"/> synthetic rows (labels "R0001", values 1..rows).</summary>
    public static SituationReport WithAnnex(ReportLanguage language, int rows)
    {
        SituationReport report = Weekly(language);
        var tableRows = new List<IReadOnlyList<TableCell>>(rows);
        for (int i = 1; i <= rows; i++)
        {
            string label = "R" + i.ToString("D4", CultureInfo.InvariantCulture);
            tableRows.Add([label, "Commune " + label, TableCell.FromDate(new LocalDate(2024, 10, 28).PlusDays(i % 7)), (long)i]);
        }

        var table = new TableBlock("Annex: incident list", [new TableColumn("Row id"), new TableColumn("Location"), new TableColumn("Date", ColumnKind.Date), new TableColumn("Fatalities", ColumnKind.Integer, Sum: true)], tableRows, totalsLabel: "Total");
        report.Sections.Add(new ReportSection("annex", "Annex", [table]));
        return report;
    }
}
