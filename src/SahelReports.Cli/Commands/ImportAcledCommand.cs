using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SahelReports.Import;
using SahelReports.Incidents;

namespace SahelReports.Cli.Commands;

/// <summary><c>sahel-reports import acled &lt;file&gt;... [--json] [--encoding] [--date-order dmy|mdy] [--max-issues N]</c>:
/// imports ACLED exports and prints the import report.</summary>
internal static class ImportAcledCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "ACLED exports: CSV (current, 2019-21 API, monadic, pre-2019, 2016 v6 or Excel re-saved; ',' or ';') or a saved JSON API response. The layout is detected from the header. Events in several files are merged by event id (newest timestamp wins).",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON object instead of the table: rowsRead, accepted, rejected, merged, events (distinct after merge), fatalities (sum over distinct events), countries (ISO3 -> events), unmatchedPlaces (rows whose admin1/admin2 name was not matched), files[], issues[] (file, line, column, severity, code, message).",
        };
        var encoding = new Option<string?>("--encoding")
        {
            Description = "The files' encoding when they have no byte order mark: utf-8, windows-1252, latin1 (iso-8859-1), utf-16. Default: detected (UTF-8, or Windows-1252 with a warning when the bytes are not UTF-8).",
        };
        var dateOrder = new Option<string?>("--date-order")
        {
            Description = "How to read numeric dates like 03/04/2023: dmy (day first) or mdy (month first). Default: such dates are rejected as ambiguous when both readings are valid; the 2016 v6 layout is always day first.",
        };
        dateOrder.AcceptOnlyFromAmong("dmy", "mdy");
        var maxIssues = new Option<int?>("--max-issues")
        {
            Description = "How many issues to keep and list (default 10000); all issues are still counted by code.",
        };
        var command = new Command("acled", "Import ACLED conflict-incident exports and print the report: rows read = accepted + rejected + merged per file, events and fatalities after merging, issues grouped by code. Exit code 0 when every file was read (even with rejected rows), 2 when a file could not be read.");
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.Options.Add(encoding);
        command.Options.Add(dateOrder);
        command.Options.Add(maxIssues);
        command.SetAction((parse, cancellationToken) =>
        {
            string[] paths = parse.GetValue(files) ?? [];
            var options = new AcledImportOptions();
            if (parse.GetValue(encoding) is { } name)
            {
                if (!TryGetEncoding(name, out Encoding? enc))
                {
                    error.WriteLine($"sahel-reports: unknown encoding '{name}' (use utf-8, windows-1252, latin1 or utf-16).");
                    return Task.FromResult(CliApp.UsageError);
                }

                options = options with { Encoding = enc };
            }

            if (parse.GetValue(dateOrder) is { } order)
            {
                options = options with { DateOrder = order == "mdy" ? AcledDateOrder.MonthDayYear : AcledDateOrder.DayMonthYear };
            }

            if (parse.GetValue(maxIssues) is { } max)
            {
                if (max < 0)
                {
                    error.WriteLine("sahel-reports: --max-issues must be 0 or more.");
                    return Task.FromResult(CliApp.UsageError);
                }

                options = options with { MaxIssues = max };
            }

            ImportResult<IncidentSet> result = AcledImporter.ImportFiles(paths, options, cancellationToken);
            output.Write(parse.GetValue(json) ? ToJson(result) : ToText(result));
            FileImportSummary[] unreadable = result.Report.Files.Where(f => f.IsUnreadable).ToArray();
            if (unreadable.Length > 0)
            {
                ImportIssue fatal = unreadable[0].FatalError!;
                string more = unreadable.Length > 1 ? string.Create(CultureInfo.InvariantCulture, $" (and {unreadable.Length - 1} more unreadable files)") : string.Empty;
                string where = fatal.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $" line {fatal.Line}") : string.Empty;
                error.WriteLine($"sahel-reports: cannot read '{fatal.File}'{where}: {fatal.Message}{more}");
                return Task.FromResult(CliApp.UnreadableInput);
            }

            return Task.FromResult(CliApp.Success);
        });
        return command;
    }

    internal static string ToText(ImportResult<IncidentSet> result)
    {
        IFormatProvider inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder(result.Report.ToString());
        sb.Append(inv, $"events: {result.Data.Count} (distinct after merging)\n");
        sb.Append(inv, $"fatalities: {result.Data.TotalFatalities} (sum over distinct events; 0 means none reported)\n");
        sb.Append("countries: ");
        sb.AppendJoin(", ", Countries(result.Data).Select(kv => string.Create(inv, $"{kv.Key} {kv.Value}")));
        sb.Append('\n');
        sb.Append(inv, $"unmatched places: {UnmatchedPlaces(result.Report)}\n");
        return sb.ToString();
    }

    internal static string ToJson(ImportResult<IncidentSet> result)
    {
        ImportReport report = result.Report;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("rowsRead", report.RowsRead);
            w.WriteNumber("accepted", report.Accepted);
            w.WriteNumber("rejected", report.Rejected);
            w.WriteNumber("merged", report.Merged);
            w.WriteNumber("events", result.Data.Count);
            w.WriteNumber("fatalities", result.Data.TotalFatalities);
            w.WriteStartObject("countries");
            foreach (KeyValuePair<string, int> kv in Countries(result.Data))
            {
                w.WriteNumber(kv.Key, kv.Value);
            }

            w.WriteEndObject();
            w.WriteNumber("unmatchedPlaces", UnmatchedPlaces(report));
            w.WriteNumber("totalIssues", report.TotalIssues);
            ImportReportJson.WriteFilesAndIssues(w, report);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static SortedDictionary<string, int> Countries(IncidentSet set)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (ConflictIncident i in set)
        {
            counts[i.Location.CountryAlpha3] = counts.GetValueOrDefault(i.Location.CountryAlpha3) + 1;
        }

        return counts;
    }

    private static long UnmatchedPlaces(ImportReport report) => report.IssueCounts.GetValueOrDefault(ImportIssueCodes.UnmatchedPlace);

    private static bool TryGetEncoding(string name, out Encoding? encoding)
    {
        encoding = name.Trim().ToLowerInvariant() switch
        {
            "utf-8" or "utf8" => Encoding.UTF8,
            "utf-16" or "utf16" or "utf-16le" => Encoding.Unicode,
            "utf-16be" => Encoding.BigEndianUnicode,
            "latin1" or "latin-1" or "iso-8859-1" => Encoding.Latin1,
            "windows-1252" or "cp1252" => CodePagesEncodingProvider.Instance.GetEncoding(1252),
            _ => null,
        };
        return encoding is not null;
    }
}
