namespace SahelReports.Reporting;

/// <summary>Visits each kind of <see cref="ReportBlock"/>; implemented by renderers.</summary>
/// <typeparam name="TResult">The result of visiting a block.</typeparam>
public interface IReportBlockVisitor<out TResult>
{
    /// <summary>Visits a heading.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The result.</returns>
    TResult Visit(HeadingBlock block);

    /// <summary>Visits a paragraph.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The result.</returns>
    TResult Visit(ParagraphBlock block);

    /// <summary>Visits a bulleted list.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The result.</returns>
    TResult Visit(BulletListBlock block);

    /// <summary>Visits a table.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The result.</returns>
    TResult Visit(TableBlock block);

    /// <summary>Visits a chart.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The result.</returns>
    TResult Visit(ChartBlock block);

    /// <summary>Visits a map.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The result.</returns>
    TResult Visit(MapBlock block);

    /// <summary>Visits a callout.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The result.</returns>
    TResult Visit(CalloutBlock block);

    /// <summary>Visits a footnote.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The result.</returns>
    TResult Visit(FootnoteBlock block);

    /// <summary>Visits an image.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The result.</returns>
    TResult Visit(ImageBlock block);
}
