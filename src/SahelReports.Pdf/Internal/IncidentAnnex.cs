using SahelReports.Incidents;
using SahelReports.Reporting;

namespace SahelReports.Pdf.Internal;

/// <summary>
/// The incident annex: one table row per incident (event id, date, admin 1, location, ACLED event type, fatalities) with a
/// fatalities total, its cells formatted from the incidents on every enumeration instead of being held as report cells.
/// </summary>
internal static class IncidentAnnex
{
    /// <summary>Gets the annex's section title in <paramref name="language"/>.</summary>
    public static string Title(ReportLanguage language) => IsFrench(language) ? "Annexe : liste des incidents" : "Incident annex";

    /// <summary>Gets the annex table of <paramref name="incidents"/> (enumerated four times: total, widths, heights, drawing).</summary>
    public static TableSource Table(IEnumerable<ConflictIncident> incidents, ReportLanguage language)
    {
        bool fr = IsFrench(language);
        string[] header = fr
            ? ["Identifiant", "Date", "Admin 1", "Localité", "Type d'événement", "Décès"]
            : ["Event id", "Date", "Admin 1", "Location", "Event type", "Fatalities"];

        // Dates and small fatality counts repeat across rows: each distinct value is formatted once per rendering.
        var dates = new Dictionary<NodaTime.LocalDate, string>();
        var numbers = new Dictionary<long, string>();
        string Date(NodaTime.LocalDate d)
        {
            if (!dates.TryGetValue(d, out string? s))
            {
                s = TableCell.FromDate(d).Format(language);
                dates[d] = s;
            }

            return s;
        }

        string Number(long n)
        {
            if (!numbers.TryGetValue(n, out string? s))
            {
                s = ReportFormatter.FormatInteger(n, language);
                if (numbers.Count < 10_000)
                {
                    numbers[n] = s;
                }
            }

            return s;
        }

        // One cells array per enumeration, refilled for every row (TableSource allows it): no array per row and pass.
        IEnumerable<string[]> Rows()
        {
            var cells = new string[6];
            foreach (ConflictIncident i in incidents)
            {
                cells[0] = i.Id;
                cells[1] = Date(i.Date);
                cells[2] = i.Location.Admin1 ?? "";
                cells[3] = i.Location.Name ?? "";
                cells[4] = AcledTaxonomy.GetName(i.EventType);
                cells[5] = Number(i.Fatalities);
                yield return cells;
            }
        }

        long total = 0;
        foreach (ConflictIncident i in incidents)
        {
            total += i.Fatalities;
        }

        string[] totals = [ReportStrings.Get("Total", language), "", "", "", "", Number(total)];
        return new TableSource(null, header, [false, false, false, false, false, true], Rows, totals, null);
    }

    private static bool IsFrench(ReportLanguage language) => string.Equals(language.Code, "fr", StringComparison.Ordinal);
}
