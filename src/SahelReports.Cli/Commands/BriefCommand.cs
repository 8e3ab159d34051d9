using System.CommandLine;
using System.Globalization;
using SahelReports.Analysis;
using SahelReports.Displacement;
using SahelReports.Excel;
using SahelReports.Import;
using SahelReports.Import.Displacement;
using SahelReports.Incidents;
using SahelReports.Pdf;
using SahelReports.Reporting;

namespace SahelReports.Cli.Commands;

/// <summary><c>sahel-reports brief</c>: the weekly situation report from ACLED exports (and displacement figures).</summary>
internal static class BriefCommand
{
    /// <summary>The folder, beside the tool, that holds the bundled synthetic data for <c>--demo</c>.</summary>
    public const string DemoDataFolder = "demo-data";

    /// <summary>The masthead of demo reports, so that a forwarded demo report cannot be mistaken for a real one.</summary>
    public const string DemoPublisher = "SahelReports demo — SYNTHETIC data, not for use";

    /// <summary>The formats written when <c>--format</c> is not given.</summary>
    public const string DefaultFormats = "pdf,xlsx,md";

    private static readonly string[] s_knownFormats = ["md", "pdf", "xlsx"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var incidents = new Option<string[]>("--incidents", "-i")
        {
            Description = "ACLED export files (CSV, any supported layout). Required unless --demo.",
            AllowMultipleArgumentsPerToken = true,
        };
        var displacement = new Option<string[]>("--displacement", "-d")
        {
            Description = "Displacement files (IOM DTM, UNHCR, HDX HAPI, HXL-tagged CSV).",
            AllowMultipleArgumentsPerToken = true,
        };
        var week = new Option<string?>("--week", "-w") { Description = "The ISO week to report, such as 2024-W44. Default: the latest full week of the data." };
        var lang = new Option<string>("--lang", "-l") { Description = "The report language: en or fr.", DefaultValueFactory = _ => "en" };
        var outDir = new Option<string>("--out", "-o") { Description = "The folder to write the report to.", DefaultValueFactory = _ => "." };
        var format = new Option<string>("--format", "-f") { Description = "Output formats, comma-separated: md, pdf, xlsx.", DefaultValueFactory = _ => DefaultFormats };
        var number = new Option<string?>("--report-number") { Description = "The report number shown in the masthead. Default: the ISO week." };
        var publisher = new Option<string?>("--publisher") { Description = "The publishing organisation's name for the masthead." };
        var demo = new Option<bool>("--demo") { Description = "Use the bundled synthetic sample data (not real events) instead of --incidents and --displacement." };

        var command = new Command("brief", "Write the weekly situation report (key figures, highlights, security overview, trends, displacement) for one ISO week.")
        {
            incidents, displacement, week, lang, outDir, format, number, publisher, demo,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            new BriefRequest(
                parse.GetValue(incidents) ?? [],
                parse.GetValue(displacement) ?? [],
                parse.GetValue(week),
                parse.GetValue(lang) ?? "en",
                parse.GetValue(outDir) ?? ".",
                parse.GetValue(format) ?? DefaultFormats,
                parse.GetValue(number),
                parse.GetValue(publisher),
                parse.GetValue(demo)),
            output,
            error,
            cancellationToken)));
        return command;
    }

    internal static int Run(BriefRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ReportLanguage language;
        try
        {
            language = ReportLanguage.FromCode(request.Language);
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"sahel-reports brief: {ex.Message}");
            return CliApp.UsageError;
        }

        string[] formats = request.Formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
        string[] unknown = formats.Where(f => !s_knownFormats.Contains(f, StringComparer.Ordinal)).ToArray();
        if (formats.Length == 0 || unknown.Length > 0)
        {
            error.WriteLine($"sahel-reports brief: unknown format '{string.Join(",", unknown)}'; use md, pdf or xlsx (comma-separated).");
            return CliApp.UsageError;
        }

        IsoWeek? requestedWeek = null;
        if (request.Week is { } weekText)
        {
            if (!IsoWeek.TryParse(weekText, out IsoWeek parsed))
            {
                error.WriteLine($"sahel-reports brief: '{weekText}' is not an ISO week; write it like 2024-W44.");
                return CliApp.UsageError;
            }

            requestedWeek = parsed;
        }

        IReadOnlyList<string> incidentFiles = request.IncidentFiles;
        IReadOnlyList<string> displacementFiles = request.DisplacementFiles;
        if (request.Demo)
        {
            if (incidentFiles.Count > 0 || request.DisplacementFiles.Count > 0)
            {
                error.WriteLine("sahel-reports brief: --demo uses the bundled sample data; do not combine it with --incidents or --displacement.");
                return CliApp.UsageError;
            }

            string data = Path.Combine(AppContext.BaseDirectory, DemoDataFolder);
            incidentFiles = [Path.Combine(data, "acled-sahel-synthetic.csv")];
            displacementFiles = [Path.Combine(data, "dtm-idps-synthetic.csv"), Path.Combine(data, "unhcr-idps-synthetic.csv")];
            if (!File.Exists(incidentFiles[0]))
            {
                error.WriteLine($"sahel-reports brief: the bundled sample data is missing from '{data}'; reinstall the tool.");
                return CliApp.UnreadableInput;
            }

            output.WriteLine("Demo: bundled SYNTHETIC data (invented events, not for use in any decision).");
        }
        else if (incidentFiles.Count == 0)
        {
            error.WriteLine("sahel-reports brief: give ACLED files with --incidents, or use --demo.");
            return CliApp.UsageError;
        }

        ImportResult<IncidentSet> imported = AcledImporter.ImportFiles(incidentFiles, null, cancellationToken);
        ImportReport report = imported.Report;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Incidents: {report.RowsRead} rows read, {report.Accepted} accepted, {report.Rejected} rejected, {report.Merged} merged; {report.TotalIssues} issues (see `sahel-reports import acled`)."));
        if (report.HasUnreadableFiles)
        {
            return Unreadable(report, error);
        }

        if (imported.Data.Count == 0)
        {
            error.WriteLine("sahel-reports brief: no incidents were accepted, so there is nothing to report.");
            return CliApp.UnreadableInput;
        }

        DisplacementSet? displacement = null;
        if (displacementFiles.Count > 0)
        {
            ImportResult<DisplacementSet> idps = DisplacementImporter.ImportFiles(displacementFiles);
            ImportReport r = idps.Report;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Displacement: {r.RowsRead} rows read, {r.Accepted} accepted, {r.Rejected} rejected, {r.Merged} merged; {r.TotalIssues} issues (see `sahel-reports import displacement`)."));
            if (r.HasUnreadableFiles)
            {
                return Unreadable(r, error);
            }

            displacement = idps.Data;
        }

        IsoWeek reportWeek = requestedWeek ?? WeeklySituationReportBuilder.LatestFullWeek(imported.Data);
        var options = new WeeklyReportOptions
        {
            Language = language,
            ReportNumber = request.ReportNumber ?? reportWeek.ToString(),
            Publisher = request.Publisher is { } name ? new Publisher(name) : request.Demo ? new Publisher(DemoPublisher) : Publisher.Default,
        };
        SituationReport situation = new WeeklySituationReportBuilder(options).Build(imported.Data, reportWeek, displacement);

        Directory.CreateDirectory(request.OutputDirectory);
        string stem = Path.Combine(request.OutputDirectory, $"sitrep-{reportWeek}-{language.Code}");
        foreach (string f in formats)
        {
            switch (f)
            {
                case "md":
                    situation.WriteMarkdown(stem + ".md");
                    output.WriteLine($"Wrote {stem}.md");
                    break;
                case "pdf":
                    situation.WritePdf(stem + ".pdf");
                    output.WriteLine($"Wrote {stem}.pdf");
                    break;
                case "xlsx":
                    ExcelWriteResult written = situation.WriteXlsx(stem + ".xlsx");
                    output.WriteLine($"Wrote {stem}.xlsx");
                    foreach (string cell in written.TruncatedCells)
                    {
                        error.WriteLine($"sahel-reports brief: warning: text longer than Excel's 32,767-character cell limit was truncated in {cell}.");
                    }

                    break;
            }
        }

        return CliApp.Success;
    }

    private static int Unreadable(ImportReport report, TextWriter error)
    {
        foreach (FileImportSummary file in report.Files.Where(f => f.IsUnreadable))
        {
            error.WriteLine($"sahel-reports brief: could not read '{file.File}': {file.FatalError!.Message}");
        }

        return CliApp.UnreadableInput;
    }
}

/// <summary>The inputs of <c>brief</c>, parsed from the command line.</summary>
internal sealed record BriefRequest(
    IReadOnlyList<string> IncidentFiles,
    IReadOnlyList<string> DisplacementFiles,
    string? Week,
    string Language,
    string OutputDirectory,
    string Formats,
    string? ReportNumber,
    string? Publisher,
    bool Demo);
