namespace SahelReports.Displacement;

/// <summary>One part of a figure that its source split by displacement reason and/or origin (DTM's
/// <c>displacementReason</c> and <c>idpOriginAdmin1Pcode</c>); the figure's total is the sum of its parts.</summary>
/// <param name="Reason">The displacement reason as the source wrote it (<c>Conflict</c>, <c>Natural disaster</c>…), or
/// <see langword="null"/> when not given.</param>
/// <param name="Origin">The area of origin, or <see langword="null"/> when unknown ("Not available" is unknown, not a place).</param>
/// <param name="Individuals">The number of people in this part.</param>
public sealed record DisplacementPart(string? Reason, DisplacementArea? Origin, long Individuals);
