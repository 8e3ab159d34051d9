using SahelReports.Geography;
using SahelReports.Incidents;

namespace SahelReports.Analysis.Internal;

/// <summary>Tests whether an incident lies in a country or admin area given as ISO alpha-3 or P-code.</summary>
internal sealed class AreaMatcher
{
    private readonly string? _countryAlpha3;
    private readonly PCode? _admin;

    private AreaMatcher(string? countryAlpha3, PCode? admin)
    {
        _countryAlpha3 = countryAlpha3;
        _admin = admin;
    }

    public static AreaMatcher? Create(string? area)
    {
        if (area is null)
        {
            return null;
        }

        string text = area.Trim();
        if (text.Length == 3 && Countries.TryFromAlpha3(text.ToUpperInvariant(), out Country? country))
        {
            return new AreaMatcher(country.Alpha3, null);
        }

        if (PCode.TryNormalize(text, out PCode code, out _))
        {
            if (code.IsCountry)
            {
                return Countries.TryFromAlpha2(code.CountryAlpha2, out Country? c)
                    ? new AreaMatcher(c.Alpha3, null)
                    : throw new ArgumentException("Area '" + area + "' is not a known country P-code.", nameof(area));
            }

            return new AreaMatcher(null, code);
        }

        throw new ArgumentException("Area must be an ISO alpha-3 country code (MLI) or a P-code (ML05); got '" + area + "'.", nameof(area));
    }

    public bool Contains(ConflictIncident incident)
    {
        IncidentLocation location = incident.Location;
        return Contains(location.CountryAlpha3, location.Admin1Code, location.Admin2Code);
    }

    public bool Contains(string country, PCode? admin1Code, PCode? admin2Code)
    {
        if (_countryAlpha3 is not null)
        {
            return string.Equals(country, _countryAlpha3, StringComparison.Ordinal);
        }

        PCode area = _admin!.Value;
        PCode? code = admin2Code ?? admin1Code;
        return code is { } c && c.IsWithin(area);
    }
}
