namespace SahelReports.Reporting;

/// <summary>A map specification: points and area values over the countries of the report. Renderers draw the base map.</summary>
/// <param name="Title">The map title.</param>
/// <param name="CountryAlpha3">The countries the map frames (ISO alpha-3).</param>
/// <param name="Points">Points such as incidents (may be empty).</param>
/// <param name="AreaValues">Values per admin area (may be empty).</param>
/// <param name="ValueLabel">What the area values measure, for the legend, or <see langword="null"/>.</param>
/// <param name="Note">A caveat line (for example how many imprecise events were left out), or <see langword="null"/>.</param>
public sealed record MapBlock(string Title, IReadOnlyList<string> CountryAlpha3, IReadOnlyList<MapPoint> Points, IReadOnlyList<MapAreaValue> AreaValues, string? ValueLabel = null, string? Note = null) : ReportBlock
{
    /// <inheritdoc/>
    public override TResult Accept<TResult>(IReportBlockVisitor<TResult> visitor) => visitor.Visit(this);
}
