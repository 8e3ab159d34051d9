using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SahelReports.Analysis;
using SahelReports.Import;
using SahelReports.Incidents;

namespace SahelReports.Cli.Commands;

/// <summary>Reads ACLED files into one incident set and reports how the rows were accounted for.</summary>
/// <param name="paths">The files.</param>
/// <param name="cancellationToken">Cancels the import.</param>
/// <returns>The incidents and the import report.</returns>
internal delegate ImportResult<IncidentSet> IncidentLoader(IReadOnlyList<string> paths, CancellationToken cancellationToken);

/// <summary>Options and parsing shared by the <c>aggregate</c> and <c>trend</c> commands.</summary>
internal static class AggregateCommandSupport
{
    /// <summary>The dimension names accepted by <c>--by</c>, in the order the help lists them.</summary>
    public static readonly IReadOnlyList<(string Name, AggregateDimension Dimension)> DimensionNames =
    [
        ("country", AggregateDimension.Country),
        ("admin1", AggregateDimension.Admin1),
        ("admin2", AggregateDimension.Admin2),
        ("event_type", AggregateDimension.EventType),
        ("sub_event_type", AggregateDimension.SubEventType),
        ("disorder_type", AggregateDimension.DisorderType),
        ("actor1", AggregateDimension.Actor),
        ("actor_type", AggregateDimension.ActorType),
        ("target_type", AggregateDimension.TargetType),
        ("civilian_targeting", AggregateDimension.CivilianTargeting),
        ("period", AggregateDimension.Period),
    ];

    /// <summary>The loader the commands use: the ACLED importer with default options (every layout, strict checks).</summary>
    public static ImportResult<IncidentSet> ImportAcled(IReadOnlyList<string> paths, CancellationToken cancellationToken) =>
        AcledImporter.ImportFiles(paths, null, cancellationToken);

    public static Argument<string[]> FilesArgument() => new("files")
    {
        Description = "ACLED CSV exports (any supported layout); events repeated across files are counted once.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string> PeriodOption() => new("--period")
    {
        Description = "The period of the 'period' dimension and of series: week (ISO week, 2024-W44) or month (2024-11).",
        DefaultValueFactory = _ => "week",
    };

    public static Option<string?> FromOption() => new("--from") { Description = "First date to include (yyyy-MM-dd)." };

    public static Option<string?> ToOption() => new("--to") { Description = "Last date to include (yyyy-MM-dd), inclusive." };

    /// <summary>Parses the shared options; writes a usage message and returns <see langword="false"/> on a bad value.</summary>
    public static bool TryParseCommon(string period, string? from, string? to, TextWriter error, out PeriodGranularity granularity, out DateInterval? interval)
    {
        interval = null;
        granularity = PeriodGranularity.Week;
        switch (period.Trim().ToLowerInvariant())
        {
            case "week":
                break;
            case "month":
                granularity = PeriodGranularity.Month;
                break;
            default:
                error.WriteLine("sahel-reports: --period must be 'week' or 'month'; got '" + period + "'.");
                return false;
        }

        LocalDate? start = null, end = null;
        if (from is not null)
        {
            if (!TryParseDate(from, "--from", error, out LocalDate d))
            {
                return false;
            }

            start = d;
        }

        if (to is not null)
        {
            if (!TryParseDate(to, "--to", error, out LocalDate d))
            {
                return false;
            }

            end = d;
        }

        if (start is null && end is null)
        {
            return true;
        }

        LocalDate s = start ?? new LocalDate(1, 1, 1);
        LocalDate e = end ?? new LocalDate(9998, 12, 31);
        if (e < s)
        {
            error.WriteLine("sahel-reports: --to (" + to + ") is before --from (" + from + ").");
            return false;
        }

        interval = new DateInterval(s, e);
        return true;
    }

    /// <summary>Imports the files and writes the import summary to <paramref name="error"/>; returns <see langword="null"/> when a
    /// file could not be read at all.</summary>
    public static IncidentSet? Load(IncidentLoader loader, string[] files, TextWriter error, CancellationToken cancellationToken)
    {
        ImportResult<IncidentSet> result = loader(files, cancellationToken);
        ImportReport report = result.Report;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sahel-reports: {report.RowsRead} rows read: {report.Accepted} accepted, {report.Rejected} rejected, {report.Merged} merged; {result.Data.Count} distinct events."));
        if (report.TotalIssues > 0)
        {
            string codes = string.Join(", ", report.IssueCounts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} ×{p.Value}")));
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sahel-reports: {report.TotalIssues} import issues ({codes}); the first ones:"));
            foreach (ImportIssue issue in report.Issues.Take(5))
            {
                error.WriteLine("  " + issue);
            }
        }

        foreach (FileImportSummary file in report.Files)
        {
            if (file.FatalError is { } fatal)
            {
                error.WriteLine("sahel-reports: could not read " + file.File + ": " + fatal.Message);
            }
        }

        return report.HasUnreadableFiles ? null : result.Data;
    }

    /// <summary>Writes why incidents were left out, when any were.</summary>
    public static void WriteExclusions(PrecisionExclusions exclusions, TextWriter error)
    {
        if (exclusions.OutsideInterval > 0 || exclusions.OutsideArea > 0 || exclusions.Imprecise > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sahel-reports: left out {exclusions.OutsideInterval} events outside the dates, {exclusions.OutsideArea} outside the area, {exclusions.ImpreciseTime} with imprecise dates, {exclusions.ImpreciseLocation} with imprecise locations."));
        }
    }

    /// <summary>Neutralises text a spreadsheet would read as a formula, then quotes it for CSV when needed.</summary>
    public static string CsvField(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static bool TryParseDate(string text, string option, TextWriter error, out LocalDate date)
    {
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (parsed.Success)
        {
            date = parsed.Value;
            return true;
        }

        date = default;
        error.WriteLine("sahel-reports: " + option + " must be a date such as 2024-11-03; got '" + text + "'.");
        return false;
    }
}
