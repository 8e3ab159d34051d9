using NodaTime;
using SahelReports.Geography;
using SahelReports.Incidents;

namespace SahelReports.Reporting.Internal;

/// <summary>The weekly report's texts and names in one language: resource lookups, plurals, numbers, dates and area names.</summary>
internal sealed class WeeklyText
{
    private readonly Gazetteer _gazetteer;

    public WeeklyText(ReportLanguage language, Gazetteer gazetteer)
    {
        Language = language;
        _gazetteer = gazetteer;
    }

    public ReportLanguage Language { get; }

    public string Get(string key) => ReportStrings.Get("Weekly." + key, Language);

    public string Format(string key, params object?[] args) => ReportStrings.Format("Weekly." + key, Language, args);

    /// <summary>Formats a counted noun: <c>1 event</c>, <c>2 events</c>; French uses the singular for 0 and 1.</summary>
    public string Count(string noun, long n)
    {
        bool one = n == 1 || (n == 0 && string.Equals(Language.Code, "fr", StringComparison.Ordinal));
        return Format("N." + noun + (one ? ".One" : ".Other"), Int(n));
    }

    public string Int(long n) => ReportFormatter.FormatInteger(n, Language);

    public string Change(long n) => ReportFormatter.FormatChange(n, Language);

    public string Decimal(double value, int decimals) => ReportFormatter.FormatDecimal(value, decimals, Language);

    /// <summary>A decimal with its sign (+ or the minus sign U+2212), none when it rounds to zero.</summary>
    public string SignedDecimal(double value, int decimals)
    {
        string magnitude = Decimal(Math.Abs(value), decimals);
        bool shownAsZero = !magnitude.Any(c => c is >= '1' and <= '9');
        return (shownAsZero ? string.Empty : value > 0 ? "+" : "\u2212") + magnitude;
    }

    public string Date(LocalDate date) => ReportFormatter.FormatDate(date, Language);

    /// <summary>Formats a probability for a sentence: three decimals, or <c>&lt; 0.001</c>.</summary>
    public string Probability(double p) => p < 0.001 ? "< " + Decimal(0.001, 3) : Decimal(p, 3);

    /// <summary>Formats a threshold with as many decimals as it needs (0.01, not 0.010).</summary>
    public string Number(double value)
    {
        string invariant = value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
        int dot = invariant.IndexOf('.', StringComparison.Ordinal);
        return Decimal(value, dot < 0 ? 0 : invariant.Length - dot - 1);
    }

    public string OptionalAreaName(PCode? code, string? sourceName) =>
        code is null && string.IsNullOrWhiteSpace(sourceName) ? "\u2014" : AreaName(code, sourceName);

    public string Join(IEnumerable<string> items)
    {
        string[] list = items.ToArray();
        return list.Length switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list[..^1]) + Get("And") + list[^1],
        };
    }

    public string CountryName(string alpha3) =>
        Countries.TryFromAlpha3(alpha3, out Country? c) ? c.GetName(Language.Code) : alpha3;

    public string AreaName(PCode? code, string? sourceName)
    {
        if (code is { } c && _gazetteer.TryGet(c, out AdminArea? area))
        {
            return area.GetName(Language.Code);
        }

        return string.IsNullOrWhiteSpace(sourceName) ? Get("UnknownAdmin1") : sourceName.Trim();
    }

    public string Admin1Name(AreaSeries s) => AreaName(s.Admin1Code, s.Admin1Name);

    /// <summary>Names an admin2 area for a sentence, with its region and country: <c>Bandiagara (Mopti, Mali)</c> is split into name and context.</summary>
    public (string Name, string Context) Admin2Label(AreaSeries s)
    {
        string admin1 = Admin1Name(s);
        string country = CountryName(s.Country);
        if (s.Admin2Code is null && string.IsNullOrWhiteSpace(s.Admin2Name))
        {
            return (admin1, country);
        }

        return (AreaName(s.Admin2Code, s.Admin2Name), admin1 + ", " + country);
    }

    public string EventTypeName(EventType type) => Get("EventType." + type.ToString());

    public string ActorTypeName(ActorType? type) => Get("ActorType." + (type?.ToString() ?? "Unknown"));
}
