namespace SahelReports.Reporting;

/// <summary>An image placed in the flow of a section.</summary>
/// <param name="Image">The image.</param>
/// <param name="Caption">A caption, or <see langword="null"/>.</param>
/// <param name="WidthFraction">The share of the text width the image takes (0 &lt; value ≤ 1).</param>
public sealed record ImageBlock(ReportImage Image, string? Caption = null, double WidthFraction = 1.0) : ReportBlock
{
    /// <inheritdoc/>
    public override TResult Accept<TResult>(IReportBlockVisitor<TResult> visitor) => visitor.Visit(this);
}
