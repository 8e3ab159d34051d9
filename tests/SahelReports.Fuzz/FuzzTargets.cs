using System.Globalization;
using NodaTime;
using SahelReports.Displacement;
using SahelReports.Hxl;
using SahelReports.Import;
using SahelReports.Import.Displacement;
using SahelReports.Incidents;

namespace SahelReports.Fuzz;

/// <summary>
/// The fuzz targets. Each takes arbitrary bytes, runs one public entry point on them and checks the promises the API
/// documents. A target returns normally when the input was handled; it throws when it was not.
/// </summary>
/// <remarks>
/// <para><b>Documented exceptions: none.</b> Every target calls the library with valid arguments (a non-null stream or
/// path, a non-empty file name, default options) and no cancellation token, so by the library's contract
/// (DESIGN.md §6: programmer errors throw, data errors go to the report) no exception is allowed for any input:
/// not <see cref="ArgumentException"/> (there is no programmer error to report), not <see cref="OperationCanceledException"/>
/// (nothing is cancelled), not <see cref="FormatException"/> or a JSON/CSV library exception (bad data must become an issue).
/// Every exception that escapes a target is therefore a crash, and so is a <see cref="FuzzInvariantException"/>.</para>
/// </remarks>
public static class FuzzTargets
{
    private static readonly string[] s_hxlPatterns =
    [
        "#affected+idps", "#affected+refugees", "#affected+returnees", "#adm1+code", "#adm2+code", "#country+code",
        "#date+reported", "#round+code", "#affected+idps+hh", "#affected+idps+m", "#affected+idps+f", "#meta+source",
        "#adm1+name", "#geo+lat", "#event+type",
    ];

    private static readonly LocalDate s_asOf = new(2025, 1, 1);

    /// <summary>Gets the target names, as given on the command line.</summary>
    public static IReadOnlyList<string> Names { get; } = ["acled", "hxl", "dtm-json"];

