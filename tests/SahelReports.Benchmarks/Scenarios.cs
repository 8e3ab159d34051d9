using System.Globalization;
using SahelReports.Analysis;
using SahelReports.Excel;
using SahelReports.Import;
using SahelReports.Incidents;
using SahelReports.Reporting;
using SahelReports.Synthetic;

namespace SahelReports.Benchmarks;

/// <summary>The work of each benchmark as a plain function, for single-shot peak-memory runs (<c>peak &lt;name&gt;</c>).</summary>
internal static class Scenarios
{
    private static ConflictIncident[]? s_incidents;
    private static string s_path = "";
    private static SituationReport? s_report;
    private static IReadOnlyCollection<ConflictIncident>? s_annexIncidents;

    public static IReadOnlyList<string> Names { get; } = ["aggregate", "import", "stream", "import:<path> (any ACLED file)", "import-lean", "stream-lean", "import-heap", "import-seq", "stream-seq", "import-w1", "stream-w1", "pdf-weekly", "pdf-annex", "pdf-annex-import", "pdf-annex-import-notes", "pdf-annex-cells", "excel-incidents", "excel-report-incidents"];

    /// <summary>The options of the "-lean" scenarios: notes and sources validated but not kept (aggregation does not read them).</summary>
    private static readonly AcledImportOptions s_lean = new() { KeepFreeText = false };

    /// <summary>The options of the "-seq" scenarios: the sequential read (one thread), for comparison with the parallel one.</summary>
    private static readonly AcledImportOptions s_sequential = new() { ParallelMinBytes = long.MaxValue };

    /// <summary>The options of the "-w1" scenarios: the parallel read with one worker thread (and the caller).</summary>
    private static readonly AcledImportOptions s_oneWorker = new() { ParseWorkers = 1 };

