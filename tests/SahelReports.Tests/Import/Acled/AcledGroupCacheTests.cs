using System.Globalization;
using System.Text;
using CsCheck;
using SahelReports.Import;
using SahelReports.Import.Acled.Internal;
using SahelReports.Incidents;
using SahelReports.Internal;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Import.Acled;

/// <summary>
/// The row parser looks whole groups of fields up by their bytes (the eleven coding fields; iso, admin1 and admin2; the last
/// date) and checks text in one vectorised pass. These tests run the same generated rows through a parser with those caches
/// and one without (<see cref="AcledRowParser.GroupCaches"/> off: every field validated on its own, as before) and require the
/// same verdict, values, incident and issues (line, column, code, message, order) on every row, with values built to hit the
/// edge cases: zero-width and bidi characters, soft hyphens, NFD text, bytes that are not UTF-8 (a Latin-1 file read as UTF-8),
/// places valid in one admin1 but not another, unknown actor types and interactions, and repeats so that the caches are used.
/// </summary>
public sealed class AcledGroupCacheTests
{
    private static readonly string[] s_events = ["Battles", "Violence against civilians", "Explosions/Remote violence", "Protests", "Riots", "Strategic developments", "Battle-No change of territory", "Remote violence", "Unknown type", "", "Batt\u200Bles", " Battles "];
    private static readonly string[] s_subs = ["Armed clash", "Attack", "Abduction/forced disappearance", "Peaceful protest", "Remote explosive/landmine/IED", "Looting/property destruction", "", "Attack\u00AD", "Nonsense"];
    private static readonly string[] s_disorders = ["Political violence", "Demonstrations", "Strategic developments", "", "Weird", "Political vio\u200Elence"];
    private static readonly string[] s_actors = ["JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2021-)", "VDP: Volunteers for the Defense of the Homeland", "Dozo Militia", "Milice de Se\u0301gou", "Milice de S\u00E9gou", "Dan Na Ambassagou\u200D", "Protesters (Mali)", "", "Unidentified Armed Group " + new string('x', 300), "Koglweogo\u00ADMilitia", "Bad\uE000Byte"];
    private static readonly string[] s_assocs = ["", "", "Katiba Macina; JNIM", " ; ", "Fulani Ethnic Militia (Mali)", "Civilians (Burkina Faso)\u202E", "Katiba; " + new string('y', 700)];
    private static readonly string[] s_inters = ["", "0", "1", "2", "3", "8", "9", "Rebel group", "State forces", "Political militia", "Identity militia", "Civilians", "Unknown", "Rebel\u200B group"];
    private static readonly string[] s_interactions = ["", "", "12", "17", "27", "99", "Rebel group-Civilians", "State forces-Rebel group", "garbage"];
    private static readonly string[] s_civilian = ["", "", "Civilian targeting", "Civilian\u200Btargeting"];
    private static readonly string[] s_isos = ["466", "854", "562", "466", "854", "", "999", "abc", " 466"];
    private static readonly (string Iso3, string Name, string Gwno)[] s_countries = [("MLI", "Mali", "432"), ("BFA", "Burkina Faso", "439"), ("", "Niger", ""), ("", "", "436"), ("", "", ""), ("XXX", "Atlantis", "1")];
    private static readonly string[] s_admin1s = ["Mopti", "Tillab\u00E9ri", "Tillabe\u0301ri", "Tillabery", "Sahel", "Boucle du Mouhoun", "Centre-Nord", "S\u00E9gou", "Segou", "Unknown Region", "", "Ga\u200Bo", "S\uE000gou", "Haut-Bassins", "Hauts-Bassins"];
    private static readonly string[] s_admin2s = ["Bandiagara", "Douentza", "Tera", "T\u00E9ra", "Soum", "Oudalan", "Gao", "", "Unknown", "Sanmatenga", "Mouhoun", "Band\u200Ciagara"];
    private static readonly string[] s_dates = ["2024-11-02", "2024-11-02", "2024-11-03", "2024-11-03", "2024-02-30", "03/04/2023", "13/04/2023", "2 November 2024", "16-Feb-21", "12-September-22", "", "2024-11-02T10:00", "x"];
    private static readonly string[] s_years = ["", "2024", "2024", "2023", "2021", "2022", "20x4"];
    private static readonly string[] s_precisions = ["1", "2", "3", "1", "0", "4", " 2", "02", "a", ""];
    private static readonly string[] s_coordinates = ["14.5", "-1.25", "12.3800", "3.5", "14,5", "91", "0", "1e1", "", "-0", ".5", "5.", "181"];
    private static readonly string[] s_fatalities = ["0", "3", "8", "14", "-1", "1.5", "1,5", "abc", "", "007", "2147483648", " 3 ", "+2"];
    private static readonly string[] s_timestamps = ["", "1730000000", "1730000000", "-1", "x", "99999999999999", "0017"];
    private static readonly string[] s_texts = ["", "Burkina 24", "A note, with a comma", "Caf\u00E9 note", "Cafe\u0301 note", "note\u200B", "note\u00AD", "Bad\uE000Byte", "x\0y"];
    private static readonly string[] s_ids = ["MLI1", "BFO2", "NIR3", "", " ", "NIR3\u200C", "MLI\uE0004"];

