using System.Globalization;
using NodaTime;
using SahelReports.Geography;
using SahelReports.Hxl;
using SahelReports.Hxl.Internal;
using SahelReports.Import.Displacement.Internal;
using SahelReports.Incidents;
using SahelReports.Internal;

namespace SahelReports.Import.Hapi;

/// <summary>Imports HDX HAPI's pre-aggregated conflict events (events and fatalities per admin area, month and category),
/// from the HAPI <c>conflict-event</c> CSV or the HDX CSV with an HXL row (<c>#event+type</c>, <c>#event+num</c>,
/// <c>#fatality+num</c>, <c>#date+start</c>, <c>#date+end</c>).</summary>
/// <remarks>
/// <para>Row accounting as every importer: read = accepted + rejected + merged. An exact repeat of an (area, period,
/// category) row is merged with a warning; a repeat with other values is rejected. Legacy P-codes (<c>NER005012</c>)
/// are normalised with a warning; empty fatalities stay unknown (<see langword="null"/>), never 0.</para>
/// </remarks>
public static class ConflictEventAggregateImporter
{
    /// <summary>The format name of the HAPI conflict-event CSV.</summary>
    public const string HapiFormat = "hapi-conflict-event";

    /// <summary>The format name of the HDX CSV with an HXL row.</summary>
    public const string HxlFormat = "hdx-conflict-event-hxl";

