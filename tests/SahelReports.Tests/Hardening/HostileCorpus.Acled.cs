using System.Text;
using NodaTime;
using SahelReports.Analysis;
using SahelReports.Import;
using SahelReports.Incidents;
using static SahelReports.Tests.Hardening.ImportExpect;
using C = SahelReports.Import.ImportIssueCodes;
using Category = SahelReports.Tests.Hardening.HostileCategory;
using Outcome = SahelReports.Tests.Hardening.HostileOutcome;

namespace SahelReports.Tests.Hardening;

/// <summary>ACLED import cases: CSV structure, encodings, dates, numbers, coordinates, duplicates.</summary>
internal static partial class HostileCorpus
{
    private static string Ok2 => Row("BFO4568");

    private static IEnumerable<HostileCase> CsvStructureCases()
    {
        const Category S = Category.CsvStructure;
        yield return Acled("csv-unterminated-quote", S, Outcome.RowRejected, "A quote opened in the notes of line 3 and never closed swallows the rest of the file into one record: that record is rejected (malformed-quoting, line 3), line 2 is kept, nothing after it is read as an event.",
            Csv(Row(), Row("BFO4568", ("notes", "x")).Replace(",x,", ",\"never closed,", StringComparison.Ordinal), Row("BFO4569")),
            new(1, 1) { Issues = [At(3, C.MalformedQuoting)], Then = s => Assert.Equal(["BFO4567"], s.Select(i => i.Id)) });
        yield return Acled("csv-text-after-closing-quote", S, Outcome.RowRejected, "Text after the closing quote of a field: the row is rejected (malformed-quoting), the next row kept.",
            Csv(Row(("notes", "x")).Replace(",x,", ",\"quoted\" then text,", StringComparison.Ordinal), Ok2),
            new(1, 1) { Issues = [At(2, C.MalformedQuoting)] });
        yield return Acled("csv-stray-quote-in-field", S, Outcome.RowRejected, "A quote inside an unquoted field (Ka\"ri): rejected as malformed quoting rather than read with a stray character.",
            Csv(Row(("location", "x")).Replace(",x,", ",Ka\"ri,", StringComparison.Ordinal), Ok2),
            new(1, 1) { Issues = [At(2, C.MalformedQuoting)] });
        yield return Acled("csv-short-row", S, Outcome.RowRejected, "A row cut short by an email client (20 of 31 fields): field-count.",
            Csv(string.Join(",", Row().Split(',').Take(20)), Ok2),
            new(1, 1) { Issues = [At(2, C.FieldCount)] });
        yield return Acled("csv-long-row", S, Outcome.RowRejected, "A row with an extra non-empty field: field-count, never shifted into the next column.",
            Csv(Row() + ",surplus", Ok2),
            new(1, 1) { Issues = [At(2, C.FieldCount)] });
        yield return Acled("csv-trailing-empty-fields", S, Outcome.Accepted, "Extra empty trailing fields (Excel pads rows with separators): accepted as documented.",
            Csv(Row() + ",,,", Ok2),
            new(2));
        yield return Acled("csv-duplicate-header", S, Outcome.FileError, "The header names fatalities twice: the file is refused (unknown-header) rather than one column silently chosen.",
            AcledHeader.Replace("tags", "fatalities", StringComparison.Ordinal) + "\n" + Row() + "\n",
            new(0) { Fatal = C.UnknownHeader, FatalLine = 1 });
        yield return Acled("csv-missing-header-column", S, Outcome.FileError, "The header has no fatalities column: unknown-header naming the missing column.",
            Csv(Row()).Replace(",fatalities,", ",deaths,", StringComparison.Ordinal),
            new(0) { Fatal = C.UnknownHeader, FatalLine = 1 });
        yield return Acled("csv-no-header", S, Outcome.FileError, "The header line is missing (the file starts with a data row): unknown-header.",
            Row() + "\n" + Ok2 + "\n",
            new(0) { Fatal = C.UnknownHeader, FatalLine = 1 });
        yield return Acled("csv-excel-sep-line", S, Outcome.Accepted, "Excel's 'sep=;' hint line before a semicolon-separated file: the hint is honoured, both rows read.",
            "sep=;\n" + Csv(Row(), Ok2).Replace(",", ";", StringComparison.Ordinal),
            new(2));
        yield return Acled("csv-blank-lines", S, Outcome.Accepted, "Empty lines between rows: skipped, not counted as rows; later line numbers stay physical.",
            AcledHeader + "\n\n" + Row() + "\n\n\n" + Row("BFO4568", ("fatalities", "-1")) + "\n",
            new(1, 1) { Issues = [At(6, C.NegativeFatalities)] });
        yield return Acled("csv-whitespace-line", S, Outcome.RowRejected, "A line of spaces and tabs between rows: a row with one field, rejected (field-count), never a crash.",
            Csv(Row(), " \t ", Ok2),
            new(2, 1) { Issues = [At(3, C.FieldCount)] });
        yield return Acled("csv-hash-data-row", S, Outcome.RowRejected, "A data row starting with '#' (an HXL hashtag row under the header): not a comment; rejected with a code, never read as an event.",
            Csv("#event+code,#date,#date+year,#date+precision,#meta+disorder,#event+type,#event+type+sub,#group+name+first,#group+name+first+assoc,#group+type+first,#group+name+second,#group+name+second+assoc,#group+type+second,#group+type+interaction,#meta+civilian,#country+code,#region+name,#country+name,#adm1+name,#adm2+name,#adm3+name,#loc+name,#geo+lat,#geo+lon,#geo+precision,#meta+source,#meta+source+scale,#description,#affected+killed,#meta+tags,#date+timestamp", Row()),
            new(1, 1) { Issues = [At(2, C.InvalidDate)] });
        yield return Acled("csv-10mb-record", S, Outcome.FileError, "A 10 MB quoted notes field: record-too-large at its line (the 1 MiB limit); the row before is kept.",
            Csv(Row("BFO4566"), Row(("notes", new string('x', 10 * 1024 * 1024)))),
            new(1) { Fatal = C.RecordTooLarge, FatalLine = 3 });
        yield return Acled("csv-quoted-line-breaks", S, Outcome.RowRejected, "A note with CRLF line breaks inside quotes: read as one field; the error on the next row names its physical line (5).",
            Csv(Row(("notes", "line one\r\nline two\r\nline three")), Row("BFO4568", ("fatalities", "-2"))),
            new(1, 1) { Issues = [At(5, C.NegativeFatalities)], Then = s => Assert.Equal("line one\r\nline two\r\nline three", s.Single().Notes) });
        yield return Acled("csv-cr-only-line-ends", S, Outcome.Accepted, "Classic-Mac CR-only line ends: both rows read.",
            Csv(Row(), Ok2).Replace("\n", "\r", StringComparison.Ordinal),
            new(2));
        yield return Acled("csv-header-only", S, Outcome.Accepted, "A header and no rows: zero rows, no error (an empty week is not a broken file).",
            AcledHeader + "\n",
            new(0));
        yield return Acled("csv-empty-file", S, Outcome.FileError, "A zero-byte file: file-empty.", string.Empty, new(0) { Fatal = C.FileEmpty });
        yield return AcledBytes("csv-zip-file", S, Outcome.FileError, "An .xlsx/zip given as CSV: not-csv, nothing decompressed.",
            [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00],
            new(0) { Fatal = C.NotCsv });
    }

