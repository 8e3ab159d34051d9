namespace SahelReports.Analysis;

/// <summary>The share of attacks that targeted a group (<see cref="ConflictPatterns.LocalDefenceShare"/>).</summary>
/// <param name="Targeted">The counts of attacks on the group.</param>
/// <param name="Attacks">The counts of all attacks (political-violence events: battles, explosions/remote violence,
/// violence against civilians).</param>
public sealed record TargetShare(AggregateCounts Targeted, AggregateCounts Attacks)
{
    /// <summary>Gets the share of attacks that targeted the group (0 to 1; 0 when there were no attacks).</summary>
    public double EventShare => Attacks.Events == 0 ? 0 : (double)Targeted.Events / Attacks.Events;

    /// <summary>Gets the share of the attacks' reported fatalities in attacks on the group (0 when none were reported).</summary>
    public double FatalityShare => Attacks.Fatalities == 0 ? 0 : (double)Targeted.Fatalities / Attacks.Fatalities;
}