    /// <summary>Gets the target called <paramref name="name"/>.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a target.</exception>
    public static Action<byte[]> Get(string name) => name switch
    {
        "acled" => Acled,
        "hxl" => Hxl,
        "dtm-json" => DtmJson,
        _ => throw new ArgumentException($"'{name}' is not a fuzz target: expected one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>ACLED: <see cref="AcledImporter.Import(Stream, string, AcledImportOptions?, CancellationToken)"/> on the bytes, then
    /// <see cref="AcledReader"/> on the same bytes; both must agree and balance.</summary>
    /// <param name="data">The file's bytes.</param>
    public static void Acled(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        ImportResult<IncidentSet> result = AcledImporter.Import(new MemoryStream(data, writable: false), "fuzz.csv");
        ImportReport report = result.Report;
        Check(report.Files.Count == 1, "one file summary", report.Files.Count);
        FileImportSummary s = report.Files[0];
        CheckBalanced(s);
        Check(report.IsBalanced, "the report balances", report.RowsRead);
        Check(result.Data.Count == s.Accepted, "the set holds the accepted rows", $"{result.Data.Count} vs {s.Accepted}");
        Check(s.Rejected == 0 || report.HasErrors, "rejected rows make the report have errors", s.Rejected);
        Check(s.FatalError is null || s.FatalError.Severity == IssueSeverity.Fatal, "a fatal error has fatal severity", s.FatalError?.Severity);
        foreach (ConflictIncident incident in result.Data)
        {
            Check(incident.Fatalities >= 0, "fatalities are not negative", incident.Fatalities);
            Check(incident.Id.Length > 0, "an incident has an id", incident.Id);
            Check(incident.Revisions >= 1, "revisions start at 1", incident.Revisions);
        }

        Exercise(report);

        using AcledReader reader = AcledReader.Read(new MemoryStream(data, writable: false), "fuzz.csv");
        long returned = reader.LongCount();
        Check(reader.IsCompleted, "the reader completes", reader.IsCompleted);
        Check(returned == reader.RowsAccepted, "the reader returns its accepted rows", $"{returned} vs {reader.RowsAccepted}");
        Check(reader.RowsRead == s.RowsRead, "reader and importer read the same rows", $"{reader.RowsRead} vs {s.RowsRead}");
        Check(reader.RowsAccepted == s.Accepted + s.Merged, "the reader's accepted rows are the importer's accepted + merged", $"{reader.RowsAccepted} vs {s.Accepted}+{s.Merged}");
        Check(reader.RowsRejected == s.Rejected, "reader and importer reject the same rows", $"{reader.RowsRejected} vs {s.Rejected}");
    }

    /// <summary>HXL: <see cref="HxlReader.ReadFile(string, ICollection{ImportIssue})"/> on the bytes (CSV or JSON detected from
    /// the content), then every cell of the table through every accessor.</summary>
    /// <param name="data">The file's bytes.</param>
    public static void Hxl(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        string path = Internal.ScratchFile.Write(data, "hxl.csv");
        var issues = new List<ImportIssue>();
        HxlTable? table = HxlReader.ReadFile(path, issues);
        if (table is null)
        {
            Check(issues.Any(i => i.Severity == IssueSeverity.Fatal), "a table that is not read has a fatal issue", issues.Count);
            return;
        }

        Check(issues.All(i => i.Severity != IssueSeverity.Fatal), "a table that is read has no fatal issue", issues.Count);
        Check(table.Columns.Count > 0, "a table has at least one tagged column", table.Columns.Count);
        foreach (HxlColumn column in table.Columns)
        {
            Check(column.Index >= 0, "column indexes are not negative", column.Index);
            _ = column.Hashtag.ToString();
        }

        var patterns = s_hxlPatterns.Select(HxlTagPattern.Parse).ToArray();
        foreach (HxlRow row in table.Rows)
        {
            Check(row.LineNumber > table.TagRowLine, "data rows come after the hashtag row", $"{row.LineNumber} vs {table.TagRowLine}");
            foreach (HxlColumn column in table.Columns)
            {
                _ = row.Get(column);
            }

            foreach (HxlTagPattern pattern in patterns)
            {
                _ = row.Get(pattern);
            }
        }

        foreach (HxlTagPattern pattern in patterns)
        {
            _ = table.FindColumns(pattern);
        }
    }

    /// <summary>DTM JSON: <see cref="DisplacementImporter.ImportFile(string, DisplacementImportOptions?)"/> on the bytes (the
    /// importer detects the format, so mutated JSON that became CSV is covered too), then the set's questions.</summary>
    /// <param name="data">The file's bytes.</param>
    public static void DtmJson(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        string path = Internal.ScratchFile.Write(data, "dtm.json");
        ImportResult<DisplacementSet> result = DisplacementImporter.ImportFile(path);
        ImportReport report = result.Report;
        Check(report.Files.Count == 1, "one file summary", report.Files.Count);
        FileImportSummary s = report.Files[0];
        CheckBalanced(s);
        Check(result.Data.Count <= s.Accepted, "no more figures than accepted rows", $"{result.Data.Count} vs {s.Accepted}");
        Check(s.Rejected == 0 || report.HasErrors, "rejected rows make the report have errors", s.Rejected);
        Exercise(report);

        DisplacementSet set = result.Data;
        foreach (DisplacementFigure figure in set)
        {
            Check(figure.Individuals >= 0, "individuals are not negative", figure.Individuals);
            Check(figure.Households is null or >= 0, "households are not negative", figure.Households);
            _ = figure.ToString();
        }

        foreach (DisplacementSeriesKey key in set.SeriesKeys)
        {
            _ = set.GetSeries(key);
            _ = set.GetLatestWithPrevious(key, s_asOf);
            foreach (DisplacementStock stock in set.GetStocks(key.Area, key.Group, s_asOf))
            {
                Check(stock.Individuals >= 0, "a stock is not negative", stock.Individuals);
            }

            _ = set.GetHistory(key.Area, key.Group, key.Source, key.AssessmentType);
        }

        foreach (string country in set.GetCountries())
        {
            foreach (PopulationGroup group in new[] { PopulationGroup.Idp, PopulationGroup.Refugee, PopulationGroup.Returnee })
            {
                _ = set.GetLatestStock(DisplacementArea.ForCountry(country), group, s_asOf);
                _ = set.GetAreas(DisplacementArea.ForCountry(country), 1, group);
            }
        }
    }

    private static void Exercise(ImportReport report)
    {
        _ = report.ToString();
        _ = report.GroupByCode();
        foreach (ImportIssue issue in report.Issues)
        {
            Check(issue.Line >= 0, "issue lines are not negative", issue.Line);
            _ = issue.ToString();
        }
    }

    private static void CheckBalanced(FileImportSummary s)
    {
        Check(s.RowsRead >= 0 && s.Accepted >= 0 && s.Rejected >= 0 && s.Merged >= 0, "counts are not negative",
            $"read {s.RowsRead}, accepted {s.Accepted}, rejected {s.Rejected}, merged {s.Merged}");
        Check(s.IsBalanced, "read = accepted + rejected + merged", $"read {s.RowsRead}, accepted {s.Accepted}, rejected {s.Rejected}, merged {s.Merged}");
    }

    private static void Check(bool condition, string rule, object? value)
    {
        if (!condition)
        {
            throw new FuzzInvariantException(string.Create(CultureInfo.InvariantCulture, $"Broken: {rule} (got {value})."));
        }
    }
}