    [Fact]
    public void CachedAndUncachedParsers_GiveTheSameVerdicts_Values_Incidents_AndIssues()
    {
        Gen.Select(Gen.Int, Gen.Int[1, 400], Gen.Int[0, 3]).Sample((seed, rows, mode) =>
        {
            var random = new Random(seed);
            bool valuesOnly = (mode & 1) != 0;
            bool keepFreeText = (mode & 2) == 0;
            var cached = Parser(valuesOnly, keepFreeText, groupCaches: true, out IssueCollector cachedIssues);
            var plain = Parser(valuesOnly, keepFreeText, groupCaches: false, out IssueCollector plainIssues);
            var source = new Fields();
            var earlier = new List<byte[][]>();
            var built = new List<(ConflictIncident Cached, ConflictIncident Plain)>();
            for (int r = 0; r < rows; r++)
            {
                // Mostly good rows drawn from a few values, now and then any value of any column; and often a copy of an earlier
                // row, or of the coding of one and the place of another, so that groups with issues repeat too.
                double draw = random.NextDouble();
                if (draw < 0.35 && earlier.Count > 0)
                {
                    source.CopyFrom(earlier[random.Next(earlier.Count)], null);
                }
                else if (draw < 0.55 && earlier.Count > 0)
                {
                    source.CopyFrom(earlier[random.Next(earlier.Count)], null);
                    source.CopyFrom(earlier[random.Next(earlier.Count)], [AcledColumn.Iso, AcledColumn.Admin1, AcledColumn.Admin2]);
                }
                else
                {
                    source.Set(random, good: random.NextDouble() < 0.6);
                }

                earlier.Add(source.Snapshot());
                var a = default(AcledRowValues);
                var b = default(AcledRowValues);
                bool okA = cached.Validate(source, r + 2, ref a);
                bool okB = plain.Validate(source, r + 2, ref b);
                Assert.Equal(okB, okA);
                if (!okA)
                {
                    continue;
                }

                Assert.Equal(Render(b), Render(a));
                if (!valuesOnly)
                {
                    ConflictIncident x = cached.Build(in a);
                    ConflictIncident y = plain.Build(in b);
                    Assert.Equal(Render(y), Render(x));
                    built.Add((x, y));
                }
            }

            // The same objects are shared (codings, locations) with and without the caches.
            for (int i = 0; i < built.Count; i++)
            {
                for (int j = i + 1; j < built.Count; j++)
                {
                    Assert.Equal(ReferenceEquals(built[i].Plain.Coding, built[j].Plain.Coding), ReferenceEquals(built[i].Cached.Coding, built[j].Cached.Coding));
                    Assert.Equal(ReferenceEquals(built[i].Plain.Location, built[j].Plain.Location), ReferenceEquals(built[i].Cached.Location, built[j].Cached.Location));
                }
            }

            Assert.Equal(plainIssues.Issues.Select(Render), cachedIssues.Issues.Select(Render));
            Assert.Equal(plainIssues.Counts.OrderBy(c => c.Key, StringComparer.Ordinal), cachedIssues.Counts.OrderBy(c => c.Key, StringComparer.Ordinal));
            Assert.Equal(plain.UnmatchedPlaces, cached.UnmatchedPlaces);
            Assert.Equal(0, plain.GroupCacheHits);
        }, iter: 150);
    }

