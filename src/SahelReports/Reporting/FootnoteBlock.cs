namespace SahelReports.Reporting;

/// <summary>A footnote: small text that qualifies what precedes it (a source, a definition, a caveat).</summary>
/// <param name="Text">The text.</param>
public sealed record FootnoteBlock(RichText Text) : ReportBlock
{
    /// <inheritdoc/>
    public override TResult Accept<TResult>(IReportBlockVisitor<TResult> visitor) => visitor.Visit(this);
}
