namespace SahelReports.Analysis;

/// <summary>The outcome of the HDX Signals conflict rule (<see cref="HdxSignals"/>).</summary>
public enum HdxSignalLevel
{
    /// <summary>The data do not reach back one year and 30 days before the date evaluated.</summary>
    NotEnoughData = 0,

    /// <summary>No signal: the 30-day fatalities are below 100, or not above the previous year's maximum.</summary>
    None = 1,

    /// <summary>The 30-day fatalities reach a level not seen in the previous year (and are at least 100).</summary>
    Medium = 2,

    /// <summary>The 30-day fatalities reach a level not seen in the previous three years (and are at least 100).</summary>
    High = 3,
}
