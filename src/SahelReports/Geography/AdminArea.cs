using NodaTime;

namespace SahelReports.Geography;

/// <summary>An administrative area of a gazetteer: a region (admin1), a cercle, province or department (admin2)…</summary>
/// <param name="Code">The area's P-code.</param>
/// <param name="Level">The administrative level: 1 for regions, 2 for the next level down.</param>
/// <param name="Name">The official name in the COD-AB (French-language names for the three Sahel countries, with accents).</param>
/// <param name="NameEn">The English or ASCII spelling used by ACLED and most English-language sources.</param>
/// <param name="Parent">The parent area's P-code, or the country's alpha-2 code for admin1.</param>
/// <param name="CountryAlpha3">The ISO alpha-3 code of the country.</param>
/// <param name="Aliases">Other spellings found in real files (matched accent- and case-insensitively).</param>
public sealed record AdminArea(PCode Code, int Level, string Name, string NameEn, PCode Parent, string CountryAlpha3, IReadOnlyList<string> Aliases)
{
    /// <summary>Gets the name of the area's capital (chef-lieu), or <see langword="null"/> when the gazetteer does not give one.</summary>
    /// <remarks><para>The built-in gazetteer gives a capital for every admin1 area, and none for admin2.</para></remarks>
    public string? Capital { get; init; }

    /// <summary>Gets the approximate location of <see cref="Capital"/> (to about 0.01°), or <see langword="null"/> when not known.</summary>
    /// <remarks><para>This is a town's position, not the area's centroid: use it to place a label or a marker, not for area statistics.</para></remarks>
    public GeoPoint? CapitalLocation { get; init; }

    /// <summary>Gets the date from which the source (for the built-in gazetteer, the COD-AB) declares this area valid, or <see langword="null"/> when not given.</summary>
    /// <remarks><para>It can be later than the gazetteer's <see cref="Gazetteer.ValidFrom"/>, which is the earliest date among its areas.</para></remarks>
    public LocalDate? ValidFrom { get; init; }

    /// <summary>Gets the name to show in the given language: the official (French) name for <c>fr</c>, <see cref="NameEn"/> otherwise.</summary>
    /// <param name="language">A two-letter language code.</param>
    /// <returns>The name.</returns>
    public string GetName(string language) =>
        string.Equals(language, "fr", StringComparison.OrdinalIgnoreCase) ? Name : NameEn;
}
