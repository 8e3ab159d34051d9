namespace SahelReports.Incidents;

/// <summary>How one pre-2019 ACLED event type maps to the current taxonomy.</summary>
/// <param name="LegacyName">The old event type as it appears in pre-2019 files.</param>
/// <param name="DisorderType">The current disorder type.</param>
/// <param name="EventType">The current event type.</param>
/// <param name="SubEventType">The current sub-event type assigned.</param>
/// <param name="Note">Why this mapping was chosen, and what it cannot tell.</param>
public sealed record LegacyEventTypeMapping(string LegacyName, DisorderType DisorderType, EventType EventType, SubEventType SubEventType, string Note);
