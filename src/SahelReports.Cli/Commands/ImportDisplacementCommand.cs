using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using SahelReports.Displacement;
using SahelReports.Import;
using SahelReports.Import.Displacement;

namespace SahelReports.Cli.Commands;

/// <summary><c>sahel-reports import displacement &lt;file&gt;... [--json]</c>: imports displacement files and prints the
/// row accounting, the latest figures and the issues.</summary>
internal static class ImportDisplacementCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Displacement files: IOM DTM API JSON or HDX CSV, HDX HAPI idps/refugees, UNHCR population statistics, CONASUR tables, HXL-tagged tables. The format is detected from the content.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print JSON: rowsRead, accepted, rejected, merged, figures, latest, files, issues." };
        var command = new Command("displacement", "Import displacement figures (stocks at a date) and print the accounting and the latest figure per area, group and source.");
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            string[] paths = parse.GetValue(files) ?? [];
            ImportResult<DisplacementSet> result = DisplacementImporter.ImportFiles(paths);
            output.Write(parse.GetValue(json) ? ToJson(result) : ToText(result));
            if (result.Report.HasUnreadableFiles)
            {
                error.WriteLine("sahel-reports: some files could not be read (see the report).");
                return CliApp.UnreadableInput;
            }

            return CliApp.Success;
        });
        return command;
    }

    internal static string ToText(ImportResult<DisplacementSet> result)
    {
        var sb = new StringBuilder();
        IFormatProvider inv = CultureInfo.InvariantCulture;
        sb.Append(result.Report.ToString());
        sb.Append(inv, $"figures: {result.Data.Count}\n");
        DisplacementSet set = result.Data;
        if (set.Count == 0)
        {
            return sb.ToString();
        }

        // National stocks: the published national figure, or the sum of one level of sub-areas for one round and date.
        LocalDate asOf = set.Max(f => f.ReportingDate);
        sb.Append(inv, $"latest national stock per country, group, source and assessment type as of {asOf:uuuu'-'MM'-'dd} (alternatives, never to be added; stale = older than {DisplacementSet.DefaultStaleAfter.Months} months):\n");
        sb.Append(inv, $"  {"country",-7} {"group",-5} {"source",-40} {"type",-4} {"date",-10} {"round",5} {"individuals",12}  note\n");
        foreach (string country in set.GetCountries())
        {
            foreach (PopulationGroup group in Enum.GetValues<PopulationGroup>())
            {
                foreach (DisplacementStock s in set.GetStocks(DisplacementArea.ForCountry(country), group, asOf))
                {
                    string round = s.Round?.ToString(inv) ?? "-";
                    string note = s.SummedAreas > 0 ? string.Create(inv, $"sum of {s.SummedAreas} sub-areas") : string.Empty;
                    if (s.IsStale)
                    {
                        note = (note + " stale").TrimStart();
                    }

                    string date = s.Date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
                    sb.Append(string.Create(inv, $"  {country,-7} {PopulationGroups.ToCode(group),-5} {Truncate(s.Source.ToString(), 40),-40} {s.AssessmentType.Code,-4} {date,-10} {round,5} {s.Individuals,12}  {note}").TrimEnd()).Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    internal static string ToJson(ImportResult<DisplacementSet> result)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            ImportReport report = result.Report;
            w.WriteStartObject();
            w.WriteNumber("rowsRead", report.RowsRead);
            w.WriteNumber("accepted", report.Accepted);
            w.WriteNumber("rejected", report.Rejected);
            w.WriteNumber("merged", report.Merged);
            w.WriteNumber("figures", result.Data.Count);
            w.WriteStartArray("latest");
            foreach (DisplacementFigure f in result.Data.GetLatestFigures())
            {
                w.WriteStartObject();
                w.WriteString("country", f.Area.CountryAlpha3);
                w.WriteString("area", f.Area.Key);
                w.WriteNumber("level", f.Area.Level);
                w.WriteString("group", PopulationGroups.ToCode(f.Group));
                w.WriteString("source", f.Source.Label);
                if (f.Source.Operation is { } op)
                {
                    w.WriteString("operation", op);
                }

                if (!f.AssessmentType.IsNone)
                {
                    w.WriteString("assessmentType", f.AssessmentType.Code);
                }

                w.WriteString("date", Date(f));
                if (f.Round is { } r)
                {
                    w.WriteNumber("round", r);
                }

                w.WriteNumber("individuals", f.Individuals);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            ImportReportJson.WriteFilesAndIssues(w, report);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Date(DisplacementFigure f) => f.ReportingDate.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
