using System.Globalization;
using System.Text.Json;
using SahelReports.Displacement;
using SahelReports.Geography;
using SahelReports.Hxl;
using SahelReports.Hxl.Internal;
using SahelReports.Import.Displacement.Internal;
using SahelReports.Internal;

namespace SahelReports.Import.Displacement;

/// <summary>Imports displacement figures from IOM DTM (API v3 JSON, HDX CSV with HXL), HDX HAPI (<c>idps</c>,
/// <c>refugees-persons-of-concern</c>), UNHCR population statistics, French national tables (CONASUR) and generic
/// HXL-tagged tables, into a <see cref="DisplacementSet"/> with an <see cref="ImportReport"/>.</summary>
/// <remarks>
/// <para>The format is detected from the content (see <see cref="DisplacementFormats"/>). Every row is accounted for:
/// read = accepted + rejected + merged. A row is <b>accepted</b> when it starts a figure, <b>merged</b> when it is one
/// more part of a figure an earlier row started (DTM splits a figure by displacement reason and origin; UNHCR by country
/// of origin; the parts are summed within one area, group, source, assessment type, round and date, never across them),
/// and <b>rejected</b> with an error issue when it cannot be read. An exact repeat of a part is merged with a warning and
/// counted once; a repeat with another value is an error.</para>
/// <para>Values: "Not available", "-", "NA" and empty mean not reported; origin "Not available" is an unknown origin, not
/// a place. Numbers must be plain digits (<c>14,4454</c> is rejected, never read as 144454). Dates must be ISO.
/// UNHCR yearly figures are dated 31 December of their year; a UNHCR 0 is a published value, except in the cells that
/// cannot apply to a row (IDPs across a border, refugees, asylum seekers and returnees within their own country), which
/// are skipped.</para>
/// <para>Bad data never throws: it goes to the report. Files that cannot be read at all get a fatal issue.</para>
/// </remarks>
/// <example>
/// <code>
/// ImportResult&lt;DisplacementSet&gt; result = DisplacementImporter.ImportFiles(["dtm.csv", "unhcr.csv"]);
/// Console.WriteLine(result.Report);              // read = accepted + rejected + merged, issues by code
/// DisplacementStock? mli = result.Data.GetLatestStock(DisplacementArea.ForCountry("MLI"), PopulationGroup.Idp, today);
/// </code>
/// </example>
public static class DisplacementImporter
{
    private static readonly (string Attribute, PopulationGroup Group)[] s_groups =
    [
        ("idps", PopulationGroup.Idp),
        ("refugees", PopulationGroup.Refugee),
        ("returnees", PopulationGroup.Returnee),
    ];

