namespace SahelReports.Reporting;

/// <summary>A paragraph of rich text.</summary>
/// <param name="Text">The text.</param>
public sealed record ParagraphBlock(RichText Text) : ReportBlock
{
    /// <inheritdoc/>
    public override TResult Accept<TResult>(IReportBlockVisitor<TResult> visitor) => visitor.Visit(this);
}
