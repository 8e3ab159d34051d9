using SahelReports.Reporting;
using SkiaSharp;

namespace SahelReports.Pdf.Internal;

/// <summary>
/// Renders a report in two passes: the first lays out with the full fonts and records the characters used,
/// the fonts are subset with HarfBuzz, the second lays out again with the subsets (same metrics) and draws.
/// </summary>
internal static class PdfReportRenderer
{
    public static void Render(SituationReport report, Stream stream, PdfReportOptions options)
    {
        if (options.PdfA)
        {
            using var buffer = new MemoryStream();
            RenderOnce(report, buffer, options);
            byte[] bytes = PdfAIdentifier.MakeDeterministic(buffer.ToArray());
            stream.Write(bytes);
            return;
        }

        RenderOnce(report, stream, options);
    }

    private static void RenderOnce(SituationReport report, Stream stream, PdfReportOptions options)
    {
        (float width, float height) = PageSize(options);
        using var fonts = new PdfFonts();
        int firstPassPages;
        double firstPassWidth;
        using (var layout = new TextLayout(fonts))
        {
            var first = new PageComposer(report, layout, width, height, options.Margin);
            List<List<PlacedBox>> pages = Paginator.Paginate(first.Build(), first.BodyHeight);
            firstPassPages = pages.Count;
            firstPassWidth = layout.MeasuredWidth;
            for (int p = 0; p < pages.Count; p++)
            {
                first.MeasureChrome(p + 1, pages.Count);
            }
        }

        fonts.SubsetToUsed();
        using var second = new TextLayout(fonts);
        var composer = new PageComposer(report, second, width, height, options.Margin);
        List<List<PlacedBox>> final = Paginator.Paginate(composer.Build(), composer.BodyHeight);
        if (final.Count != firstPassPages || Math.Abs(second.MeasuredWidth - firstPassWidth) > 0.01 * Math.Max(1, firstPassWidth / 10_000))
        {
            throw new InvalidOperationException($"The subset fonts changed the layout: {firstPassPages} pages and {firstPassWidth:F2} pt of text in the first pass, {final.Count} and {second.MeasuredWidth:F2} in the second.");
        }

        ReportMetadata meta = report.Metadata;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = meta.Title,
            Author = options.Author ?? meta.Publisher.Name,
            Subject = $"{meta.Area} \u2014 {ReportFormatter.FormatDateRange(meta.Period, meta.Language)}",
            Keywords = string.Join(", ", meta.Keywords),
            Creator = "SahelReports",
            Producer = "SahelReports.Pdf (SkiaSharp)",
            Creation = options.Clock.GetCurrentInstant().ToDateTimeUtc(),
            Modified = options.Clock.GetCurrentInstant().ToDateTimeUtc(),
            PdfA = options.PdfA,
            RasterDpi = 300,
            EncodingQuality = 90,
        };
        using var skStream = new SKManagedWStream(stream);
        using (SKDocument document = SKDocument.CreatePdf(skStream, metadata))
        {
            for (int p = 0; p < final.Count; p++)
            {
                SKCanvas canvas = document.BeginPage(width, height);
                foreach (PlacedBox placed in final[p])
                {
                    placed.Box.Draw(canvas, options.Margin, options.Margin + placed.Top);
                }

                composer.DrawChrome(canvas, p + 1, final.Count);
                document.EndPage();
            }

            document.Close();
        }

        skStream.Flush();
    }

    private static (float Width, float Height) PageSize(PdfReportOptions options)
    {
        (float w, float h) = options.PageSize == PdfPageSize.Letter ? (612f, 792f) : (595.28f, 841.89f);
        return options.Landscape ? (h, w) : (w, h);
    }
}
