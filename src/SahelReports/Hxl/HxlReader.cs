using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using SahelReports.Hxl.Internal;
using SahelReports.Import;

namespace SahelReports.Hxl;

/// <summary>Reads HXL-tagged tables from CSV (any of <c>,</c> <c>;</c> tab <c>|</c>) or JSON, finding the hashtag row as
/// libhxl does.</summary>
/// <remarks>
/// <para>The hashtag row is the first of the first <see cref="TagRowSearchLimit"/> rows in which at least half of the
/// non-empty cells are hashtags (<see cref="IsTagRow"/>). Rows above it are headers (the one just above gives
/// <see cref="HxlColumn.Header"/>); cells of the tag row that are not hashtags leave their column untagged, and untagged
/// columns are ignored. Blank data rows are skipped.</para>
/// <para>JSON: an array of arrays is read as rows; an array of objects takes its hashtags from the keys (keys that are not
/// hashtags are ignored); an object is read through its first array-valued property.</para>
/// </remarks>
/// <example>
/// <code>
/// var issues = new List&lt;ImportIssue&gt;();
/// HxlTable? table = HxlReader.ReadFile("idps.csv", issues);
/// foreach (HxlRow row in table?.Rows ?? [])
/// {
///     string? code = row.Get("#adm1+code");
///     string? idps = row.Get("#affected+idps-hh");
/// }
/// </code>
/// </example>
public static class HxlReader
{
    /// <summary>The number of rows searched for the hashtag row (25, as libhxl).</summary>
    public const int TagRowSearchLimit = 25;

    /// <summary>Gets a value indicating whether a row is a hashtag row: it has at least one non-empty cell and at least
    /// half of its non-empty cells are hashtags.</summary>
    /// <param name="row">The cells.</param>
    /// <returns><see langword="true"/> for a hashtag row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    public static bool IsTagRow(IReadOnlyList<string> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        int nonEmpty = 0, tags = 0;
        foreach (string cell in row)
        {
            if (string.IsNullOrWhiteSpace(cell))
            {
                continue;
            }

            nonEmpty++;
            if (HxlHashtag.TryParse(cell, out _))
            {
                tags++;
            }
        }

