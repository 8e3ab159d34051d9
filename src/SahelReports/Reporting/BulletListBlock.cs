namespace SahelReports.Reporting;

/// <summary>A bulleted list of rich-text items.</summary>
/// <param name="Items">The items, in order.</param>
public sealed record BulletListBlock(IReadOnlyList<RichText> Items) : ReportBlock
{
    /// <inheritdoc/>
    public override TResult Accept<TResult>(IReportBlockVisitor<TResult> visitor) => visitor.Visit(this);
}