    /// <summary>Imports one file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="DisplacementImportOptions.Default"/>.</param>
    /// <returns>The figures and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static ImportResult<DisplacementSet> ImportFile(string path, DisplacementImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ImportFiles([path], options);
    }

    /// <summary>Imports several files into one set. A figure given by two files (the same area, group, source, assessment
    /// type, round and date) is kept once: an identical repeat is merged with a warning, a different value is an error.</summary>
    /// <param name="paths">The files.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="DisplacementImportOptions.Default"/>.</param>
    /// <returns>The figures and the report (one <see cref="FileImportSummary"/> per file).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is or contains <see langword="null"/>.</exception>
    public static ImportResult<DisplacementSet> ImportFiles(IEnumerable<string> paths, DisplacementImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= DisplacementImportOptions.Default;
        var issues = new IssueCollector(options.IssueLimit);
        var acc = new FigureAccumulator();
        var summaries = new List<FileImportSummary>();
        foreach (string path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            var tally = new FileTally(path, DisplacementFormats.Unknown, issues);
            ImportOne(path, tally, acc, options);
            summaries.Add(tally.ToSummary());
        }

        var set = new DisplacementSet(acc.Build());
        return new ImportResult<DisplacementSet>(set, issues.ToReport(summaries));
    }

    private static void ImportOne(string path, FileTally tally, FigureAccumulator acc, DisplacementImportOptions options)
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
        if (bytes.Length == 0)
        {
            tally.Fatal(ImportIssueCodes.FileEmpty, "The file is empty.");
            return;
        }

        if (TextFile.LooksBinary(bytes))
        {
            tally.Fatal(ImportIssueCodes.NotCsv, "The file is binary (an Excel workbook, archive or image?): save the sheet as CSV first.");
            return;
        }

        string text = TextFile.Decode(bytes, out bool latin1);
        if (latin1)
        {
            tally.Issue(0, null, IssueSeverity.Warning, ImportIssueCodes.EncodingFallback, "The file is not valid UTF-8; it was read as Latin-1 (ISO-8859-1).");
        }

        string start = text.TrimStart();
        if (start.StartsWith('{') || start.StartsWith('['))
        {
            ImportJson(text, tally, acc, options);
            return;
        }

        if (!tally.TryReadCsvRows(text, out List<IReadOnlyList<string>> rows, out List<long> lines))
        {
            return;
        }

        if (HxlReader.TryCreate(rows, lines, out HxlTable? table, out _))
        {
            ImportHxl(table, tally, acc, options);
            return;
        }

        ImportByHeader(rows, lines, tally, acc);
    }

    private static void ImportJson(string text, FileTally tally, FigureAccumulator acc, DisplacementImportOptions options)
    {
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(text);
            root = doc.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            tally.Fatal(ImportIssueCodes.NotCsv, "The JSON is malformed: " + ex.Message);
            return;
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("result", out JsonElement result))
        {
            ImportDtmApi(root, result, tally, acc);
            return;
        }

        if (HxlReader.TryReadJson(text, out HxlTable? table, out string? error))
        {
            ImportHxl(table, tally, acc, options);
            return;
        }

        tally.Fatal(ImportIssueCodes.UnknownFormat, "The JSON is neither a DTM API v3 envelope ({\"result\": [...]}) nor an HXL table: " + error);
    }

    private static void ImportDtmApi(JsonElement root, JsonElement result, FileTally tally, FigureAccumulator acc)
    {
        tally.Format = DisplacementFormats.DtmApiJson;
        if (root.TryGetProperty("isSuccess", out JsonElement ok) && ok.ValueKind == JsonValueKind.False)
        {
            string messages = root.TryGetProperty("errorMessages", out JsonElement m) ? m.GetRawText() : "[]";
            tally.Fatal(ImportIssueCodes.UnknownFormat, "The DTM API reported a failure (isSuccess = false): " + messages);
            return;
        }

        if (result.ValueKind != JsonValueKind.Array)
        {
            tally.Fatal(ImportIssueCodes.UnknownFormat, "The DTM API envelope's 'result' is not an array.");
            return;
        }

        string[] keys =
        [
            "admin0Pcode", "admin0Name", "admin1Pcode", "admin1Name", "admin2Pcode", "admin2Name", "numPresentIdpInd",
            "reportingDate", "roundNumber", "displacementReason", "idpOriginAdmin1Pcode", "assessmentType", "operation",
            "numberMales", "numberFemales",
        ];
        var map = new FieldMap();
        Field[] fields =
        [
            Field.Country, Field.CountryName, Field.Adm1Code, Field.Adm1Name, Field.Adm2Code, Field.Adm2Name, Field.Individuals,
            Field.Date, Field.Round, Field.Reason, Field.OriginCode, Field.Assessment, Field.Operation, Field.Males, Field.Females,
        ];
        for (int i = 0; i < keys.Length; i++)
        {
            map.Set(fields[i], i, keys[i]);
        }

        long element = 0;
        foreach (JsonElement item in result.EnumerateArray())
        {
            element++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                tally.Reject(element, null, ImportIssueCodes.UnknownFormat, "A 'result' element is not an object.");
                continue;
            }

            var cells = new string[keys.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                cells[i] = item.TryGetProperty(keys[i], out JsonElement v) ? v.ValueKind switch
                {
                    JsonValueKind.String => v.GetString() ?? string.Empty,
                    JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
                    _ => v.GetRawText(),
                } : string.Empty;
            }

            if (StockRowMapper.TryMap(map, cells, element, tally, PopulationGroup.Idp, DisplacementSource.Dtm, out FigureRow? row))
            {
                tally.Fold(acc, [row], element);
            }
        }
    }

    private static void ImportHxl(HxlTable table, FileTally tally, FigureAccumulator acc, DisplacementImportOptions options)
    {
        bool dtm = table.HasColumn("#operation+name") && table.HasColumn("#assessment+type");
        tally.Format = dtm ? DisplacementFormats.DtmHdxCsv : DisplacementFormats.Hxl;
        PopulationGroup? group = null;
        HxlColumn? count = null;
        foreach ((string attribute, PopulationGroup g) in s_groups)
        {
            // The total is the plainest matching column: #affected+idps before #affected+idps+children.
            HxlColumn? c = table.FindColumns(HxlTagPattern.Parse($"#affected+{attribute}-hh-m-f-origin"))
                .Concat(table.FindColumns(HxlTagPattern.Parse($"#population+{attribute}-hh-m-f-origin")))
                .OrderBy(x => x.Hashtag.Attributes.Count)
                .ThenBy(x => x.Index)
                .FirstOrDefault();
            if (c is null)
            {
                continue;
            }

            if (group is null)
            {
                group = g;
                count = c;
            }
            else
            {
                tally.Issue(table.TagRowLine, c.Hashtag.ToString(), IssueSeverity.Warning, ImportIssueCodes.UnknownHeader,
                    $"Only one population group is read per table; column {c.Hashtag} ({g}) was ignored in favour of {count!.Hashtag}.");
            }
        }

        if (group is not { } grp || count is null)
        {
            tally.Fatal(ImportIssueCodes.UnknownFormat,
                "The HXL table has no displacement count column (#affected+idps, #affected+refugees or #affected+returnees).");
            return;
        }

        string a = grp switch { PopulationGroup.Refugee => "refugees", PopulationGroup.Returnee => "returnees", _ => "idps" };
        var map = new FieldMap();
        void Map(Field f, params string[] patterns)
        {
            foreach (string p in patterns)
            {
                if (table.FindColumn(p) is { } col)
                {
                    map.Set(f, col.Index, col.Hashtag.ToString());
                    return;
                }
            }
        }

        map.Set(Field.Individuals, count.Index, count.Hashtag.ToString());
        Map(Field.Country, "#country+code", "#country-name");
        Map(Field.CountryName, "#country+name");
        Map(Field.Level, "#adm+level");
        Map(Field.Adm1Code, "#adm1+code-origin");
        Map(Field.Adm1Name, "#adm1+name-origin-i_en", "#adm1+name-origin");
        Map(Field.Adm2Code, "#adm2+code-origin");
        Map(Field.Adm2Name, "#adm2+name-origin-i_en", "#adm2+name-origin");
        Map(Field.Households, $"#affected+{a}+hh-m-f", $"#population+{a}+hh-m-f", "#affected+hh-m-f");
        Map(Field.Males, $"#affected+{a}+m-hh", $"#population+{a}+m-hh");
        Map(Field.Females, $"#affected+{a}+f-hh", $"#population+{a}+f-hh");
        Map(Field.Date, "#date+reported-year-month", "#date+end", "#date-year-month-start");
        Map(Field.Year, "#date+year", "#year");
        Map(Field.Round, "#round+code", "#round");
        Map(Field.Reason, "#cause+type", "#cause");
        Map(Field.OriginCode, "#adm1+code+origin");
        Map(Field.Assessment, "#assessment+type");
        Map(Field.Operation, "#operation+name");
        Map(Field.Source, "#meta+source", "#org+name", "#org");
        DisplacementSource fallback = dtm ? DisplacementSource.Dtm : options.Source ?? new DisplacementSource(DisplacementSourceKind.Other);
        int width = table.Columns.Count == 0 ? 0 : table.Columns.Max(c => c.Index) + 1;
        foreach (HxlRow r in table.Rows)
        {
            if (HasExtraCells(r.Values, width))
            {
                tally.Reject(r.LineNumber, null, ImportIssueCodes.FieldCount, TooManyCells(r.Values.Count, width));
                continue;
            }

            if (StockRowMapper.TryMap(map, r.Values, r.LineNumber, tally, grp, fallback, out FigureRow? row))
            {
                tally.Fold(acc, [row], r.LineNumber);
            }
        }
    }

    private static void ImportByHeader(List<IReadOnlyList<string>> rows, List<long> lines, FileTally tally, FigureAccumulator acc)
    {
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rows[0].Count; i++)
        {
            header.TryAdd(NameKey.From(rows[0][i]), i);
        }

        bool Has(params string[] names) => names.All(n => header.ContainsKey(NameKey.From(n)));
        if (Has("location_code", "assessment_type", "population", "reporting_round"))
        {
            tally.Format = DisplacementFormats.HapiIdps;
            FieldMap map = MapHeader(header,
                (Field.Country, "location_code"), (Field.Level, "admin_level"), (Field.Adm1Code, "admin1_code"), (Field.Adm1Name, "admin1_name"),
                (Field.Adm2Code, "admin2_code"), (Field.Adm2Name, "admin2_name"), (Field.Operation, "operation"), (Field.Assessment, "assessment_type"),
                (Field.Individuals, "population"), (Field.Round, "reporting_round"), (Field.Date, "reference_period_end"));
            ImportRows(rows, lines, tally, acc, map, PopulationGroup.Idp, DisplacementSource.Dtm);
        }
        else if (Has("population_group", "population") && (Has("asylum_location_code") || Has("location_code")))
        {
            tally.Format = DisplacementFormats.HapiRefugees;
            ImportHapiRefugees(rows, lines, header, tally, acc);
        }
        else if (Has("year", "coo", "coa") && Has("refugees", "idps"))
        {
            tally.Format = DisplacementFormats.UnhcrPopulation;
            ImportUnhcr(rows, lines, header, tally, acc, idmc: false);
        }
        else if (Has("year", "coo", "coa", "total") && !Has("pop_type"))
        {
            tally.Format = DisplacementFormats.UnhcrIdmc;
            ImportUnhcr(rows, lines, header, tally, acc, idmc: true);
        }
        else if (Has("total pdis") || Has("total pdi"))
        {
            tally.Format = DisplacementFormats.Conasur;
            ImportConasur(rows, lines, header, tally, acc);
        }
        else
        {
            tally.Fatal(ImportIssueCodes.UnknownFormat,
                "Not a displacement file this library knows: expected an HXL hashtag row, a DTM API envelope, HDX HAPI idps/refugees, UNHCR population statistics, or a table with a 'Total PDIs' column. (UNHCR demographics and solutions files are not stock figures and are not imported.)");
        }
    }

    private static FieldMap MapHeader(Dictionary<string, int> header, params (Field Field, string Name)[] columns)
    {
        var map = new FieldMap();
        foreach ((Field f, string name) in columns)
        {
            if (header.TryGetValue(NameKey.From(name), out int i))
            {
                map.Set(f, i, name);
            }
        }

        return map;
    }

    private static void ImportRows(List<IReadOnlyList<string>> rows, List<long> lines, FileTally tally, FigureAccumulator acc, FieldMap map, PopulationGroup group, DisplacementSource source)
    {
        for (int r = 1; r < rows.Count; r++)
        {
            if (HasExtraCells(rows[r], rows[0].Count))
            {
                tally.Reject(lines[r], null, ImportIssueCodes.FieldCount, TooManyCells(rows[r].Count, rows[0].Count));
                continue;
            }

            if (StockRowMapper.TryMap(map, rows[r], lines[r], tally, group, source, out FigureRow? row))
            {
                tally.Fold(acc, [row], lines[r]);
            }
        }
    }

    private static void ImportConasur(List<IReadOnlyList<string>> rows, List<long> lines, Dictionary<string, int> header, FileTally tally, FigureAccumulator acc)
    {
        int Col(params string[] names) => FindColumn(header, names);

        int region = Col("région", "region"), province = Col("province"), date = Col("date", "date de mise à jour", "date de situation");
        int total = Col("total pdis", "total pdi"), households = Col("ménages", "menages", "nombre de ménages"), men = Col("hommes"), women = Col("femmes");
        int country = Col("pays", "code pays", "iso3");
        int adm1Code = Col("code région", "pcode région", "admin1pcode"), adm2Code = Col("code province", "pcode province", "admin2pcode");
        for (int r = 1; r < rows.Count; r++)
        {
            IReadOnlyList<string> cells = rows[r];
            long line = lines[r];
            if (HasExtraCells(cells, rows[0].Count))
            {
                tally.Reject(line, null, ImportIssueCodes.FieldCount, TooManyCells(cells.Count, rows[0].Count));
                continue;
            }

            string Cell(int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : string.Empty;
            string countryText = Cell(country);
            string iso3 = countryText.Length == 0 ? "BFA" : Countries.TryFromName(countryText, out Country? c) ? c.Alpha3 : countryText.ToUpperInvariant();
            string regionName = Cell(region), provinceName = Cell(province);
            string code1 = Cell(adm1Code), code2 = Cell(adm2Code);
            if (regionName.StartsWith("total", StringComparison.OrdinalIgnoreCase) || regionName.StartsWith("ensemble", StringComparison.OrdinalIgnoreCase))
            {
                code1 = string.Empty;
                regionName = string.Empty;
                provinceName = string.Empty;
            }

            // Names are matched to P-codes through the gazetteer; unknown names are rejected, never guessed.
            if (code1.Length == 0 && regionName.Length > 0)
            {
                PlaceMatch m = Gazetteer.Default.Match(iso3, 1, regionName);
                if (!m.IsMatched)
                {
                    tally.Reject(line, "Région", ImportIssueCodes.UnknownPlace,
                        $"Region '{regionName}' is not in the gazetteer for {iso3} ({m.Status}); add its P-code in a 'Code région' column.");
                    continue;
                }

                code1 = m.Area!.Code.Value;
            }

            if (code2.Length == 0 && provinceName.Length > 0 && !provinceName.StartsWith("total", StringComparison.OrdinalIgnoreCase))
            {
                PlaceMatch m = Gazetteer.Default.Match(iso3, 2, provinceName, code1.Length > 0 ? new PCode(code1) : null);
                if (!m.IsMatched)
                {
                    tally.Reject(line, "Province", ImportIssueCodes.UnknownPlace,
                        $"Province '{provinceName}' is not in the gazetteer for {iso3} ({m.Status}); add its P-code in a 'Code province' column.");
                    continue;
                }

                code2 = m.Area!.Code.Value;
            }

            string[] synthetic = [iso3, code1, regionName, code2, provinceName, Cell(total), Cell(households), Cell(men), Cell(women), Cell(date)];
            var map = new FieldMap();
            map.Set(Field.Country, 0, "Pays");
            map.Set(Field.Adm1Code, 1, "Région");
            map.Set(Field.Adm1Name, 2, "Région");
            map.Set(Field.Adm2Code, 3, "Province");
            map.Set(Field.Adm2Name, 4, "Province");
            map.Set(Field.Individuals, 5, "Total PDIs");
            map.Set(Field.Households, 6, "Ménages");
            map.Set(Field.Males, 7, "Hommes");
            map.Set(Field.Females, 8, "Femmes");
            map.Set(Field.Date, 9, "Date");
            if (StockRowMapper.TryMap(map, synthetic, line, tally, PopulationGroup.Idp, DisplacementSource.Conasur, out FigureRow? row))
            {
                tally.Fold(acc, [row], line);
            }
        }
    }

    private static void ImportUnhcr(List<IReadOnlyList<string>> rows, List<long> lines, Dictionary<string, int> header, FileTally tally, FigureAccumulator acc, bool idmc)
    {
        int Col(string name) => header.TryGetValue(NameKey.From(name), out int i) ? i : -1;
        (int Column, PopulationGroup Group, string Name)[] groups = idmc
            ? [(Col("total"), PopulationGroup.Idp, "total")]
            :
            [
                (Col("refugees"), PopulationGroup.Refugee, "refugees"), (Col("asylum_seekers"), PopulationGroup.AsylumSeeker, "asylum_seekers"),
                (Col("returned_refugees"), PopulationGroup.Returnee, "returned_refugees"), (Col("idps"), PopulationGroup.Idp, "idps"),
                (Col("returned_idps"), PopulationGroup.ReturnedIdp, "returned_idps"), (Col("stateless"), PopulationGroup.Stateless, "stateless"),
                (Col("ooc"), PopulationGroup.OtherOfConcern, "ooc"), (Col("oip"), PopulationGroup.OtherOfConcern, "oip"), (Col("hst"), PopulationGroup.OtherOfConcern, "hst"),
            ];
        int year = Col("year"), coa = Col("coa"), coaIso = Col("coa_iso"), coo = Col("coo"), cooIso = Col("coo_iso"), coaName = Col("coa_name");
        DisplacementSource source = idmc ? new DisplacementSource(DisplacementSourceKind.Idmc) : DisplacementSource.Unhcr;
        for (int r = 1; r < rows.Count; r++)
        {
            IReadOnlyList<string> cells = rows[r];
            long line = lines[r];
            if (HasExtraCells(cells, rows[0].Count))
            {
                tally.Reject(line, null, ImportIssueCodes.FieldCount, TooManyCells(cells.Count, rows[0].Count));
                continue;
            }

            string Cell(int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : string.Empty;
            if (!int.TryParse(Cell(year), NumberStyles.None, CultureInfo.InvariantCulture, out int y) || y < 1900 || y > 2999)
            {
                tally.Reject(line, "year", ImportIssueCodes.InvalidDate, $"'{Cell(year)}' is not a year.");
                continue;
            }

            string? asylum = Iso3(Cell(coaIso), Cell(coa));
            if (asylum is null)
            {
                tally.Reject(line, "coa", ImportIssueCodes.UnknownCountry, $"Country of asylum '{Cell(coa)}' is neither an ISO alpha-3 code nor a known UNHCR code.");
                continue;
            }

            string? origin = Iso3(Cell(cooIso), Cell(coo));
            DisplacementArea area = DisplacementArea.ForCountry(asylum, Cell(coaName));
            DisplacementArea? originArea = origin is null or "UNK" || string.Equals(Cell(coo), "UKN", StringComparison.Ordinal) ? null : DisplacementArea.ForCountry(origin);
            var figures = new List<FigureRow>();
            bool bad = false;
            var byGroup = new Dictionary<PopulationGroup, long>();
            // IDPs exist only within their own country; refugees, asylum seekers and returnees only across a border.
            // UNHCR writes 0 in the cells that cannot apply: those are skipped, every other 0 is a published value.
            bool sameCountry = origin is not null && string.Equals(origin, asylum, StringComparison.Ordinal);
            foreach ((int column, PopulationGroup group, string name) in groups)
            {
                string v = Cell(column);
                if (column < 0 || Values.IsMissing(v))
                {
                    continue;
                }

                bool applies = group switch
                {
                    PopulationGroup.Idp or PopulationGroup.ReturnedIdp => idmc || sameCountry,
                    PopulationGroup.Refugee or PopulationGroup.AsylumSeeker or PopulationGroup.Returnee => !sameCountry,
                    _ => true,
                };
                if (!applies)
                {
                    continue;
                }

                if (!Values.TryParseCount(v, out long n))
                {
                    tally.Reject(line, name, ImportIssueCodes.InvalidNumber, $"'{v}' is not a whole number (digits only).");
                    bad = true;
                    break;
                }

                byGroup[group] = byGroup.GetValueOrDefault(group) + n;
            }

            if (bad)
            {
                continue;
            }

            foreach ((PopulationGroup group, long n) in byGroup)
            {
                // IDPs and returned IDPs are in their own country: no origin.
                DisplacementArea? o = group is PopulationGroup.Idp or PopulationGroup.ReturnedIdp ? null : originArea;
                figures.Add(new FigureRow(area, group, source, AssessmentType.None, null, new NodaTime.LocalDate(y, 12, 31), n, null, o, null, null, null));
            }

            tally.Fold(acc, figures, line);
        }
    }

    private static void ImportHapiRefugees(List<IReadOnlyList<string>> rows, List<long> lines, Dictionary<string, int> header, FileTally tally, FigureAccumulator acc)
    {
        int Col(params string[] names) => FindColumn(header, names);

        int asylum = Col("asylum_location_code", "location_code"), origin = Col("origin_location_code"), groupCol = Col("population_group");
        int gender = Col("gender"), age = Col("age_range"), population = Col("population"), end = Col("reference_period_end");
        for (int r = 1; r < rows.Count; r++)
        {
            IReadOnlyList<string> cells = rows[r];
            long line = lines[r];
            if (HasExtraCells(cells, rows[0].Count))
            {
                tally.Reject(line, null, ImportIssueCodes.FieldCount, TooManyCells(cells.Count, rows[0].Count));
                continue;
            }

            string Cell(int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : string.Empty;
            string g = Cell(gender), a = Cell(age);
            bool total = (g.Length == 0 || string.Equals(g, "all", StringComparison.OrdinalIgnoreCase)) && (a.Length == 0 || string.Equals(a, "all", StringComparison.OrdinalIgnoreCase));
            if (!PopulationGroups.TryParse(Cell(groupCol), out PopulationGroup group))
            {
                tally.Reject(line, "population_group", ImportIssueCodes.UnknownGroup, $"'{Cell(groupCol)}' is not a known population group code.");
                continue;
            }

            if (!DisplacementArea.IsAlpha3(Cell(asylum)))
            {
                tally.Reject(line, "asylum_location_code", ImportIssueCodes.UnknownCountry, $"'{Cell(asylum)}' is not an ISO alpha-3 code.");
                continue;
            }

            if (!Values.TryParseCount(Cell(population), out long n))
            {
                tally.Reject(line, "population", ImportIssueCodes.InvalidNumber, $"'{Cell(population)}' is not a whole number (digits only).");
                continue;
            }

            if (!Values.TryParseDate(Cell(end), out NodaTime.LocalDate date))
            {
                tally.Reject(line, "reference_period_end", ImportIssueCodes.InvalidDate, $"'{Cell(end)}' is not an ISO date.");
                continue;
            }

            if (!total)
            {
                // A sex/age row splits the 'all/all' row of the same origin: counted as merged, not added.
                tally.MergeWithoutFigure();
                continue;
            }

            string o = Cell(origin);
            DisplacementArea? originArea = DisplacementArea.IsAlpha3(o) && o != "UNK" && group is not (PopulationGroup.Idp or PopulationGroup.ReturnedIdp) ? DisplacementArea.ForCountry(o) : null;
            tally.Fold(acc, [new FigureRow(DisplacementArea.ForCountry(Cell(asylum)), group, DisplacementSource.Unhcr, AssessmentType.None, null, date, n, null, originArea, null, null, null)], line);
        }
    }

    private static bool HasExtraCells(IReadOnlyList<string> cells, int width)
    {
        for (int i = width; i < cells.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(cells[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string TooManyCells(int count, int width) =>
        string.Create(CultureInfo.InvariantCulture,
            $"The row has {count} cells for {width} columns (an unquoted decimal comma such as 14,4454 splits a cell): the values would shift, so the row is left out.");

    private static string? Iso3(string iso, string unhcr)
    {
        if (DisplacementArea.IsAlpha3(iso))
        {
            return iso;
        }

        if (Countries.TryFromUnhcrCode(unhcr, out Country? c))
        {
            return c.Alpha3;
        }

        return string.Equals(unhcr, "UKN", StringComparison.Ordinal) ? "UNK" : null;
    }

    /// <summary>The index of the first of <paramref name="names"/> present in <paramref name="header"/> (keys are <see cref="NameKey"/>s), or -1.</summary>
    private static int FindColumn(Dictionary<string, int> header, string[] names)
    {
        foreach (string n in names)
        {
            if (header.TryGetValue(NameKey.From(n), out int i))
            {
                return i;
            }
        }

        return -1;
    }
}
