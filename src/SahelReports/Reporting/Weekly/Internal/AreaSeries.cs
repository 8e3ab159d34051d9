using SahelReports.Geography;
using SahelReports.Incidents;

namespace SahelReports.Reporting.Internal;

/// <summary>Weekly counts for one area (or for all areas): events, fatalities, civilian-targeting events and attacks on local defence forces.</summary>
internal sealed class AreaSeries
{
    public AreaSeries(int weeks)
    {
        Events = new int[weeks];
        Fatalities = new long[weeks];
        CivilianTargeting = new int[weeks];
        LocalDefence = new int[weeks];
        LocalDefenceFatalities = new long[weeks];
    }

    public string Key { get; init; } = string.Empty;

    public string Country { get; init; } = string.Empty;

    public PCode? Admin1Code { get; init; }

    public string? Admin1Name { get; init; }

    public PCode? Admin2Code { get; init; }

    public string? Admin2Name { get; init; }

    public bool HasAdmin2 => Admin2Code is not null || !string.IsNullOrWhiteSpace(Admin2Name);

    public int[] Events { get; }

    public long[] Fatalities { get; }

    public int[] CivilianTargeting { get; }

    public int[] LocalDefence { get; }

    public long[] LocalDefenceFatalities { get; }

    public int Last => Events.Length - 1;

    public void Add(int week, ConflictIncident incident, bool localDefence)
    {
        Events[week]++;
        Fatalities[week] += incident.Fatalities;
        if (incident.CivilianTargeting)
        {
            CivilianTargeting[week]++;
        }

        if (localDefence)
        {
            LocalDefence[week]++;
            LocalDefenceFatalities[week] += incident.Fatalities;
        }
    }

    /// <summary>Gets the events in the weeks before the last one.</summary>
    public int EventsBefore()
    {
        int sum = 0;
        for (int i = 0; i < Last; i++)
        {
            sum += Events[i];
        }

        return sum;
    }
}