    private static IEnumerable<HostileCase> EncodingCases()
    {
        const Category E = Category.Encoding;
        string tillaberi = Row("NIR7890", ("iso", "562"), ("country", "Niger"), ("admin1", "Tillabéri"), ("admin2", "Tillabéri"), ("admin3", ""), ("location", "Tillabéri"), ("latitude", "14.2100"), ("longitude", "1.4500"));
        void IsTillaberi(IncidentSet s) => Assert.Equal("Tillabéri", s.Single().Location.Admin1);
        yield return AcledBytes("enc-utf8-bom", E, Outcome.Accepted, "A UTF-8 byte-order mark: read as UTF-8, the header still recognised.",
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv(tillaberi))],
            new(1) { Then = IsTillaberi });
        yield return AcledBytes("enc-utf16le-bom", E, Outcome.Accepted, "UTF-16 little-endian with its BOM (Excel's 'Unicode text'): read exactly.",
            Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Csv(tillaberi))).ToArray(),
            new(1) { Then = IsTillaberi });
        yield return AcledBytes("enc-utf16be-bom", E, Outcome.Accepted, "UTF-16 big-endian with its BOM: read exactly.",
            Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Csv(tillaberi))).ToArray(),
            new(1) { Then = IsTillaberi });
        yield return AcledBytes("enc-utf16-no-bom", E, Outcome.FileError, "UTF-16 without a BOM (NUL bytes everywhere): not-csv, never read as garbage.",
            Encoding.Unicode.GetBytes(Csv(tillaberi)),
            new(0) { Fatal = C.NotCsv, Issues = [At(0, C.EncodingFallback)] });
        yield return AcledBytes("enc-latin1-file", E, Outcome.Warned, "A Windows-1252 file without BOM: read as Windows-1252 with an encoding-fallback warning; 'Tillabéri' decoded correctly.",
            Encoding.Latin1.GetBytes(Csv(tillaberi)),
            new(1) { Issues = [At(0, C.EncodingFallback)], Then = IsTillaberi });
        yield return Acled("enc-nul-in-field", E, Outcome.Warned, "A NUL character inside the admin1 name: removed, invisible-characters warning, place still matched.",
            Csv(Row(("admin1", "Boucle du\0 Mouhoun"))),
            new(1) { Issues = [At(2, C.InvisibleCharacters)], Then = s => Assert.NotNull(s.Single().Location.Admin1Code) });
        yield return Acled("enc-zero-width-space", E, Outcome.Warned, "A zero-width space inside 'Mouhoun': removed with a warning; the admin2 P-code is found.",
            Csv(Row(("admin2", "Mou\u200Bhoun"))),
            new(1) { Issues = [At(2, C.InvisibleCharacters)], Then = s => Assert.Equal("Mouhoun", s.Single().Location.Admin2) });
        yield return Acled("enc-bidi-override", E, Outcome.Warned, "A right-to-left override (U+202E) in the location name, the 'Trojan Source' trick: removed with a warning.",
            Csv(Row(("location", "\u202EiraK"))),
            new(1) { Issues = [At(2, C.InvisibleCharacters)], Then = s => Assert.Equal("iraK", s.Single().Location.Name) });
        yield return Acled("enc-control-char-in-notes", E, Outcome.Accepted, "A BEL control character in free-text notes: kept as written (outputs escape it), never a crash.",
            Csv(Row(("notes", "ring\u0007bell"))),
            new(1) { Then = s => Assert.Equal("ring\u0007bell", s.Single().Notes) });
        yield return Acled("enc-nfd-accents", E, Outcome.Warned, "'Tillabéri' in decomposed form (e + U+0301) in admin1, admin2 and location: each normalised to NFC with a warning, so it matches the gazetteer.",
            Csv(tillaberi.Replace("é", "e\u0301", StringComparison.Ordinal)),
            new(1) { Issues = [At(2, C.NormalisedToNfc), At(2, C.NormalisedToNfc), At(2, C.NormalisedToNfc)], Then = IsTillaberi });
        yield return Acled("enc-mojibake", E, Outcome.Warned, "'SÃ©gou' (UTF-8 read as Latin-1 and saved again): not matched to Ségou; kept with an unmatched-place warning, never guessed.",
            Csv(Row("MLI1", ("iso", "466"), ("country", "Mali"), ("admin1", "SÃ©gou"), ("admin2", ""), ("admin3", ""), ("location", "Markala"), ("latitude", "13.67"), ("longitude", "-6.07"))),
            new(1) { Issues = [At(2, C.UnmatchedPlace)], Then = s => Assert.Null(s.Single().Location.Admin1Code) });
        byte[] late = Encoding.UTF8.GetBytes(Csv(Row(), Row("BFO4568", ("admin3", "Kona\u00E9"))));
        int e = Array.LastIndexOf(late, (byte)0xC3);
        late[e] = 0xE9;
        late[e + 1] = (byte)'x';
        yield return AcledBytes("enc-invalid-utf8-byte", E, Outcome.RowRejected, "A lone Latin-1 byte in an otherwise UTF-8 file: with the encoding stated, that row is rejected (invalid-encoding), never altered to U+FFFD.",
            late,
            new(1, 1) { Issues = [At(3, C.InvalidEncoding)], Options = new AcledImportOptions { Encoding = new UTF8Encoding(false) } });
    }

    private static IEnumerable<HostileCase> DateCases()
    {
        const Category D = Category.Dates;
        HostileCase Date(string id, HostileOutcome outcome, string description, string date, string year, string? code, LocalDate? expected = null, AcledImportOptions? options = null) =>
            Acled(id, D, outcome, description, Csv(Row(("event_date", date), ("year", year))),
                code is null
                    ? new(1) { Options = options, Then = s => Assert.Equal(expected, s.Single().Date) }
                    : new(0, 1) { Options = options, Issues = [At(2, code)] });
        yield return Date("date-ambiguous", Outcome.RowRejected, "03/04/2023: 3 April or 4 March; rejected (ambiguous-date) unless the caller states the order.", "03/04/2023", "2023", C.AmbiguousDate);
        yield return Date("date-ambiguous-with-order", Outcome.Accepted, "03/04/2023 with DateOrder = DayMonthYear: 3 April 2023.", "03/04/2023", "2023", null, new LocalDate(2023, 4, 3), new AcledImportOptions { DateOrder = AcledDateOrder.DayMonthYear });
        yield return Date("date-unambiguous-day-first", Outcome.Accepted, "13/04/2023 can only be 13 April.", "13/04/2023", "2023", null, new LocalDate(2023, 4, 13));
        yield return Date("date-impossible", Outcome.RowRejected, "30 February: invalid-date, never rolled over to 1 March.", "2024-02-30", "2024", C.InvalidDate);
        yield return Date("date-leap-day", Outcome.Accepted, "29 February of a leap year is valid.", "2024-02-29", "2024", null, new LocalDate(2024, 2, 29));
        yield return Date("date-not-leap-day", Outcome.RowRejected, "29 February 2023 does not exist.", "2023-02-29", "2023", C.InvalidDate);
        yield return Date("date-two-digit-year", Outcome.Accepted, "16-Feb-21 (Excel re-save): 2021 by the documented pivot (00–89 → 20xx).", "16-Feb-21", "2021", null, new LocalDate(2021, 2, 16));
        yield return Date("date-two-digit-year-90s", Outcome.Accepted, "16-Feb-97: 1997 by the documented pivot (90–99 → 19xx).", "16-Feb-97", "1997", null, new LocalDate(1997, 2, 16));
        yield return Date("date-two-digit-year-mismatch", Outcome.RowRejected, "16-Feb-21 with year 1921: year-mismatch, the pivot is never silently overridden.", "16-Feb-21", "1921", C.YearMismatch);
        yield return Date("date-excel-serial", Outcome.RowRejected, "45599 (an Excel serial for 2024-11-03): invalid-date, never guessed as a serial.", "45599", "2024", C.InvalidDate);
        yield return Date("date-with-time-zone", Outcome.RowRejected, "2024-11-03T23:30:00-05:00: a timestamp with a zone offset would shift the day in UTC; rejected rather than shifted.", "2024-11-03T23:30:00-05:00", "2024", C.InvalidDate);
        yield return Date("date-iso-week-boundary", Outcome.Accepted, "2024-12-30 belongs to ISO week 2025-W01 while its year column says 2024: accepted, and the week is 2025-W01.", "2024-12-30", "2024", null, new LocalDate(2024, 12, 30));
        yield return Acled("date-week-53", D, Outcome.Accepted, "2026-12-31 is in ISO week 2026-W53 (a 53-week year); 2027-01-03 too.",
            Csv(Row("BFO1", ("event_date", "2026-12-31"), ("year", "2026")), Row("BFO2", ("event_date", "2027-01-03"), ("year", "2027"))),
            new(2) { Then = s => Assert.All(s, i => Assert.Equal(new IsoWeek(2026, 53), IsoWeek.FromDate(i.Date))) });
        yield return Date("date-year-mismatch", Outcome.RowRejected, "The year column disagrees with the date.", "2024-11-03", "2023", C.YearMismatch);
        yield return Date("date-empty", Outcome.RowRejected, "An empty event date: missing-value.", string.Empty, "2024", C.MissingValue);
        yield return Date("date-year-zero", Outcome.RowRejected, "0000-01-01: invalid-date.", "0000-01-01", "0", C.InvalidDate);
    }

    private static IEnumerable<HostileCase> NumberCases()
    {
        const Category N = Category.Numbers;
        HostileCase Fatalities(string id, HostileOutcome outcome, string description, string value, string? code, int expected = 0) =>
            Acled(id, N, outcome, description, Csv(Row(("fatalities", value))),
                code is null ? new(1) { Then = s => Assert.Equal(expected, s.Single().Fatalities) } : new(0, 1) { Issues = [At(2, code)] });
        yield return Fatalities("num-fatalities-decimal-comma", Outcome.RowRejected, "Fatalities '1,5' (a French decimal): rejected, never 15.", "1,5", C.NonIntegerFatalities);
        yield return Fatalities("num-fatalities-thousands-comma", Outcome.RowRejected, "Fatalities '1,000': rejected (could be 1 or 1000), never guessed.", "1,000", C.NonIntegerFatalities);
        yield return Fatalities("num-fatalities-narrow-nbsp", Outcome.RowRejected, "Fatalities '1\u202F000' with a narrow no-break space (French thousands): invalid-number.", "1\u202F000", C.InvalidNumber);
        yield return Fatalities("num-fatalities-nbsp", Outcome.RowRejected, "Fatalities '1\u00A0000' with a no-break space: invalid-number.", "1\u00A0000", C.InvalidNumber);
        yield return Fatalities("num-fatalities-nan", Outcome.RowRejected, "Fatalities 'NaN': rejected.", "NaN", C.NonIntegerFatalities);
        yield return Fatalities("num-fatalities-infinity", Outcome.RowRejected, "Fatalities 'Infinity': rejected.", "Infinity", C.NonIntegerFatalities);
        yield return Fatalities("num-fatalities-negative", Outcome.RowRejected, "Fatalities -3: negative-fatalities.", "-3", C.NegativeFatalities);
        yield return Fatalities("num-fatalities-fractional", Outcome.RowRejected, "Fatalities 2.5: non-integer-fatalities.", "2.5", C.NonIntegerFatalities);
        yield return Fatalities("num-fatalities-overflow", Outcome.RowRejected, "Fatalities 99999999999 (beyond a 32-bit count): rejected, never wrapped.", "99999999999", C.NonIntegerFatalities);
        yield return Fatalities("num-fatalities-padded", Outcome.Accepted, "Fatalities ' 8 ' padded with spaces: 8.", " 8 ", null, 8);
        yield return Fatalities("num-fatalities-empty", Outcome.RowRejected, "Empty fatalities: missing-value (ACLED writes 0), never read as 0.", string.Empty, C.MissingValue);
        yield return Acled("num-latitude-decimal-comma", N, Outcome.RowRejected, "Latitude '12,38': decimal-comma, never 1238.",
            Csv(Row(("latitude", "12,38"))), new(0, 1) { Issues = [At(2, C.DecimalComma)] });
        yield return Acled("num-latitude-nan", N, Outcome.RowRejected, "Latitude 'NaN': invalid-number.",
            Csv(Row(("latitude", "NaN"))), new(0, 1) { Issues = [At(2, C.InvalidNumber)] });
        yield return Acled("num-longitude-infinity", N, Outcome.RowRejected, "Longitude '-Infinity': invalid-number.",
            Csv(Row(("longitude", "-Infinity"))), new(0, 1) { Issues = [At(2, C.InvalidNumber)] });
    }

    private static IEnumerable<HostileCase> CoordinateCases()
    {
        const Category G = Category.Coordinates;
        yield return Acled("coord-latitude-out-of-range", G, Outcome.RowRejected, "Latitude 95: coordinates-out-of-range.",
            Csv(Row(("latitude", "95.0"))), new(0, 1) { Issues = [At(2, C.CoordinatesOutOfRange)] });
        yield return Acled("coord-longitude-out-of-range", G, Outcome.RowRejected, "Longitude -181: coordinates-out-of-range.",
            Csv(Row(("longitude", "-181"))), new(0, 1) { Issues = [At(2, C.CoordinatesOutOfRange)] });
        yield return Acled("coord-swapped", G, Outcome.Warned, "Kari with latitude and longitude swapped (-3.44, 12.38: the Gulf of Guinea): kept, flagged coordinates-outside-country.",
            Csv(Row(("latitude", "-3.4400"), ("longitude", "12.3800"))),
            new(1) { Issues = [At(2, C.CoordinatesOutsideCountry)] });
        yield return Acled("coord-null-island", G, Outcome.Warned, "0,0 (a missing value written as zeros): kept, flagged coordinates-outside-country.",
            Csv(Row(("latitude", "0"), ("longitude", "0"))),
            new(1) { Issues = [At(2, C.CoordinatesOutsideCountry)] });
        yield return Acled("coord-outside-country", G, Outcome.Warned, "A Burkina Faso event placed at Bamako (12.64, -8.00, in Mali): kept, flagged coordinates-outside-country.",
            Csv(Row(("latitude", "12.6400"), ("longitude", "-8.0000"))),
            new(1) { Issues = [At(2, C.CoordinatesOutsideCountry)] });
        yield return Acled("coord-border-town", G, Outcome.Accepted, "A Niger event at Ayorou near the Mali border (14.73, 0.92): inside Niger, no warning.",
            Csv(Row("NIR1", ("iso", "562"), ("country", "Niger"), ("admin1", "Tillabéri"), ("admin2", "Tillabéri"), ("admin3", ""), ("location", "Ayorou"), ("latitude", "14.7300"), ("longitude", "0.9200"))),
            new(1));
        yield return Acled("coord-exponent", G, Outcome.Accepted, "Latitude written 1.238E1 (a spreadsheet's scientific format): 12.38 exactly.",
            Csv(Row(("latitude", "1.238E1"))), new(1) { Then = s => Assert.Equal(12.38, s.Single().Location.Latitude) });
    }

    private static IEnumerable<HostileCase> DuplicateCases()
    {
        const Category U = Category.Duplicates;
        yield return Acled("dup-exact-repeat", U, Outcome.Accepted, "The same row twice (a file concatenated with itself): merged, counted once, fatalities not doubled.",
            Csv(Row(), Row()), new(1, 0, 1) { Then = s => Assert.Equal(8, s.TotalFatalities) });
        yield return Acled("dup-newer-revision-after", U, Outcome.Accepted, "A revision with a newer timestamp after the original: merged, the newer fatalities (10) win.",
            Csv(Row(), Row(("fatalities", "10"), ("timestamp", "1731100000"))),
            new(1, 0, 1) { Then = s => Assert.Equal(10, s.Single().Fatalities) });
        yield return Acled("dup-older-revision-after", U, Outcome.Accepted, "An older revision after the newer one: merged, the newer row is kept.",
            Csv(Row(("fatalities", "10"), ("timestamp", "1731100000")), Row()),
            new(1, 0, 1) { Then = s => Assert.Equal(10, s.Single().Fatalities) });
        yield return Acled("dup-conflicting-same-timestamp", U, Outcome.Warned, "Same id and timestamp with different fatalities: conflicting-duplicate warning on the second row; the first is kept.",
            Csv(Row(), Row(("fatalities", "80"))),
            new(1, 0, 1) { Issues = [At(3, C.ConflictingDuplicate)], Then = s => Assert.Equal(8, s.Single().Fatalities) });
        yield return AcledFiles("dup-revision-across-files", U, Outcome.Accepted, "The same event in two weekly files, revised in the second: merged in file 2, newest wins.",
            [Csv(Row(), Ok2), Csv(Row(("fatalities", "11"), ("timestamp", "1731200000")))],
            new(2, 0, 1) { Then = s => Assert.Equal(11 + 8, s.TotalFatalities) });
        yield return AcledFiles("dup-conflict-across-files", U, Outcome.Warned, "Same id and timestamp with other content in a second file: warning in file 2 at line 2.",
            [Csv(Row()), Csv(Row(("fatalities", "9")))],
            new(1, 0, 1) { Issues = [(2, 2, C.ConflictingDuplicate)], Then = s => Assert.Equal(8, s.Single().Fatalities) });
        yield return Acled("dup-missing-id", U, Outcome.RowRejected, "A row without an event id cannot be merged or counted once: missing-id.",
            Csv(Row(("event_id_cnty", "")), Ok2), new(1, 1) { Issues = [At(2, C.MissingId)] });
    }
}
