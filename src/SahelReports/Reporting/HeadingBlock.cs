namespace SahelReports.Reporting;

/// <summary>A heading inside a section (the section title itself is level 1).</summary>
/// <param name="Text">The heading text.</param>
/// <param name="Level">2 for a sub-heading, 3 for a minor heading.</param>
public sealed record HeadingBlock(string Text, int Level = 2) : ReportBlock
{
    /// <inheritdoc/>
    public override TResult Accept<TResult>(IReportBlockVisitor<TResult> visitor) => visitor.Visit(this);
}
