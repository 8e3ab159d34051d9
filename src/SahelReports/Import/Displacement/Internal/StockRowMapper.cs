using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using SahelReports.Displacement;
using SahelReports.Geography;

namespace SahelReports.Import.Displacement.Internal;

/// <summary>The logical fields of a stock row (DTM, HAPI idps, generic HXL tables).</summary>
internal enum Field
{
    Country,
    CountryName,
    Level,
    Adm1Code,
    Adm1Name,
    Adm2Code,
    Adm2Name,
    Individuals,
    Households,
    Males,
    Females,
    Date,
    Year,
    Round,
    Reason,
    OriginCode,
    Assessment,
    Operation,
    Source,
}

/// <summary>Where each field is in a row: a column index and the column's name for messages.</summary>
internal sealed class FieldMap
{
    private readonly Dictionary<Field, (int Index, string Name)> _map = [];

    public void Set(Field field, int index, string name) => _map.TryAdd(field, (index, name));

    public bool Has(Field field) => _map.ContainsKey(field);

    public string Name(Field field) => _map.TryGetValue(field, out var c) ? c.Name : field.ToString();

    public string? Get(IReadOnlyList<string> cells, Field field) =>
        _map.TryGetValue(field, out var c) && c.Index < cells.Count && !string.IsNullOrWhiteSpace(cells[c.Index]) ? cells[c.Index].Trim() : null;
}

/// <summary>Turns one stock row (any of the tabular formats) into a <see cref="FigureRow"/> or rejects it with a reason.</summary>
internal static class StockRowMapper
{
    public static bool TryMap(
        FieldMap map,
        IReadOnlyList<string> cells,
        long line,
        FileTally tally,
        PopulationGroup group,
        DisplacementSource defaultSource,
        [NotNullWhen(true)] out FigureRow? row)
    {
        row = null;
        string? Get(Field f) => map.Get(cells, f);

        // Counts.
        string? individualsText = Get(Field.Individuals);
        if (Values.IsMissing(individualsText))
        {
            tally.Reject(line, map.Name(Field.Individuals), ImportIssueCodes.MissingValue, "The number of individuals is missing.");
            return false;
        }

        if (!Values.TryParseCount(individualsText!, out long individuals))
        {
            tally.Reject(line, map.Name(Field.Individuals), ImportIssueCodes.InvalidNumber,
                $"'{individualsText}' is not a whole number of people (digits only; no separators, signs or decimals).");
            return false;
        }

        if (!TryOptionalCount(map, cells, Field.Households, line, tally, out long? households)
            || !TryOptionalCount(map, cells, Field.Males, line, tally, out long? males)
            || !TryOptionalCount(map, cells, Field.Females, line, tally, out long? females))
        {
            return false;
        }

        if (households > individuals)
        {
            tally.Reject(line, map.Name(Field.Households), ImportIssueCodes.BreakdownExceedsTotal,
                string.Create(CultureInfo.InvariantCulture, $"{households} households exceed the total of {individuals} individuals."));
            return false;
        }

        if (new SexAgeBreakdown(females, males).Validate(individuals) is { } problem)
        {
            tally.Reject(line, map.Name(Field.Males), ImportIssueCodes.BreakdownExceedsTotal, "The sex breakdown is larger than the total: " + problem);
            return false;
        }

        // Date.
        LocalDate date;
        string? dateText = Get(Field.Date);
        if (dateText is not null)
        {
            if (!Values.TryParseDate(dateText, out date))
            {
                tally.Reject(line, map.Name(Field.Date), ImportIssueCodes.InvalidDate, $"'{dateText}' is not an ISO date (yyyy-MM-dd).");
                return false;
            }
        }
        else if (Get(Field.Year) is { } yearText && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is > 1900 and < 3000)
        {
            date = new LocalDate(year, 12, 31);
        }
        else
        {
            tally.Reject(line, map.Name(Field.Date), ImportIssueCodes.MissingValue, "The reporting date is missing.");
            return false;
        }

        // Round and assessment type.
        int? round = null;
        if (Get(Field.Round) is { } roundText)
        {
            if (!int.TryParse(roundText, NumberStyles.None, CultureInfo.InvariantCulture, out int r))
            {
                tally.Reject(line, map.Name(Field.Round), ImportIssueCodes.InvalidNumber, $"'{roundText}' is not a round number.");
                return false;
            }

            round = r;
        }

        string? assessmentText = Get(Field.Assessment);
        if (!AssessmentType.TryParse(assessmentText, out AssessmentType assessment))
        {
            tally.Reject(line, map.Name(Field.Assessment), ImportIssueCodes.InvalidNumber, $"'{assessmentText}' is not an assessment type code.");
            return false;
        }

        // Area.
        if (!TryArea(map, cells, line, tally, out DisplacementArea? area))
        {
            return false;
        }

        // Origin ("Not available" is unknown, not a place).
        DisplacementArea? origin = null;
        string? originText = Get(Field.OriginCode);
        if (!Values.IsMissing(originText))
        {
            if (PCode.TryNormalize(originText, out PCode code, out bool legacy) && !code.IsCountry)
            {
                if (legacy)
                {
                    tally.Issue(line, map.Name(Field.OriginCode), IssueSeverity.Warning, ImportIssueCodes.LegacyPCode, $"Legacy P-code '{originText}' read as '{code}'.");
                }

                origin = new DisplacementArea(area.CountryAlpha3, 1, code);
            }
            else
            {
                tally.Issue(line, map.Name(Field.OriginCode), IssueSeverity.Warning, ImportIssueCodes.InvalidPCode,
                    $"Origin '{originText}' is not an admin1 P-code; the origin is recorded as unknown.");
            }
        }

        string? reason = Get(Field.Reason);
        DisplacementSource source = SourceFor(Get(Field.Source), Get(Field.Operation), defaultSource);
        row = new FigureRow(area, group, source, assessment, round, date, individuals, reason, origin, households, females, males);
        return true;
    }