    /// <summary>Prepares inputs outside the measured part (file generation, in-memory incidents).</summary>
    public static void Prepare(string name)
    {
        if (name == "aggregate")
        {
            s_incidents = BenchmarkData.InMemoryIncidents();
        }
        else if (name is "pdf-weekly" or "pdf-annex" or "pdf-annex-cells")
        {
            // pdf-annex: what a user runs, the weekly report plus the incidents (in memory, kept) streamed into the annex by
            // WritePdfWithIncidentAnnex. pdf-annex-cells: the same annex as a 100,000-row report table (TableBlock cells).
            ConflictIncident[] incidents = BenchmarkData.InMemoryIncidents(PdfBenchmarks.AnnexRows);
            s_report = name == "pdf-annex-cells" ? PdfBenchmarks.AnnexReport(incidents) : PdfBenchmarks.WeeklyReport(incidents);
            s_annexIncidents = name == "pdf-annex" ? incidents : null;

            ReleaseGarbage();
        }
        else if (name is "pdf-annex-import" or "pdf-annex-import-notes")
        {
            // What a user does: import an ACLED export (here the generator's 100,000 rows, seed 42, written to a CSV once),
            // build the weekly report and write it with every imported incident in the annex. The importer shares the
            // coding objects and admin names between incidents, so the incidents the caller holds are smaller than the
            // generator's hand-built ones (pdf-annex). pdf-annex-import drops notes and sources, as pdf-annex does (the
            // report and annex do not read them); pdf-annex-import-notes keeps them (the importer's default).
            string path = BenchmarkData.EnsureAcledFile(PdfBenchmarks.AnnexRows);
            IncidentSet incidents = AcledImporter.Import(path, name == "pdf-annex-import" ? s_lean : null).Data;
            s_report = PdfBenchmarks.WeeklyReport(incidents);
            s_annexIncidents = incidents;

            ReleaseGarbage();
        }
        else if (name.StartsWith("excel-", StringComparison.Ordinal))
        {
            // 100,000 generated incidents with their notes and sources (most of a sheet's bytes), as in ExcelBenchmarks.
            s_incidents = new AcledGenerator(BenchmarkData.Options).Generate(100_000).Select(e => e.ToIncident()).ToArray();
            s_report = new WeeklySituationReportBuilder().Build(s_incidents, WeeklySituationReportBuilder.LatestFullWeek(s_incidents));
            s_path = Path.Combine(Path.GetTempPath(), "sahel-peak-" + name + ".xlsx");
        }
        else if (name.StartsWith("import:", StringComparison.Ordinal) || name.StartsWith("digest:", StringComparison.Ordinal))
        {
            s_path = name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..];
        }
        else
        {
            s_path = BenchmarkData.EnsureAcledFile();
        }
    }

    /// <summary>
    /// Called by a <c>--warm</c> run after its warm-up run: for the PDF scenarios, returns the warm-up's garbage to the
    /// operating system and resets the peak mark, so that a warm run's peak is its own (as a cold run's is).
    /// </summary>
    public static void AfterWarmUp(string name)
    {
        if (name.StartsWith("pdf-", StringComparison.Ordinal))
        {
            ReleaseGarbage();
        }
    }

    /// <summary>
    /// The generator's garbage is not the renderer's memory: a user's process that imported the incidents holds the
    /// incidents, not the generator's intermediate objects. An aggressive collection compacts the heap and decommits the
    /// freed memory (a forced one, used before 2026-12-01 06:00 UTC, kept ~150 MB of it committed, which the old "before"
    /// and "peak" figures include); then the kernel's peak-RSS mark (VmHWM) is reset, so that "peak working set" covers
    /// the inputs that are kept (the report model, and the incidents for pdf-annex), the runtime and the rendering.
    /// </summary>
    private static void ReleaseGarbage()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (File.Exists("/proc/self/clear_refs"))
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
    }

    public static Func<string>? Get(string name) => name.StartsWith("import:", StringComparison.Ordinal) ? Get("import") : name.StartsWith("digest:", StringComparison.Ordinal) ? () => Digest(name["digest:".Length..]) : name switch
    {
        "aggregate" => () =>
        {
            IncidentAggregate a = IncidentAggregator.Aggregate(s_incidents!, AggregateDimension.Admin1, AggregateDimension.Period);
            return string.Create(CultureInfo.InvariantCulture, $"{a.Rows.Count} groups");
        },
        "import-heap" => () =>
        {
            // The import's retained heap: live managed bytes after a full collection, with the set still referenced.
            long before = GC.GetTotalMemory(forceFullCollection: true);
            ImportResult<IncidentSet> result = AcledImporter.Import(s_path);
            long live = GC.GetTotalMemory(forceFullCollection: true) - before;
            return string.Create(CultureInfo.InvariantCulture, $"{result.Data.Count} incidents retain {live / 1048576.0:F0} MB ({live / (double)Math.Max(result.Data.Count, 1):F0} bytes an incident)");
        },
        "import" or "import-lean" or "import-seq" or "import-w1" => () =>
        {
            ImportResult<IncidentSet> result = AcledImporter.Import(s_path, name switch { "import-lean" => s_lean, "import-seq" => s_sequential, "import-w1" => s_oneWorker, _ => null });
            FileImportSummary file = result.Report.Files[0];
            return string.Create(CultureInfo.InvariantCulture,
                $"{result.Data.Count} incidents, {result.Data.TotalFatalities} fatalities; read {file.RowsRead} = accepted {file.Accepted} + rejected {file.Rejected} + merged {file.Merged}; {result.Report.Issues.Count} issues ({string.Join(", ", result.Report.IssueCounts.Select(c => c.Key + "=" + c.Value.ToString(CultureInfo.InvariantCulture)))})");
        },
        "stream" or "stream-lean" or "stream-seq" or "stream-w1" => () =>
        {
            using FileStream stream = File.OpenRead(s_path);
            using AcledReader reader = AcledReader.Read(stream, Path.GetFileName(s_path), name switch { "stream-lean" => s_lean, "stream-seq" => s_sequential, "stream-w1" => s_oneWorker, _ => null });
            IncidentAggregate a = IncidentAggregator.Aggregate(reader.ReadIncidents(), AggregateDimension.Country, AggregateDimension.Admin1, AggregateDimension.Period);
            return string.Create(CultureInfo.InvariantCulture,
                $"{a.Rows.Count} groups, {a.Totals.Events} events, {a.Totals.Fatalities} fatalities; read {reader.RowsRead}, rejected {reader.RowsRejected}");
        },
        "pdf-weekly" or "pdf-annex" or "pdf-annex-import" or "pdf-annex-import-notes" or "pdf-annex-cells" => () =>
        {
            string path = Path.Combine(Path.GetTempPath(), $"sahelreports-bench-{name}.pdf");
            if (s_annexIncidents is not null)
            {
                SahelReports.Pdf.IncidentAnnexPdfExtensions.WritePdfWithIncidentAnnex(s_report!, s_annexIncidents, path, PdfBenchmarks.Options);
            }
            else
            {
                SahelReports.Pdf.SituationReportPdfExtensions.WritePdf(s_report!, path, PdfBenchmarks.Options);
            }

            return string.Create(CultureInfo.InvariantCulture, $"{s_annexIncidents?.Count ?? 0} annex rows, {new FileInfo(path).Length / 1024.0:F1} KB written to {path}");
        },
        "excel-incidents" => () =>
        {
            // The streamed one-sheet export of 100,000 incidents, written to a file.
            ConflictIncident[] incidents = s_incidents!;
            incidents.WriteXlsx(s_path, new ExcelExportOptions { Clock = NodaTime.SystemClock.Instance });
            return string.Create(CultureInfo.InvariantCulture, $"{incidents.Length} rows, {new FileInfo(s_path).Length / 1048576.0:F1} MB xlsx");
        },
        "excel-report-incidents" => () =>
        {
            // The weekly report workbook with all 100,000 incidents on its Incidents sheet (streamed into the ClosedXML package).
            SituationReport report = s_report!;
            report.WriteXlsx(s_path, new ExcelReportOptions { IncidentSheet = IncidentSheetScope.AllIncidents });
            return string.Create(CultureInfo.InvariantCulture, $"{report.Incidents!.Count} incident rows, {new FileInfo(s_path).Length / 1048576.0:F1} MB xlsx");
        },
        _ => null,
    };

    /// <summary>
    /// <c>digest:&lt;path&gt;</c>: a SHA-256 of everything an import and a streamed aggregate of one file give (every incident
    /// field, every issue, the counts; sequential and parallel read; the aggregate by country, admin1, admin2, event type, actor
    /// and ISO week, rows and totals), to show that a change to the import leaves the results byte for byte the same. With
    /// <c>SAHEL_DIGEST_OUT</c> set, the digested text is also written to that file.
    /// </summary>
    private static string Digest(string path)
    {
        var text = new System.Text.StringBuilder();
        foreach (AcledImportOptions options in new[] { s_sequential, new AcledImportOptions(), new AcledImportOptions { KeepFreeText = false, ParallelMinBytes = long.MaxValue } })
        {
            ImportResult<IncidentSet> result = AcledImporter.Import(path, options);
            foreach (FileImportSummary f in result.Report.Files)
            {
                text.Append(CultureInfo.InvariantCulture, $"file {f.RowsRead} {f.Accepted} {f.Rejected} {f.Merged}\n");
            }

            foreach (ImportIssue i in result.Report.Issues)
            {
                text.Append(CultureInfo.InvariantCulture, $"issue {i.Line}|{i.Column}|{i.Severity}|{i.Code}|{i.Message}\n");
            }

            foreach (ConflictIncident e in result.Data)
            {
                IncidentLocation l = e.Location;
                text.Append(CultureInfo.InvariantCulture, $"inc {e.Id}|{e.Date}|{e.TimePrecision}|{e.DisorderType}|{e.EventType}|{e.SubEventType}|{e.LegacyEventType}|{Actor(e.Actor1)}|{Actor(e.Actor2)}|{e.Interaction}|{e.CivilianTargeting}|");
                text.Append(CultureInfo.InvariantCulture, $"{l.CountryAlpha3}|{l.Admin1}|{l.Admin2}|{l.Admin3}|{l.Admin1Code}|{l.Admin2Code}|{l.Name}|{l.Latitude:R}|{l.Longitude:R}|{l.GeoPrecision}|");
                text.Append(CultureInfo.InvariantCulture, $"{e.Fatalities}|{e.Source}|{e.SourceScale}|{e.Notes}|{string.Join(";", e.Tags)}|{e.Timestamp}|{e.Revisions}\n");
            }
        }

        foreach (AcledImportOptions options in new[] { s_sequential, new AcledImportOptions() })
        {
            using FileStream stream = File.OpenRead(path);
            using AcledReader reader = AcledReader.Read(stream, Path.GetFileName(path), options);
            IncidentAggregate a = IncidentAggregator.Aggregate(reader.ReadIncidents(), AggregateDimension.Country, AggregateDimension.Admin1, AggregateDimension.Admin2, AggregateDimension.EventType, AggregateDimension.Actor, AggregateDimension.Period);
            text.Append(CultureInfo.InvariantCulture, $"agg {reader.RowsRead} {reader.RowsRejected} {a.Totals.Events} {a.Totals.Fatalities} {a.Rows.Count}\n");
            foreach (var row in a.Rows)
            {
                text.Append(CultureInfo.InvariantCulture, $"row {row.CountryAlpha3}|{row.Admin1Code}|{row.Admin1Name}|{row.Admin2Code}|{row.Admin2Name}|{row.EventType}|{row.Actor}|{row.Period}|{row.Counts}|{row.EventShare:R}|{row.FatalityShare:R}\n");
            }
        }

        string all = text.ToString();
        if (Environment.GetEnvironmentVariable("SAHEL_DIGEST_OUT") is { Length: > 0 } output)
        {
            File.WriteAllText(output, all);
        }

        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(all)))[..16] + string.Create(CultureInfo.InvariantCulture, $" ({all.Length} chars)");

        static string Actor(Actor? a) => a is null ? "-" : $"{a.Name}/{a.Type}/{string.Join(";", a.AssociatedActors)}";
    }
}