        return tags > 0 && tags * 2 >= nonEmpty;
    }

    /// <summary>Finds the hashtag row among the first <see cref="TagRowSearchLimit"/> rows.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The 0-based index of the hashtag row, or -1 when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <see langword="null"/>.</exception>
    public static int FindTagRow(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        for (int i = 0; i < Math.Min(rows.Count, TagRowSearchLimit); i++)
        {
            if (IsTagRow(rows[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Builds a table from rows of cells.</summary>
    /// <param name="rows">The rows, the hashtag row among the first <see cref="TagRowSearchLimit"/>.</param>
    /// <param name="lineNumbers">The 1-based source line of each row, or <see langword="null"/> to number them 1, 2, 3…</param>
    /// <param name="table">The table, when a hashtag row was found.</param>
    /// <param name="error">Why no table could be built, when the result is <see langword="false"/>.</param>
    /// <returns><see langword="true"/> when a hashtag row was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="lineNumbers"/> does not have one entry per row.</exception>
    public static bool TryCreate(IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<long>? lineNumbers, [NotNullWhen(true)] out HxlTable? table, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (lineNumbers is not null && lineNumbers.Count != rows.Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"lineNumbers has {lineNumbers.Count} entries for {rows.Count} rows; it needs one per row."), nameof(lineNumbers));
        }

        table = null;
        int tagRow = FindTagRow(rows);
        if (tagRow < 0)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"No HXL hashtag row in the first {Math.Min(rows.Count, TagRowSearchLimit)} rows: a hashtag row has at least half of its non-empty cells starting with '#', such as '#adm1+code'.");
            return false;
        }

        long Line(int i) => lineNumbers?[i] ?? i + 1;
        IReadOnlyList<string>? headers = tagRow > 0 ? rows[tagRow - 1] : null;
        var columns = new List<HxlColumn>();
        IReadOnlyList<string> tags = rows[tagRow];
        for (int c = 0; c < tags.Count; c++)
        {
            if (HxlHashtag.TryParse(tags[c], out HxlHashtag? tag))
            {
                string? header = headers is not null && c < headers.Count && !string.IsNullOrWhiteSpace(headers[c]) ? headers[c].Trim() : null;
                columns.Add(new HxlColumn(c, header, tag));
            }
        }

        table = new HxlTable(columns, Line(tagRow));
        for (int r = tagRow + 1; r < rows.Count; r++)
        {
            if (rows[r].All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            table.AddRow(Line(r), rows[r]);
        }

        error = null;
        return true;
    }

    /// <summary>Reads an HXL-tagged CSV text. The separator (<c>,</c> <c>;</c> tab <c>|</c>) is detected; quoted fields may span lines.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="table">The table, when read.</param>
    /// <param name="error">Why not, when the result is <see langword="false"/> (no hashtag row, malformed quoting).</param>
    /// <returns><see langword="true"/> when a table was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static bool TryReadCsv(TextReader reader, [NotNullWhen(true)] out HxlTable? table, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<IReadOnlyList<string>>();
        var lines = new List<long>();
        try
        {
            ReadCsvRows(reader, rows, lines);
        }
        catch (CsvFormatException ex)
        {
            table = null;
            error = "The CSV is malformed: " + ex.Message;
            return false;
        }

        return TryCreate(rows, lines, out table, out error);
    }

    /// <summary>Reads an HXL table from JSON (an array of arrays, an array of objects keyed by hashtag, or an object
    /// holding one of those in its first array-valued property).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="table">The table, when read.</param>
    /// <param name="error">Why not, when the result is <see langword="false"/>.</param>
    /// <returns><see langword="true"/> when a table was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static bool TryReadJson(string json, [NotNullWhen(true)] out HxlTable? table, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        table = null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            JsonElement root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                JsonElement? array = null;
                foreach (JsonProperty p in root.EnumerateObject())
                {
                    if (p.Value.ValueKind == JsonValueKind.Array)
                    {
                        array = p.Value;
                        break;
                    }
                }

                if (array is not { } a)
                {
                    error = "The JSON object has no array-valued property holding HXL rows.";
                    return false;
                }

                root = a;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                error = "The JSON is neither an array of rows nor an object holding one.";
                return false;
            }

            var rows = new List<IReadOnlyList<string>>();
            bool objects = root.GetArrayLength() > 0 && root[0].ValueKind == JsonValueKind.Object;
            if (objects)
            {
                var keys = new List<string>();
                var keyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (JsonElement item in root.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    foreach (JsonProperty p in item.EnumerateObject())
                    {
                        if (keyIndex.TryAdd(p.Name, keys.Count))
                        {
                            keys.Add(p.Name);
                        }
                    }
                }

                rows.Add(keys);
                foreach (JsonElement item in root.EnumerateArray())
                {
                    var cells = new string[keys.Count];
                    Array.Fill(cells, string.Empty);
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        foreach (JsonProperty p in item.EnumerateObject())
                        {
                            cells[keyIndex[p.Name]] = CellText(p.Value);
                        }
                    }

                    rows.Add(cells);
                }

                if (!IsTagRow(keys))
                {
                    error = "The keys of the JSON objects are not HXL hashtags.";
                    return false;
                }

                // Element numbers: 0 for the keys, then 1, 2, 3… for the objects.
                return TryCreate(rows, Enumerable.Range(0, rows.Count).Select(i => (long)i).ToArray(), out table, out error);
            }

            foreach (JsonElement item in root.EnumerateArray())
            {
                rows.Add(item.ValueKind == JsonValueKind.Array ? item.EnumerateArray().Select(CellText).ToArray() : [CellText(item)]);
            }

            return TryCreate(rows, null, out table, out error);
        }
        catch (JsonException ex)
        {
            error = "The JSON is malformed: " + ex.Message;
            return false;
        }
    }

    /// <summary>Reads an HXL table from a file, detecting JSON or CSV from the content and the encoding (strict UTF-8,
    /// else Latin-1 with a warning). Problems are added to <paramref name="issues"/>, never thrown.</summary>
    /// <param name="path">The file.</param>
    /// <param name="issues">Receives the problems: <see cref="ImportIssueCodes.FileNotFound"/>,
    /// <see cref="ImportIssueCodes.EncodingFallback"/> (warning), <see cref="ImportIssueCodes.NotCsv"/> (binary files such
    /// as Excel workbooks), <see cref="ImportIssueCodes.HxlNoTagRow"/>.</param>
    /// <returns>The table, or <see langword="null"/> when the file could not be read as HXL.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="issues"/> is <see langword="null"/>.</exception>
    public static HxlTable? ReadFile(string path, ICollection<ImportIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(issues);
        if (!File.Exists(path))
        {
            issues.Add(new ImportIssue(path, 0, null, IssueSeverity.Fatal, ImportIssueCodes.FileNotFound, "The file does not exist."));
            return null;
        }

        if (TextFile.IsTooLarge(path, out long length))
        {
            issues.Add(new ImportIssue(path, 0, null, IssueSeverity.Fatal, ImportIssueCodes.FileTooLarge, TextFile.TooLargeMessage(length)));
            return null;
        }

        byte[] bytes = File.ReadAllBytes(path);
        if (TextFile.LooksBinary(bytes))
        {
            issues.Add(new ImportIssue(path, 0, null, IssueSeverity.Fatal, ImportIssueCodes.NotCsv, "The file is binary (an Excel workbook, archive or image?): save the sheet as CSV first."));
            return null;
        }

        string text = TextFile.Decode(bytes, out bool latin1);
        if (latin1)
        {
            issues.Add(new ImportIssue(path, 0, null, IssueSeverity.Warning, ImportIssueCodes.EncodingFallback, "The file is not valid UTF-8; it was read as Latin-1 (ISO-8859-1)."));
        }

        string trimmed = text.TrimStart();
        bool ok = trimmed.StartsWith('[') || trimmed.StartsWith('{')
            ? TryReadJson(text, out HxlTable? table, out string? error)
            : TryReadCsv(new StringReader(text), out table, out error);
        if (!ok)
        {
            issues.Add(new ImportIssue(path, 0, null, IssueSeverity.Fatal, ImportIssueCodes.HxlNoTagRow, error!));
            return null;
        }

        return table;
    }

    internal static void ReadCsvRows(TextReader reader, List<IReadOnlyList<string>> rows, List<long> lines)
    {
        CsvReaderOptions options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            MaxRecordSize = 1 << 20,
        };
        using CsvReader csv = CsvReader.Create(reader, options, leaveOpen: true);
        while (csv.Read())
        {
            var cells = new string[csv.FieldCount];
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i);
            }

            rows.Add(cells);
            lines.Add(csv.LineNumber);
        }
    }

    private static string CellText(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString() ?? string.Empty,
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        _ => e.GetRawText(),
    };
}
