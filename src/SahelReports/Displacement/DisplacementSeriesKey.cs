namespace SahelReports.Displacement;

/// <summary>Identifies one series of comparable figures: the same area, population group, source and assessment type.
/// Figures of one series are successive stocks (rounds/dates) and may be compared but never added.</summary>
/// <param name="Area">The area.</param>
/// <param name="Group">The population group.</param>
/// <param name="Source">The source (organisation and operation).</param>
/// <param name="AssessmentType">The assessment type, or <see cref="AssessmentType.None"/>.</param>
public readonly record struct DisplacementSeriesKey(DisplacementArea Area, PopulationGroup Group, DisplacementSource Source, AssessmentType AssessmentType);
