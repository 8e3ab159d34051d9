namespace SahelReports.Geography;

/// <summary>The result of <see cref="Gazetteer.Resolve(string, string?, string?)"/>: an admin1 and an admin2 name matched together.</summary>
/// <param name="Admin1">The admin1 match.</param>
/// <param name="Admin2">The admin2 match; within <see cref="Admin1"/>'s area when that matched.</param>
/// <param name="Admin2CheckedAgainstAdmin1"><see langword="true"/> when admin1 matched one area and admin2 was matched only within it;
/// <see langword="false"/> when admin2 was matched across the whole country because admin1 was missing, unmatched or ambiguous.</param>
public sealed record PlaceResolution(PlaceMatch Admin1, PlaceMatch Admin2, bool Admin2CheckedAgainstAdmin1)
{
    /// <summary>Gets the most precise matched area: the admin2 area when matched, otherwise the admin1 area, otherwise <see langword="null"/>.</summary>
    public AdminArea? MostPrecise => Admin2.Area ?? Admin1.Area;
}
