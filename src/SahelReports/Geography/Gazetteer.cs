using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SahelReports.Geography;

/// <summary>
/// A versioned list of administrative areas keyed by P-code, with accent-, case- and punctuation-insensitive,
/// parent-aware name matching through official names, English spellings and aliases.
/// </summary>
/// <remarks>
/// <para>Boundaries change (Burkina Faso's 2025 reform to 17 regions), so every gazetteer carries a
/// <see cref="Version"/> and the date from which it is valid. <see cref="Default"/> is the built-in gazetteer of every
/// admin1 and admin2 of Burkina Faso, Mali and Niger (codes and names from OCHA COD-AB, with our aliases and French spellings).</para>
/// <para>Matching never guesses: a name that matches nothing is <see cref="PlaceMatchStatus.Unmatched"/> and a name that
/// matches several areas the parent cannot separate is <see cref="PlaceMatchStatus.Ambiguous"/>. Instances are immutable
/// and thread-safe.</para>
/// </remarks>
public sealed class Gazetteer
{
    private const string ResourceName = "SahelReports.Geography.Data.gazetteer.tsv";
    private static readonly Lazy<Gazetteer> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<PCode, AdminArea> _byCode;
    private readonly FrozenDictionary<string, FrozenDictionary<int, NameIndex>> _byName;
    private readonly FrozenDictionary<PCode, AdminArea[]> _children;

    /// <summary>Creates a gazetteer from a list of areas.</summary>
    /// <param name="version">A version label, for example <c>COD-AB 2024-01</c>.</param>
    /// <param name="validFrom">The first date on which these boundaries apply.</param>
    /// <param name="areas">The areas; P-codes must be unique.</param>
    /// <exception cref="ArgumentException">Two areas share a P-code.</exception>
    public Gazetteer(string version, LocalDate validFrom, IEnumerable<AdminArea> areas)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(areas);
        Version = version;
        ValidFrom = validFrom;
        AdminArea[] list = areas.ToArray();
        var byCode = new Dictionary<PCode, AdminArea>(list.Length);
        foreach (AdminArea area in list)
        {
            if (!byCode.TryAdd(area.Code, area))
            {
                throw new ArgumentException($"The P-code '{area.Code}' appears twice in gazetteer '{version}'.", nameof(areas));
            }
        }

