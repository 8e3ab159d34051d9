namespace SahelReports.Reporting;

/// <summary>A map specification: points and area values over the countries of the report. Renderers draw the base map
/// (country outlines, admin 1 capitals), the legend with the count of points per category, a scale bar, a north arrow, the
/// sources and the United Nations boundaries disclaimer.</summary>
/// <param name="Title">The map title.</param>
/// <param name="CountryAlpha3">The countries the map frames (ISO alpha-3).</param>
/// <param name="Points">Points such as incidents (may be empty).</param>
/// <param name="AreaValues">Values per admin area (may be empty).</param>
/// <param name="ValueLabel">What the area values measure, for the legend, or <see langword="null"/>.</param>
/// <param name="Note">A caveat line (for example how many imprecise events were left out), or <see langword="null"/>.</param>
public sealed record MapBlock(string Title, IReadOnlyList<string> CountryAlpha3, IReadOnlyList<MapPoint> Points, IReadOnlyList<MapAreaValue> AreaValues, string? ValueLabel = null, string? Note = null) : ReportBlock
{
    /// <summary>Gets what the point categories are (for example "Event type"), the legend title over the colours, or
    /// <see langword="null"/> for none.</summary>
    public string? CategoryLabel { get; init; }

    /// <summary>Gets what the point weights measure (for example "Reported fatalities"), the legend title over the point sizes,
    /// or <see langword="null"/> for none.</summary>
    public string? WeightLabel { get; init; }

    /// <summary>Gets the data sources of the map (for example "ACLED"), written under it with the base map's source, or
    /// <see langword="null"/> when only the base map is credited.</summary>
    public string? SourceLine { get; init; }

    /// <inheritdoc/>
    public override TResult Accept<TResult>(IReportBlockVisitor<TResult> visitor) => visitor.Visit(this);
}
