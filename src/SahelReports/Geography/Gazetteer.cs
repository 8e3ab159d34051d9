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
    private readonly FrozenDictionary<(string Country, int Level, string Key), AdminArea[]> _byName;

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
        _byName = list
            .SelectMany(a => new[] { a.Name, a.NameEn }.Concat(a.Aliases).Select(NameKey.From).Distinct(StringComparer.Ordinal).Select(k => (Key: (a.CountryAlpha3, a.Level, k), Area: a)))
            .Where(p => p.Key.k.Length > 0)
            .GroupBy(p => p.Key)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Area).Distinct().ToArray());
    }

    /// <summary>Gets the built-in gazetteer of Burkina Faso, Mali and Niger (admin1 and admin2).</summary>
    public static Gazetteer Default => s_default.Value;

    /// <summary>Gets the version label.</summary>
    public string Version { get; }

    /// <summary>Gets the first date on which these boundaries apply.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>Gets every area, ordered by P-code.</summary>
    public IReadOnlyList<AdminArea> Areas { get; }

    /// <summary>Looks up an area by P-code.</summary>
    /// <param name="code">The P-code.</param>
    /// <param name="area">The area, when known.</param>
    /// <returns><see langword="true"/> when the code is in this gazetteer.</returns>
    public bool TryGet(PCode code, [NotNullWhen(true)] out AdminArea? area) => _byCode.TryGetValue(code, out area);

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
    /// <returns>The match; never <see langword="null"/>.</returns>
    public PlaceMatch Match(string countryAlpha3, int level, string? name, PCode? parent = null)
    {
        ArgumentNullException.ThrowIfNull(countryAlpha3);
        string key = NameKey.From(name);
        if (key.Length == 0 || !_byName.TryGetValue((countryAlpha3.ToUpperInvariant(), level, key), out AdminArea[]? candidates))
        {
            return PlaceMatch.Unmatched;
        }

        if (parent is { } p)
        {
            candidates = candidates.Where(c => c.Code.IsWithin(p)).ToArray();
        }

        return candidates.Length switch
        {
            0 => PlaceMatch.Unmatched,
            1 => new PlaceMatch(IsOfficial(candidates[0], key) ? PlaceMatchStatus.Name : PlaceMatchStatus.Alias, candidates[0], []),
            _ => new PlaceMatch(PlaceMatchStatus.Ambiguous, null, candidates),
        };
    }

    /// <summary>Reads a gazetteer in SahelReports' tab-separated format (see the remarks of <see cref="Default"/>'s resource README).</summary>
    /// <param name="reader">The text to read.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="FormatException">The text is not in the expected format; the message names the line.</exception>
    public static Gazetteer Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string version = "unversioned";
        LocalDate validFrom = default;
        var areas = new List<AdminArea>();
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
                ReadDirective(line, ref version, ref validFrom, lineNumber);
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length < 6 || string.Equals(f[0], "pcode", StringComparison.Ordinal))
            {
                if (string.Equals(f[0], "pcode", StringComparison.Ordinal))
                {
                    continue;
                }

                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Gazetteer line {lineNumber}: expected 6 tab-separated fields (pcode, level, parent, name, name_en, aliases), found {f.Length}."));
            }

            if (!PCode.TryParse(f[0], out PCode code) || !PCode.TryParse(f[2], out PCode parentCode)
                || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out int level)
                || !Countries.TryFromAlpha2(code.CountryAlpha2, out Country? country))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Gazetteer line {lineNumber}: invalid P-code, parent or level."));
            }

            string[] aliases = f[5].Length == 0 ? [] : f[5].Split('|');
            areas.Add(new AdminArea(code, level, f[3], f[4].Length == 0 ? f[3] : f[4], parentCode, country.Alpha3, aliases));
        }

        return new Gazetteer(version, validFrom, areas);
    }

    private static void ReadDirective(string line, ref string version, ref LocalDate validFrom, int lineNumber)
    {
        ReadOnlySpan<char> body = line.AsSpan(1).Trim();
        if (body.StartsWith("version:", StringComparison.Ordinal))
        {
            version = body["version:".Length..].Trim().ToString();
        }
        else if (body.StartsWith("valid-from:", StringComparison.Ordinal))
        {
            string text = body["valid-from:".Length..].Trim().ToString();
            ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
            validFrom = result.Success ? result.Value : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Gazetteer line {lineNumber}: '{text}' is not an ISO date."));
        }
    }

    private static bool IsOfficial(AdminArea area, string key) =>
        string.Equals(NameKey.From(area.Name), key, StringComparison.Ordinal) || string.Equals(NameKey.From(area.NameEn), key, StringComparison.Ordinal);

    private static Gazetteer LoadDefault()
    {
        using Stream? stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return new Gazetteer("empty", default, []);
        }

        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Load(reader);
    }
}