        _byCode = byCode.ToFrozenDictionary();
        Areas = list.OrderBy(a => a.Code).ToArray();
        _children = Areas.GroupBy(a => a.Parent).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _byName = list
            .GroupBy(a => a.CountryAlpha3, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                byCountry => byCountry.Key,
                byCountry => byCountry.GroupBy(a => a.Level).ToFrozenDictionary(byLevel => byLevel.Key, byLevel => new NameIndex(byLevel)),
                StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets the built-in gazetteer of Burkina Faso, Mali and Niger (admin1 and admin2).</summary>
    /// <remarks>
    /// <para>Codes, levels, parents and names come from OCHA's COD-AB P-code lists on HDX (CC BY-IGO), as valid from
    /// 2020-03-23 (Burkina Faso: 13 regions, 45 provinces), 2021-12-20 (Mali: 10 regions, 53 cercles) and 2023-07-25
    /// (Niger: 8 regions, 67 departments and cities); <see cref="ValidFrom"/> is the earliest of these and each area carries its own
    /// <see cref="AdminArea.ValidFrom"/>. French names with diacritics, English spellings, aliases and admin1 capitals are ours.</para>
    /// <para>Burkina Faso's 2025 reform to 17 regions and Mali's 2023 reform to 19 regions are not in this version:
    /// names of the new regions (such as Mali's <c>Bandiagara</c> region) are <see cref="PlaceMatchStatus.Unmatched"/> at admin1.</para>
    /// </remarks>
    public static Gazetteer Default => s_default.Value;

    /// <summary>Gets the version label.</summary>
    public string Version { get; }

    /// <summary>Gets the first date on which these boundaries apply.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>Gets the attribution of the data (for the built-in gazetteer: OCHA COD-AB via HDX, CC BY-IGO), or <see langword="null"/> when not given.</summary>
    /// <remarks><para>Reports that show names or codes from this gazetteer should cite it.</para></remarks>
    public string? Source { get; init; }

    /// <summary>Gets every area, ordered by P-code.</summary>
    public IReadOnlyList<AdminArea> Areas { get; }

    /// <summary>Looks up an area by P-code.</summary>
    /// <param name="code">The P-code.</param>
    /// <param name="area">The area, when known.</param>
    /// <returns><see langword="true"/> when the code is in this gazetteer.</returns>
    public bool TryGet(PCode code, [NotNullWhen(true)] out AdminArea? area) => _byCode.TryGetValue(code, out area);

    /// <summary>Gets the areas directly below an area or a country (admin2 of a region, admin1 of a country), ordered by P-code.</summary>
    /// <param name="parent">The parent area's P-code, or a country's alpha-2 code such as <c>ML</c>.</param>
    /// <returns>The child areas; empty when there are none or the code is unknown.</returns>
    public IReadOnlyList<AdminArea> GetChildren(PCode parent) =>
        _children.TryGetValue(parent, out AdminArea[]? children) ? Array.AsReadOnly(children) : [];

    /// <summary>Gets the areas at a level within a country (or all countries when <paramref name="countryAlpha3"/> is <see langword="null"/>).</summary>
    /// <param name="level">The administrative level.</param>
    /// <param name="countryAlpha3">The country's ISO alpha-3 code, or <see langword="null"/>.</param>
    /// <returns>The areas, ordered by P-code.</returns>
    public IReadOnlyList<AdminArea> GetAreas(int level, string? countryAlpha3 = null) =>
        Areas.Where(a => a.Level == level && (countryAlpha3 is null || string.Equals(a.CountryAlpha3, countryAlpha3, StringComparison.OrdinalIgnoreCase))).ToArray();

    /// <summary>Matches a place name at a given level, optionally within a parent area.</summary>
    /// <param name="countryAlpha3">The country's ISO alpha-3 code.</param>
    /// <param name="level">The administrative level (1 or 2).</param>
    /// <param name="name">The name as found in the data (any accents, case or punctuation).</param>
    /// <param name="parent">The parent area's P-code when known: it separates areas of the same name and rejects a match in another parent.</param>
    /// <returns>The match; never <see langword="null"/>. An unknown country or level, or an empty name, gives <see cref="PlaceMatch.Unmatched"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="countryAlpha3"/> is <see langword="null"/>.</exception>
    /// <remarks><para>ASCII names are looked up without allocating; a unique match returns a shared, immutable <see cref="PlaceMatch"/>.</para></remarks>
    public PlaceMatch Match(string countryAlpha3, int level, string? name, PCode? parent = null)
    {
        ArgumentNullException.ThrowIfNull(countryAlpha3);
        if (string.IsNullOrEmpty(name)
            || !_byName.TryGetValue(countryAlpha3, out FrozenDictionary<int, NameIndex>? levels)
            || !levels.TryGetValue(level, out NameIndex? index)
            || !index.TryFind(name, out NameEntry? entry))
        {
            return PlaceMatch.Unmatched;
        }

        if (entry.Single is { } single)
        {
            return parent is not { } p || single.Area!.Code.IsWithin(p) ? single : PlaceMatch.Unmatched;
        }

        AdminArea[] candidates = parent is { } q ? Array.FindAll(entry.Areas, c => c.Code.IsWithin(q)) : [.. entry.Areas];
        return candidates.Length switch
        {
            0 => PlaceMatch.Unmatched,
            1 => new PlaceMatch(IsOfficial(candidates[0], entry.Key) ? PlaceMatchStatus.Name : PlaceMatchStatus.Alias, candidates[0], []),
            _ => new PlaceMatch(PlaceMatchStatus.Ambiguous, null, candidates),
        };
    }

    /// <summary>
    /// Matches an admin1 name and an admin2 name of one country together, as they appear side by side in ACLED and DTM rows.
    /// </summary>
    /// <remarks>
    /// <para>The admin1 name is matched first. When it matches one area, the admin2 name is matched only within it, so an
    /// admin2 name that belongs to another region is <see cref="PlaceMatchStatus.Unmatched"/>. When the admin1 name is missing,
    /// unmatched or ambiguous, the admin2 name is matched across the whole country and <see cref="PlaceResolution.Admin2CheckedAgainstAdmin1"/>
    /// is <see langword="false"/>: the caller decides whether to trust it, and nothing is inferred for admin1.</para>
    /// </remarks>
    /// <param name="countryAlpha3">The country's ISO alpha-3 code.</param>
    /// <param name="admin1Name">The admin1 name as found in the data, or <see langword="null"/>.</param>
    /// <param name="admin2Name">The admin2 name as found in the data, or <see langword="null"/>.</param>
    /// <returns>Both matches; a missing name gives <see cref="PlaceMatch.Unmatched"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="countryAlpha3"/> is <see langword="null"/>.</exception>
    /// <example><code>
    /// PlaceResolution r = Gazetteer.Default.Resolve("MLI", "Mopti", "Bandiagara");
    /// // r.Admin1.Area.Code == ML05, r.Admin2.Area.Code == ML0501, r.Admin2CheckedAgainstAdmin1 == true
    /// </code></example>
    public PlaceResolution Resolve(string countryAlpha3, string? admin1Name, string? admin2Name)
    {
        ArgumentNullException.ThrowIfNull(countryAlpha3);
        PlaceMatch admin1 = Match(countryAlpha3, 1, admin1Name);
        PlaceMatch admin2 = string.IsNullOrWhiteSpace(admin2Name)
            ? PlaceMatch.Unmatched
            : Match(countryAlpha3, 2, admin2Name, admin1.Area?.Code);
        return new PlaceResolution(admin1, admin2, admin1.Area is not null);
    }

    /// <summary>Reads a gazetteer in SahelReports' tab-separated format.</summary>
    /// <remarks>
    /// <para>The format is UTF-8 text, one area per line, fields separated by tabs:
    /// <c>pcode, level, parent, name, name_en, aliases</c>, optionally followed by <c>capital, latitude, longitude, valid_from</c>
    /// (all four present, any of them empty). <c>parent</c> is the parent area's P-code, or the country's alpha-2 code for
    /// admin1; <c>name_en</c> empty means the same as <c>name</c>; <c>aliases</c> are separated by <c>|</c>; latitude and
    /// longitude are invariant decimal degrees; <c>valid_from</c> is an ISO date.</para>
    /// <para>Lines starting with <c>#</c> are comments, except the directives <c># version: …</c>, <c># valid-from: YYYY-MM-DD</c>
    /// and <c># source: …</c>. A line starting with <c>pcode</c> is a header and is skipped. When no <c># valid-from:</c> directive
    /// is given, the earliest <c>valid_from</c> of the areas is used.</para>
    /// <para>Every admin2 or lower area's parent must be in the same text, and every code must lie within its parent.</para>
    /// </remarks>
    /// <param name="reader">The text to read.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not in the expected format; the message names the line.</exception>
    public static Gazetteer Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string version = "unversioned";
        LocalDate? validFrom = null;
        string? source = null;
        var areas = new List<AdminArea>();
        var lines = new Dictionary<PCode, int>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                ReadDirective(line, ref version, ref validFrom, ref source, lineNumber);
                continue;
            }