    public static DisplacementSource SourceFor(string? sourceText, string? operation, DisplacementSource fallback)
    {
        if (string.IsNullOrWhiteSpace(sourceText))
        {
            return operation is null ? fallback : new DisplacementSource(fallback.Kind, operation, fallback.Name);
        }

        string s = sourceText.Trim();
        DisplacementSourceKind kind =
            s.Contains("DTM", StringComparison.OrdinalIgnoreCase) || s.Contains("IOM", StringComparison.OrdinalIgnoreCase) || s.Contains("OIM", StringComparison.OrdinalIgnoreCase) ? DisplacementSourceKind.Dtm
            : s.Contains("UNHCR", StringComparison.OrdinalIgnoreCase) || s.Contains("HCR", StringComparison.OrdinalIgnoreCase) ? DisplacementSourceKind.Unhcr
            : s.Contains("CONASUR", StringComparison.OrdinalIgnoreCase) ? DisplacementSourceKind.Conasur
            : s.Contains("CMP", StringComparison.OrdinalIgnoreCase) ? DisplacementSourceKind.Cmp
            : s.Contains("IDMC", StringComparison.OrdinalIgnoreCase) ? DisplacementSourceKind.Idmc
            : DisplacementSourceKind.Other;
        return new DisplacementSource(kind, operation ?? fallback.Operation, kind == DisplacementSourceKind.Other ? s : null);
    }

    private static bool TryOptionalCount(FieldMap map, IReadOnlyList<string> cells, Field field, long line, FileTally tally, out long? value)
    {
        value = null;
        string? text = map.Get(cells, field);
        if (Values.IsMissing(text))
        {
            return true;
        }

        if (!Values.TryParseCount(text!, out long v))
        {
            tally.Reject(line, map.Name(field), ImportIssueCodes.InvalidNumber, $"'{text}' is not a whole number (digits only; no separators, signs or decimals).");
            return false;
        }

        value = v;
        return true;
    }

    private static bool TryArea(FieldMap map, IReadOnlyList<string> cells, long line, FileTally tally, [NotNullWhen(true)] out DisplacementArea? area)
    {
        area = null;
        string? adm1 = map.Get(cells, Field.Adm1Code);
        string? adm2 = map.Get(cells, Field.Adm2Code);
        int level;
        string? levelText = map.Get(cells, Field.Level);
        if (levelText is not null)
        {
            if (!int.TryParse(levelText, NumberStyles.None, CultureInfo.InvariantCulture, out level) || level > 2)
            {
                tally.Reject(line, map.Name(Field.Level), ImportIssueCodes.InvalidNumber, $"'{levelText}' is not an admin level 0, 1 or 2.");
                return false;
            }
        }
        else
        {
            level = !Values.IsMissing(adm2) ? 2 : !Values.IsMissing(adm1) ? 1 : 0;
        }

        string? countryText = map.Get(cells, Field.Country)?.ToUpperInvariant();
        string? codeText = level switch { 2 => adm2, 1 => adm1, _ => null };
        PCode? code = null;
        if (level > 0)
        {
            Field f = level == 2 ? Field.Adm2Code : Field.Adm1Code;
            if (Values.IsMissing(codeText))
            {
                tally.Reject(line, map.Name(f), ImportIssueCodes.MissingValue, string.Create(CultureInfo.InvariantCulture, $"The admin{level} P-code is missing for an admin{level} row."));
                return false;
            }

            if (!PCode.TryNormalize(codeText, out PCode c, out bool legacy))
            {
                tally.Reject(line, map.Name(f), ImportIssueCodes.InvalidPCode, $"'{codeText}' is not a P-code (ISO alpha-2 prefix and digits, such as 'ML0502').");
                return false;
            }

            if (legacy)
            {
                tally.Issue(line, map.Name(f), IssueSeverity.Warning, ImportIssueCodes.LegacyPCode, $"Legacy P-code '{codeText}' read as '{c}'.");
            }

            code = c;
        }

        if (countryText is null && code is { } pc && Countries.TryFromAlpha2(pc.CountryAlpha2, out Country? byPrefix))
        {
            countryText = byPrefix.Alpha3;
        }

        if (countryText is not null && !DisplacementArea.IsAlpha3(countryText) && Countries.TryFromName(countryText, out Country? byName))
        {
            countryText = byName.Alpha3;
        }

        if (!DisplacementArea.IsAlpha3(countryText))
        {
            tally.Reject(line, map.Name(Field.Country), countryText is null ? ImportIssueCodes.MissingValue : ImportIssueCodes.UnknownCountry,
                countryText is null ? "The country code is missing." : $"'{countryText}' is not an ISO 3166-1 alpha-3 country code.");
            return false;
        }

        if (code is { } p && Countries.TryFromAlpha3(countryText, out Country? country) && !string.Equals(country.Alpha2, p.CountryAlpha2, StringComparison.Ordinal))
        {
            tally.Reject(line, map.Name(level == 2 ? Field.Adm2Code : Field.Adm1Code), ImportIssueCodes.InvalidPCode,
                $"P-code '{p}' does not belong to {countryText} (its prefix should be '{country.Alpha2}').");
            return false;
        }

        string? name = level switch
        {
            2 => map.Get(cells, Field.Adm2Name),
            1 => map.Get(cells, Field.Adm1Name),
            _ => map.Get(cells, Field.CountryName),
        };
        area = new DisplacementArea(countryText, level, code, name);
        return true;
    }
}
