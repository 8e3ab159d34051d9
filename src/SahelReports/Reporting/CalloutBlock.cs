namespace SahelReports.Reporting;

/// <summary>A boxed message: a highlight, a note or a caveat.</summary>
/// <param name="Title">The title, or <see langword="null"/>.</param>
/// <param name="Items">The paragraphs or list items inside the box.</param>
/// <param name="Tone">The purpose of the box.</param>
public sealed record CalloutBlock(string? Title, IReadOnlyList<RichText> Items, CalloutTone Tone = CalloutTone.Info) : ReportBlock
{
    /// <inheritdoc/>
    public override TResult Accept<TResult>(IReportBlockVisitor<TResult> visitor) => visitor.Visit(this);
}