            string[] f = line.Split('\t');
            if (string.Equals(f[0], "pcode", StringComparison.Ordinal))
            {
                continue;
            }

            if (f.Length is not (6 or 10))
            {
                throw Error(lineNumber, $"expected 6 tab-separated fields (pcode, level, parent, name, name_en, aliases) or 10 (… capital, latitude, longitude, valid_from), found {f.Length}.");
            }

            AdminArea area = ReadArea(f, lineNumber);
            if (!lines.TryAdd(area.Code, lineNumber))
            {
                throw Error(lineNumber, $"the P-code '{area.Code}' already appears on line {lines[area.Code]}.");
            }

            areas.Add(area);
        }

        foreach (AdminArea area in areas)
        {
            if (area.Level > 1 && !lines.ContainsKey(area.Parent))
            {
                throw Error(lines[area.Code], $"the parent '{area.Parent}' of '{area.Code}' is not in the gazetteer.");
            }
        }

        LocalDate earliest = areas.Select(a => a.ValidFrom).Where(d => d.HasValue).Select(d => d!.Value).DefaultIfEmpty().Min();
        return new Gazetteer(version, validFrom ?? earliest, areas) { Source = source };
    }

    private static AdminArea ReadArea(string[] f, int lineNumber)
    {
        if (!PCode.TryParse(f[0], out PCode code) || !Countries.TryFromAlpha2(code.CountryAlpha2, out Country? country))
        {
            throw Error(lineNumber, $"'{f[0]}' is not a P-code of a known country.");
        }

        if (!int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out int level) || level < 1)
        {
            throw Error(lineNumber, $"the level '{f[1]}' is not a whole number of at least 1.");
        }

        if (!PCode.TryParse(f[2], out PCode parent) || !code.IsWithin(parent) || code == parent || (level == 1) != parent.IsCountry)
        {
            throw Error(lineNumber, $"the parent '{f[2]}' is not a P-code containing '{code}' (the country's alpha-2 code for admin1).");
        }

        if (f[3].Length == 0)
        {
            throw Error(lineNumber, $"the area '{code}' has no name.");
        }

        string[] aliases = f[5].Length == 0 ? [] : f[5].Split('|');
        string? capital = null;
        GeoPoint? location = null;
        LocalDate? validFrom = null;
        if (f.Length == 10)
        {
            capital = f[6].Length == 0 ? null : f[6];
            if (f[7].Length > 0 || f[8].Length > 0)
            {
                if (!double.TryParse(f[7], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat)
                    || !double.TryParse(f[8], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon)
                    || lat is < -90 or > 90 || lon is < -180 or > 180)
                {
                    throw Error(lineNumber, $"'{f[7]}' and '{f[8]}' are not a latitude and longitude in decimal degrees.");
                }

                location = new GeoPoint(lat, lon);
            }

            if (f[9].Length > 0)
            {
                ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(f[9]);
                validFrom = date.Success ? date.Value : throw Error(lineNumber, $"'{f[9]}' is not an ISO date (yyyy-MM-dd).");
            }
        }

        return new AdminArea(code, level, f[3], f[4].Length == 0 ? f[3] : f[4], parent, country.Alpha3, aliases)
        {
            Capital = capital,
            CapitalLocation = location,
            ValidFrom = validFrom,
        };
    }

    private static FormatException Error(int lineNumber, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Gazetteer line {lineNumber}: {message}"));

    private static void ReadDirective(string line, ref string version, ref LocalDate? validFrom, ref string? source, int lineNumber)
    {
        ReadOnlySpan<char> body = line.AsSpan(1).Trim();
        if (body.StartsWith("version:", StringComparison.Ordinal))
        {
            version = body["version:".Length..].Trim().ToString();
        }
        else if (body.StartsWith("source:", StringComparison.Ordinal))
        {
            source = body["source:".Length..].Trim().ToString();
        }
        else if (body.StartsWith("valid-from:", StringComparison.Ordinal))
        {
            string text = body["valid-from:".Length..].Trim().ToString();
            ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
            validFrom = result.Success ? result.Value : throw Error(lineNumber, $"'{text}' is not an ISO date.");
        }
    }

    private static bool IsOfficial(AdminArea area, string key) =>
        string.Equals(NameKey.From(area.Name), key, StringComparison.Ordinal) || string.Equals(NameKey.From(area.NameEn), key, StringComparison.Ordinal);

    private static Gazetteer LoadDefault()
    {
        using Stream stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The built-in gazetteer resource '{ResourceName}' is missing from the SahelReports assembly.");

        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Load(reader);
    }

    /// <summary>The areas of one country and level by name key, looked up without allocating for ASCII names.</summary>
    private sealed class NameIndex
    {
        private const int StackLimit = 256;
        private readonly FrozenDictionary<string, NameEntry> _entries;
        private readonly FrozenDictionary<string, NameEntry>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

        public NameIndex(IEnumerable<AdminArea> areas)
        {
            _entries = areas
                .SelectMany(a => new[] { a.Name, a.NameEn }.Concat(a.Aliases).Select(NameKey.From).Where(k => k.Length > 0)
                    .Distinct(StringComparer.Ordinal).Select(k => (Key: k, Area: a)))
                .GroupBy(p => p.Key, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => new NameEntry(g.Key, g.Select(p => p.Area).ToArray()), StringComparer.Ordinal);
            _spanLookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool TryFind(string name, [NotNullWhen(true)] out NameEntry? entry)
        {
            if (name.Length <= StackLimit)
            {
                Span<char> buffer = stackalloc char[StackLimit];
                if (NameKey.TryWriteAsciiKey(name, buffer, out int written))
                {
                    entry = null;
                    return written > 0 && _spanLookup.TryGetValue(buffer[..written], out entry);
                }
            }

            string key = NameKey.From(name);
            entry = null;
            return key.Length > 0 && _entries.TryGetValue(key, out entry);
        }
    }

    /// <summary>The areas sharing one name key; <see cref="Single"/> is the ready-made result when there is only one.</summary>
    private sealed class NameEntry
    {
        public NameEntry(string key, AdminArea[] areas)
        {
            Key = key;
            Areas = areas;
            Single = areas.Length == 1 ? new PlaceMatch(IsOfficial(areas[0], key) ? PlaceMatchStatus.Name : PlaceMatchStatus.Alias, areas[0], []) : null;
        }

        public string Key { get; }

        public AdminArea[] Areas { get; }

        public PlaceMatch? Single { get; }
    }
}
