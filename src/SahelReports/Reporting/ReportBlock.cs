namespace SahelReports.Reporting;

/// <summary>A block of a report section: a heading, a paragraph, a table, a chart, a map, a callout, a footnote or an image.</summary>
/// <remarks><para>Renderers draw every block type through <see cref="IReportBlockVisitor{TResult}"/>, so a new block type cannot
/// be forgotten by a renderer: it fails to compile until the renderer handles it.</para></remarks>
public abstract record ReportBlock
{
    private protected ReportBlock()
    {
    }

    /// <summary>Dispatches to the visitor method for this block's type.</summary>
    /// <typeparam name="TResult">The visitor's result type.</typeparam>
    /// <param name="visitor">The visitor.</param>
    /// <returns>The visitor's result.</returns>
    public abstract TResult Accept<TResult>(IReportBlockVisitor<TResult> visitor);
}