    /// <summary>Imports one file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The aggregates, in file order, and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static ImportResult<IReadOnlyList<ConflictEventAggregate>> ImportFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var issues = new IssueCollector();
        var tally = new FileTally(path, "unknown", issues);
        var result = new List<ConflictEventAggregate>();
        Read(path, tally, result);
        return new ImportResult<IReadOnlyList<ConflictEventAggregate>>(result, issues.ToReport([tally.ToSummary()]));
    }

    private static void Read(string path, FileTally tally, List<ConflictEventAggregate> result)
    {
        if (!File.Exists(path))
        {
            tally.Fatal(ImportIssueCodes.FileNotFound, "The file does not exist.");
            return;
        }

        if (TextFile.IsTooLarge(path, out long length))
        {
            tally.Fatal(ImportIssueCodes.FileTooLarge, TextFile.TooLargeMessage(length));
            return;
        }

        byte[] bytes = File.ReadAllBytes(path);
        if (TextFile.LooksBinary(bytes))
        {
            tally.Fatal(ImportIssueCodes.NotCsv, "The file is binary: save it as CSV first.");
            return;
        }

        string text = TextFile.Decode(bytes, out bool latin1);
        if (latin1)
        {
            tally.Issue(0, null, IssueSeverity.Warning, ImportIssueCodes.EncodingFallback, "The file is not valid UTF-8; it was read as Latin-1 (ISO-8859-1).");
        }

        if (!tally.TryReadCsvRows(text, out List<IReadOnlyList<string>> rows, out List<long> lines))
        {
            return;
        }

        int[] cols;
        int first;
        if (HxlReader.TryCreate(rows, lines, out HxlTable? table, out _))
        {
            tally.Format = HxlFormat;
            cols = new[] { "#country+code", "#adm1+code", "#adm2+code", "#adm+level", "#event+type", "#event+num", "#fatality+num", "#date+start", "#date+end" }
                .Select(p => table.FindColumn(p)?.Index ?? -1).ToArray();
            first = rows.FindIndex(r => HxlReader.IsTagRow(r)) + 1;
        }
        else
        {
            tally.Format = HapiFormat;
            var header = rows[0].Select((h, i) => (Key: NameKey.From(h), i)).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
            cols = new[] { "location_code", "admin1_code", "admin2_code", "admin_level", "event_type", "events", "fatalities", "reference_period_start", "reference_period_end" }
                .Select(n => header.TryGetValue(NameKey.From(n), out int i) ? i : -1).ToArray();
            first = 1;
        }

        if (cols[0] < 0 || cols[4] < 0 || cols[5] < 0 || cols[7] < 0 || cols[8] < 0)
        {
            tally.Fatal(ImportIssueCodes.UnknownFormat, "Not a HAPI conflict-event file: expected location_code, event_type, events, reference_period_start/end (or their HXL tags).");
            return;
        }

        var seen = new Dictionary<(string, string?, LocalDate, ConflictEventCategory), (ConflictEventAggregate Item, long Line)>();
        string[] names = ["location_code", "admin1_code", "admin2_code", "admin_level", "event_type", "events", "fatalities", "reference_period_start", "reference_period_end"];
        for (int r = first; r < rows.Count; r++)
        {
            IReadOnlyList<string> cells = rows[r];
            long line = lines[r];
            string Cell(int k) => cols[k] >= 0 && cols[k] < cells.Count ? cells[cols[k]].Trim() : string.Empty;
            if (TryRow(Cell, names, line, tally) is not { } item)
            {
                continue;
            }

            var key = (item.CountryAlpha3, item.Area?.Value, item.Period.Start, item.Category);
            if (seen.TryGetValue(key, out var earlier))
            {
                if (earlier.Item.Events == item.Events && earlier.Item.Fatalities == item.Fatalities && earlier.Item.Period == item.Period)
                {
                    tally.Issue(line, null, IssueSeverity.Warning, ImportIssueCodes.DuplicateFigure, $"Repeats line {earlier.Line}; counted once.");
                    tally.MergeWithoutFigure();
                }
                else
                {
                    tally.Reject(line, null, ImportIssueCodes.DuplicateFigure, $"Gives other values for the same area, period and category as line {earlier.Line}; left out.");
                }

                continue;
            }

            seen.Add(key, (item, line));
            result.Add(item);
            tally.AcceptRow();
        }
    }

    private static ConflictEventAggregate? TryRow(Func<int, string> cell, string[] names, long line, FileTally tally)
    {
        string country = cell(0).ToUpperInvariant();
        if (country.Length != 3 || !country.All(char.IsAsciiLetterUpper))
        {
            tally.Reject(line, names[0], ImportIssueCodes.UnknownCountry, $"'{cell(0)}' is not an ISO alpha-3 code.");
            return null;
        }

        string adm2 = cell(2), adm1 = cell(1);
        int level = adm2.Length > 0 ? 2 : adm1.Length > 0 ? 1 : 0;
        if (cell(3).Length > 0 && !int.TryParse(cell(3), NumberStyles.None, CultureInfo.InvariantCulture, out level))
        {
            tally.Reject(line, names[3], ImportIssueCodes.InvalidNumber, $"'{cell(3)}' is not an admin level.");
            return null;
        }

        PCode? area = null;
        if (level > 0)
        {
            string code = level == 2 ? adm2 : adm1;
            if (!PCode.TryNormalize(code, out PCode pcode, out bool legacy))
            {
                tally.Reject(line, names[level == 2 ? 2 : 1], ImportIssueCodes.InvalidPCode, $"'{code}' is not a P-code.");
                return null;
            }

            if (legacy)
            {
                tally.Issue(line, names[level == 2 ? 2 : 1], IssueSeverity.Warning, ImportIssueCodes.LegacyPCode, $"Legacy P-code '{code}' read as '{pcode}'.");
            }

            area = pcode;
        }

        ConflictEventCategory? category = cell(4) switch
        {
            "political_violence" => ConflictEventCategory.PoliticalViolence,
            "civilian_targeting" => ConflictEventCategory.CivilianTargeting,
            "demonstration" => ConflictEventCategory.Demonstration,
            _ => null,
        };
        if (category is not { } cat)
        {
            tally.Reject(line, names[4], ImportIssueCodes.UnknownGroup, $"'{cell(4)}' is not a HAPI conflict-event type (political_violence, civilian_targeting, demonstration).");
            return null;
        }

        if (!int.TryParse(cell(5), NumberStyles.None, CultureInfo.InvariantCulture, out int events))
        {
            tally.Reject(line, names[5], ImportIssueCodes.InvalidNumber, $"'{cell(5)}' is not a whole number of events.");
            return null;
        }

        int? fatalities = null;
        if (cell(6).Length > 0)
        {
            if (!int.TryParse(cell(6), NumberStyles.None, CultureInfo.InvariantCulture, out int f))
            {
                tally.Reject(line, names[6], ImportIssueCodes.InvalidNumber, $"'{cell(6)}' is not a whole number of fatalities.");
                return null;
            }

            fatalities = f;
        }

        if (!Values.TryParseDate(cell(7), out LocalDate start) || !Values.TryParseDate(cell(8), out LocalDate end) || end < start)
        {
            tally.Reject(line, names[7], ImportIssueCodes.InvalidDate, $"'{cell(7)}'–'{cell(8)}' is not an ISO date range.");
            return null;
        }

        return new ConflictEventAggregate(country, area, level, new DateInterval(start, end), cat, events, fatalities);
    }
}