    [Fact]
    public void RepeatedGroups_AreServedFromTheCaches_WithTheirWarningsOnEveryRow()
    {
        // Rows 1-3 are the same clean row (cached after the first); rows 4-6 repeat an unmatched place, which warns on every row;
        // rows 7-9 repeat an actor with a zero-width character, which is never cached, so it warns on every row too.
        var parser = Parser(valuesOnly: false, keepFreeText: true, groupCaches: true, out IssueCollector issues);
        var source = new Fields();
        var lines = new List<long>();
        for (int r = 0; r < 9; r++)
        {
            source.SetGood();
            if (r is >= 3 and < 6)
            {
                source.Set(AcledColumn.Admin1, "Unknown Region");
            }
            else if (r >= 6)
            {
                source.Set(AcledColumn.Actor1, "Dan Na Ambassagou\u200D");
            }

            var v = default(AcledRowValues);
            Assert.True(parser.Validate(source, r + 2, ref v));
            Assert.Equal(r is >= 3 and < 6 ? null : "ML05", v.Admin1Code?.Value);
        }

        Assert.Equal([5L, 6L, 7L], issues.Issues.Where(i => i.Code == ImportIssueCodes.UnmatchedPlace).Select(i => i.Line));
        Assert.Equal([8L, 9L, 10L], issues.Issues.Where(i => i.Code == ImportIssueCodes.InvisibleCharacters).Select(i => i.Line));
        Assert.Equal(3, parser.UnmatchedPlaces);

        // Coding: rows 2-6 (the clean coding; rows 7-9 warn, so they are never cached); place: rows 2, 3, then 5, 6 (the
        // unmatched place, cached with its message), then 7-9 (the clean place again): hand-counted.
        Assert.Equal(5 + 7, parser.GroupCacheHits);
    }

    [Fact]
    public void ByteKeyCache_AgreesWithADictionary_AndStaysBounded()
    {
        Gen.Select(Gen.Int, Gen.Int[1, 3000], Gen.Int[1, 400]).Sample((seed, lookups, distinct) =>
        {
            var random = new Random(seed);
            var cache = new ByteKeyCache<int>();
            var model = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < lookups; i++)
            {
                // Keys of 0-40 bytes, some differing only in their last byte or their length.
                int k = random.Next(distinct);
                byte[] key = Encoding.UTF8.GetBytes(new string('k', k % 37) + k.ToString(CultureInfo.InvariantCulture));
                string name = Convert.ToHexString(key);
                bool found = cache.TryGet(key, out int value, out int hash);
                Assert.Equal(model.TryGetValue(name, out int expected) && found, found);
                if (found)
                {
                    Assert.Equal(expected, value);
                }
                else
                {
                    cache.Add(key, hash, k);
                    model.TryAdd(name, k);
                }
            }

            Assert.True(cache.Count <= ByteKeyCache<int>.MaxEntries);
        }, iter: 100);

        // A million distinct keys: the cache stops growing at its cap, then switches itself off (no hits in the trial).
        var big = new ByteKeyCache<int>();
        for (int i = 0; i < 1_000_000; i++)
        {
            byte[] key = BitConverter.GetBytes(i);
            if (!big.TryGet(key, out _, out int hash))
            {
                big.Add(key, hash, i);
            }

            Assert.True(big.Count <= ByteKeyCache<int>.MaxEntries);
        }

