using SahelReports.Geography;

namespace SahelReports.Incidents.Internal;

/// <summary>The country and admin names and codes of an <see cref="IncidentLocation"/>, shared between locations of the same areas.</summary>
internal sealed record AdminNames(string Country, string? Admin1, string? Admin2, string? Admin3, PCode? Admin1Code, PCode? Admin2Code)
{
    /// <summary>Nothing set yet (a location being initialised).</summary>
    public static AdminNames None { get; } = new(null!, null, null, null, null, null);
}
