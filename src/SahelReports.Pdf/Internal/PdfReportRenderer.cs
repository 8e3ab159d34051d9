using SahelReports.Incidents;
using SahelReports.Reporting;
using SkiaSharp;

namespace SahelReports.Pdf.Internal;

/// <summary>
/// Renders a report: lays it out once with the full fonts (recording the characters used and the page breaks), subsets the
/// fonts with HarfBuzz (same advances, checked), then draws page by page with the subsets.
/// </summary>
internal static class PdfReportRenderer
{
    public static void Render(SituationReport report, Stream stream, PdfReportOptions options, IEnumerable<ConflictIncident>? annex = null)
    {
        // Skia cannot write /Lang: the pages go straight to the caller's stream; the end of the document, written when it is
        // closed (page tree, catalog, fonts, cross-reference table), is kept and written with /Lang added to the catalog.
        string language = report.Metadata.Language.Code;
        PdfCatalogLanguage.CheckLanguage(language);
        using var output = new StreamedPdfOutput(stream, options.PdfA);
        RenderOnce(report, output, options, annex);
        output.Finish(language);
    }

    private static void RenderOnce(SituationReport report, StreamedPdfOutput stream, PdfReportOptions options, IEnumerable<ConflictIncident>? annex)
    {
        (float width, float height) = PageSize(options);
        using var fonts = new PdfFonts();
        using var layout = new TextLayout(fonts);

        // Layout once, with the full fonts: this records every code point and fixes the page breaks, so "page X of Y" is known.
        // Boxes keep face indices and widths, not typefaces; large tables keep only their row heights and lay a row out
        // again when it is drawn, so memory does not grow with every laid-out cell.
        var composer = new PageComposer(report, layout, width, height, options.Margin, annex);
        List<List<PlacedBox>> pages = Paginator.Paginate(composer.Build(), composer.BodyHeight);
        composer.MeasureChrome(pages.Count);

        // Subsetting keeps the retained glyphs' advances (PdfFonts checks every used code point and throws otherwise),
        // so the widths and breaks measured above hold for drawing with the subsets.
        fonts.SubsetToUsed();
        layout.FontsChanged();

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
            for (int p = 0; p < pages.Count; p++)
            {
                SKCanvas canvas = document.BeginPage(width, height);
                List<PlacedBox> page = pages[p];
                for (int k = 0; k < page.Count; k++)
                {
                    PlacedBox placed = page[k];
                    if (placed.Box.Rows is { } rows)
                    {
                        // Consecutive rows of one table body are drawn together (fills, rules, then text).
                        int end = k + 1;
                        while (end < page.Count && ReferenceEquals(page[end].Box, placed.Box))
                        {
                            end++;
                        }

                        rows.DrawRows(canvas, options.Margin, options.Margin, page, k, end);
                        k = end - 1;
                    }
                    else
                    {
                        placed.Box.Draw(canvas, options.Margin, options.Margin + placed.Top);
                    }
                }

                composer.DrawChrome(canvas, p + 1, pages.Count);
                document.EndPage();
                pages[p] = [];
            }

            stream.BeginTail(pages.Count);
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