        Assert.False(big.Enabled);
        Assert.Equal(0, big.Count);
    }

    [Fact]
    public void TextCheck_AgreesWithAReferenceDecoder()
    {
        // Bytes drawn from ASCII, NUL, accented Latin (2 bytes), U+00AD, combining marks, zero-width and bidi characters, other
        // scripts and invalid sequences; the check must report what a plain strict decode, strip and NFC test report.
        byte[][] pieces =
        [
            "a"u8.ToArray(), "Z"u8.ToArray(), " "u8.ToArray(), ","u8.ToArray(), [0x00], "\u00E9"u8.ToArray(), "\u00AD"u8.ToArray(),
            "\u0301"u8.ToArray(), "\u200B"u8.ToArray(), "\u202E"u8.ToArray(), "\uFEFF"u8.ToArray(), "\u0628"u8.ToArray(),
            "\u4E2D"u8.ToArray(), [0xFF], [0xC3], [0xE2, 0x80], [0xC0, 0x80], "\u00A0"u8.ToArray(), "\u00C5"u8.ToArray(), "A\u030A"u8.ToArray(),
        ];
        Gen.Select(Gen.Int, Gen.Int[0, 60]).Sample((seed, length) =>
        {
            var random = new Random(seed);
            var bytes = new List<byte>();
            for (int i = 0; i < length; i++)
            {
                bytes.AddRange(random.NextDouble() < 0.6 ? pieces[random.Next(4)] : pieces[random.Next(pieces.Length)]);
            }

            byte[] value = [.. bytes];
            var text = new AcledText(1);
            bool valid = text.TryCheck(value, out AcledText.Fixes fixes);
            bool decoded = text.TryDecode(value, 0, out string? s, out AcledText.Fixes decodeFixes, out _);
            (bool refValid, AcledText.Fixes refFixes, string? refString) = Reference(value);
            Assert.Equal(refValid, valid);
            Assert.Equal(refValid, decoded);
            if (refValid)
            {
                Assert.Equal(refFixes, fixes);
                Assert.Equal(refFixes, decodeFixes);
                Assert.Equal(refString, s);
            }
        }, iter: 2000);
    }

    [Fact]
    public void NumberFastPaths_AgreeWithTheGeneralParsers()
    {
        // Strings of digits, points, signs, blanks, commas and letters: whenever a fast path accepts one, the general parser
        // (double.Parse for coordinates, Utf8Parser for whole numbers) gives the same value, bit for bit; and a plain coordinate
        // of up to 15 digits is always accepted.
        const string alphabet = "0123456789012345678901234567890.-+ ,e";
        Gen.Select(Gen.Int, Gen.Int[0, 22]).Sample((seed, length) =>
        {
            var random = new Random(seed);
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = alphabet[random.Next(random.NextDouble() < 0.8 ? 11 : alphabet.Length)];
            }

            byte[] text = Encoding.ASCII.GetBytes(chars);
            if (AcledRowParser.TryParsePlainDecimal(text, out double d))
            {
                Assert.True(double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double expected));
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(d));
            }
            else
            {
                string s = new(chars);
                bool plain = s.Length > 0 && s.Count(char.IsAsciiDigit) is >= 1 and <= 15 && s.TrimStart('-').Length == s.Length - (s.StartsWith('-') ? 1 : 0)
                    && s.Count(c => c == '.') <= 1 && s.All(c => char.IsAsciiDigit(c) || c == '.' || c == '-') && s.LastIndexOf('-') <= 0;
                Assert.False(plain, s);
            }

            if (AcledRowParser.TryParseDigits(text, out int i32))
            {
                Assert.True(System.Buffers.Text.Utf8Parser.TryParse(text, out int expected, out int used) && used == text.Length);
                Assert.Equal(expected, i32);
            }

            if (AcledRowParser.TryParseDigits(text, out long i64))
            {
                Assert.True(System.Buffers.Text.Utf8Parser.TryParse(text, out long expected, out int used) && used == text.Length);
                Assert.Equal(expected, i64);
            }
        }, iter: 5000);
    }

    [Fact]
    public void FirstNonAscii_FindsNulAndHighBytes_AtAnyPosition_InShortAndLongValues()
    {
        byte[] odd = [0x00, 0x80, 0xC3, 0xFF, 0x7F, 0x01];
        Gen.Select(Gen.Int, Gen.Int[0, 40], Gen.Int[0, 3]).Sample((seed, length, bad) =>
        {
            var random = new Random(seed);
            byte[] value = new byte[length];
            for (int i = 0; i < length; i++)
            {
                value[i] = (byte)random.Next('a', 'z' + 1);
            }

            for (int k = 0; k < bad && length > 0; k++)
            {
                value[random.Next(length)] = odd[random.Next(odd.Length)];
            }

            int expected = -1;
            for (int i = 0; i < length && expected < 0; i++)
            {
                expected = value[i] is >= 0x01 and <= 0x7F ? -1 : i;
            }

            Assert.Equal(expected, AcledText.FirstNonAscii(value));
        }, iter: 5000);
    }

    private static (bool Valid, AcledText.Fixes Fixes, string? Value) Reference(byte[] value)
    {
        string s;
        try
        {
            s = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(value).Trim(' ');
        }
        catch (DecoderFallbackException)
        {
            return (false, default, null);
        }

        const string invisible = "\0\u00AD\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF";
        var fixes = AcledText.Fixes.None;
        if (s.AsSpan().IndexOfAny(invisible) >= 0)
        {
            fixes |= AcledText.Fixes.InvisibleStripped;
            s = string.Concat(s.Where(c => !invisible.Contains(c, StringComparison.Ordinal))).Trim(' ');
        }

        if (s.Length > 0 && !s.IsNormalized(NormalizationForm.FormC))
        {
            fixes |= AcledText.Fixes.Normalised;
            s = s.Normalize(NormalizationForm.FormC);
        }

        return (true, fixes, s.Length == 0 ? null : s);
    }

    private static AcledRowParser Parser(bool valuesOnly, bool keepFreeText, bool groupCaches, out IssueCollector issues)
    {
        int[] map = new int[AcledColumns.Count];
        for (int c = 0; c < map.Length; c++)
        {
            map[c] = c;
        }

        issues = new IssueCollector();
        return new AcledRowParser(map, AcledLayout.Current, new AcledImportOptions { KeepFreeText = keepFreeText }, issues, "cache.csv")
        {
            ValuesOnly = valuesOnly,
            GroupCaches = groupCaches,
        };
    }

    private static string Render(ImportIssue i) => $"{i.File}|{i.Line}|{i.Column}|{i.Severity}|{i.Code}|{i.Message}|{i.RecordId}";

    private static string Render(in AcledRowValues v) => string.Join(
        "|",
        v.Id, v.Date, v.TimePrecision, v.DisorderType, v.EventType, v.SubEventType, v.LegacyEventType, Render(v.Actor1), Render(v.Actor2), v.Interaction,
        v.CivilianTargeting, v.Country, v.Admin1, v.Admin2, v.Admin3, v.Location, v.Admin1Code, v.Admin2Code, v.Latitude.ToString("R", CultureInfo.InvariantCulture),
        v.Longitude.ToString("R", CultureInfo.InvariantCulture), v.GeoPrecision, v.Fatalities, v.Source, v.SourceScale, v.Notes.ToString(), v.Tags, v.Timestamp,
        v.Admin1Id, v.Admin2Id, v.Admin3Id, v.LocationId, v.TagsId);

    private static string Render(ConflictIncident i) => string.Join(
        "|",
        i.Id, i.Date, i.TimePrecision, i.DisorderType, i.EventType, i.SubEventType, i.LegacyEventType, Render(i.Actor1), Render(i.Actor2), i.Interaction,
        i.CivilianTargeting, i.Location.CountryAlpha3, i.Location.Admin1, i.Location.Admin2, i.Location.Admin3, i.Location.Admin1Code, i.Location.Admin2Code,
        i.Location.Name, i.Location.Latitude.ToString("R", CultureInfo.InvariantCulture), i.Location.Longitude.ToString("R", CultureInfo.InvariantCulture),
        i.Location.GeoPrecision, i.Fatalities, i.Source, i.SourceScale, i.Notes, string.Join(";", i.Tags), i.Timestamp);

    private static string Render(Actor? a) => a is null ? "-" : $"{a.Name}/{a.Type}/{string.Join(";", a.AssociatedActors)}";

    /// <summary>One record's fields as UTF-8 (the placeholder U+E000 becomes the invalid byte 0xFF).</summary>
    private sealed class Fields : AcledFieldSource
    {
        private readonly byte[][] _fields = new byte[AcledColumns.Count][];

        public override ReadOnlySpan<byte> Get(int index) => _fields[index];

        public byte[][] Snapshot() => [.. _fields];

        public void CopyFrom(byte[][] fields, AcledColumn[]? columns)
        {
            foreach (int c in columns?.Select(c => (int)c) ?? Enumerable.Range(0, _fields.Length))
            {
                _fields[c] = fields[c];
            }
        }

        public void Set(AcledColumn column, string value) => _fields[(int)column] = TestBytes.Utf8WithInvalidBytes(value);

        public void SetGood()
        {
            Set(AcledColumn.EventIdCnty, "MLI1");
            Set(AcledColumn.EventDate, "2024-11-02");
            Set(AcledColumn.Year, "2024");
            Set(AcledColumn.TimePrecision, "1");
            Set(AcledColumn.DisorderType, "Political violence");
            Set(AcledColumn.EventType, "Battles");
            Set(AcledColumn.SubEventType, "Armed clash");
            Set(AcledColumn.Actor1, "JNIM: Group for Support of Islam and Muslims");
            Set(AcledColumn.AssocActor1, "");
            Set(AcledColumn.Inter1, "Rebel group");
            Set(AcledColumn.Actor2, "Dozo Militia");
            Set(AcledColumn.AssocActor2, "");
            Set(AcledColumn.Inter2, "Identity militia");
            Set(AcledColumn.Interaction, "");
            Set(AcledColumn.CivilianTargeting, "");
            Set(AcledColumn.Iso, "466");
            Set(AcledColumn.Iso3, "MLI");
            Set(AcledColumn.Country, "Mali");
            Set(AcledColumn.Admin1, "Mopti");
            Set(AcledColumn.Admin2, "Bandiagara");
            Set(AcledColumn.Admin3, "");
            Set(AcledColumn.Location, "Tougoum\u00E9");
            Set(AcledColumn.Latitude, "14.35");
            Set(AcledColumn.Longitude, "-3.61");
            Set(AcledColumn.GeoPrecision, "1");
            Set(AcledColumn.Source, "Studio Tamani");
            Set(AcledColumn.SourceScale, "National");
            Set(AcledColumn.Notes, "A synthetic note.");
            Set(AcledColumn.Fatalities, "14");
            Set(AcledColumn.Tags, "");
            Set(AcledColumn.Timestamp, "1730700000");
            Set(AcledColumn.Gwno, "");
        }

        public void Set(Random random, bool good)
        {
            SetGood();
            string Pick(string[] values) => values[good ? random.Next(Math.Min(values.Length, 3)) : random.Next(values.Length)];

            Set(AcledColumn.EventIdCnty, random.NextDouble() < 0.9 ? "ID" + random.Next(1000).ToString(CultureInfo.InvariantCulture) : Pick(s_ids));
            Set(AcledColumn.EventDate, Pick(s_dates));
            Set(AcledColumn.Year, good ? "2024" : Pick(s_years));
            Set(AcledColumn.TimePrecision, Pick(s_precisions));
            Set(AcledColumn.DisorderType, Pick(s_disorders));
            Set(AcledColumn.EventType, Pick(s_events));
            Set(AcledColumn.SubEventType, Pick(s_subs));
            Set(AcledColumn.Actor1, Pick(s_actors));
            Set(AcledColumn.AssocActor1, Pick(s_assocs));
            Set(AcledColumn.Inter1, Pick(s_inters));
            Set(AcledColumn.Actor2, Pick(s_actors));
            Set(AcledColumn.AssocActor2, Pick(s_assocs));
            Set(AcledColumn.Inter2, Pick(s_inters));
            Set(AcledColumn.Interaction, Pick(s_interactions));
            Set(AcledColumn.CivilianTargeting, Pick(s_civilian));
            Set(AcledColumn.Iso, Pick(s_isos));
            int country = random.Next(s_countries.Length);
            Set(AcledColumn.Iso3, s_countries[country].Iso3);
            Set(AcledColumn.Country, s_countries[country].Name);
            Set(AcledColumn.Gwno, s_countries[country].Gwno);
            Set(AcledColumn.Admin1, s_admin1s[random.Next(s_admin1s.Length)]);
            Set(AcledColumn.Admin2, s_admin2s[random.Next(s_admin2s.Length)]);
            Set(AcledColumn.Location, Pick(s_admin2s));
            Set(AcledColumn.Latitude, Pick(s_coordinates));
            Set(AcledColumn.Longitude, Pick(s_coordinates));
            Set(AcledColumn.GeoPrecision, Pick(s_precisions));
            Set(AcledColumn.Source, Pick(s_texts));
            Set(AcledColumn.Notes, Pick(s_texts));
            Set(AcledColumn.Fatalities, Pick(s_fatalities));
            Set(AcledColumn.Tags, Pick(s_texts));
            Set(AcledColumn.Timestamp, Pick(s_timestamps));
        }
    }
}
