using System.Globalization;
using SahelReports.Incidents;
using SahelReports.Reporting;
using SkiaSharp;

namespace SahelReports.Pdf.Internal;

/// <summary>Turns a report into the page flow (masthead, key figures, highlights, sections, sources) and draws the running header and footer.</summary>
internal sealed class PageComposer
{
    // Never changed after creation, so shared by every rendering (drawing only reads a paint).
    private static readonly SKPaint s_rule = new() { Color = Theme.Rule, StrokeWidth = 0.6f, IsStroke = true };

    private readonly SituationReport _report;
    private readonly TextLayout _text;
    private readonly float _pageWidth;
    private readonly float _pageHeight;
    private readonly float _margin;
    private readonly ReportLanguage _lang;
    private readonly IEnumerable<ConflictIncident>? _annex;
    private (IReadOnlyList<TextLine> HeaderLeft, TextLine HeaderRight, IReadOnlyList<TextLine> Footer)? _chrome;

    public PageComposer(SituationReport report, TextLayout text, float pageWidth, float pageHeight, float margin, IEnumerable<ConflictIncident>? annex = null)
    {
        _annex = annex;
        _report = report;
        _text = text;
        _pageWidth = pageWidth;
        _pageHeight = pageHeight;
        _margin = margin;
        _lang = report.Metadata.Language;
    }

    /// <summary>Gets the width of the text area.</summary>
    public float BodyWidth => _pageWidth - (2 * _margin);

    /// <summary>Gets the height of the text area.</summary>
    public float BodyHeight => _pageHeight - (2 * _margin);

    /// <summary>Builds the page flow.</summary>
    public IReadOnlyList<Box> Build()
    {
        var boxes = new List<Box>();
        boxes.AddRange(Masthead());
        var blocks = new BlockBoxes(_text, BodyWidth, BodyHeight, _lang);
        if (_report.KeyFigures.Count > 0)
        {
            boxes.AddRange(blocks.SectionHeading(ReportStrings.Get("KeyFigures", _lang)));
            boxes.AddRange(new KeyFigureCards(_text, BodyWidth, _lang).Build(_report.KeyFigures));
        }

        if (_report.Highlights.Count > 0)
        {
            boxes.AddRange(blocks.Panel(ReportStrings.Get("Highlights", _lang), _report.Highlights.ToArray(), Theme.AccentLight, Theme.Accent));
        }

        foreach (ReportSection section in _report.Sections)
        {
            boxes.AddRange(blocks.SectionHeading(section.Title));
            foreach (ReportBlock block in section.Blocks)
            {
                boxes.AddRange(block.Accept(blocks));
            }
        }

        if (_report.Sources.Count > 0)
        {
            boxes.AddRange(blocks.SectionHeading(ReportStrings.Get("Sources", _lang)));
            foreach (SourceReference source in _report.Sources)
            {
                var spans = new List<Span> { new(source.Name, FontRole.Bold, Theme.Body, Theme.Ink) };
                if (source.Description is not null)
                {
                    spans.Add(new(" \u2014 " + source.Description, FontRole.Regular, Theme.Body, Theme.Ink));
                }

                if (source.Date is { } date)
                {
                    spans.Add(new(" (" + ReportStrings.Format("FigureDate", _lang, ReportFormatter.FormatDate(date, _lang)) + ")", FontRole.Regular, Theme.Body, Theme.Muted));
                }

                if (source.Url is not null)
                {
                    spans.Add(new(" ", FontRole.Regular, Theme.Body, Theme.Ink));
                    spans.Add(new(source.Url, FontRole.Regular, Theme.Body, Theme.Accent, source.Url));
                }

                boxes.AddRange(blocks.Lines(spans, 0, 4));
            }
        }

        if (_annex is not null)
        {
            boxes.AddRange(blocks.SectionHeading(IncidentAnnex.Title(_lang)));
            boxes.AddRange(new TableBoxes(_text, BodyWidth, _lang).Build(IncidentAnnex.Table(_annex, _lang)));
        }

        return boxes;
    }

    /// <summary>
    /// Lays out the running header and the footers of a document of <paramref name="pages"/> pages without drawing (first
    /// pass: records their characters). The footers of pages 1 to 10 hold every character of all of them: the digits of
    /// page numbers 1 to N are those of 1 to min(N, 10) (all ten from page 10 on), and each footer holds N itself.
    /// </summary>
    public void MeasureChrome(int pages)
    {
        _ = Chrome;
        for (int page = 1; page <= Math.Min(pages, 10); page++)
        {
            _ = _text.Lines(PageNumber(page, pages), BodyWidth);
        }
    }

    /// <summary>
    /// Gets the running header's and the footer's lines, the same on every page: laid out once (their lines hold face
    /// indices and widths, so they stay valid when the fonts are subset) instead of twice per page of a 2,500-page annex.
    /// </summary>
    private (IReadOnlyList<TextLine> HeaderLeft, TextLine HeaderRight, IReadOnlyList<TextLine> Footer) Chrome =>
        _chrome ??= (_text.Lines(HeaderLeft(), BodyWidth * 0.68f), _text.Lines(HeaderRight(), BodyWidth)[0], _text.Lines(FooterLeft(), BodyWidth * 0.75f));

    /// <summary>Draws the running header (from page 2) and the footer with "page X of Y".</summary>
    public void DrawChrome(SKCanvas canvas, int page, int pages)
    {
        SKPaint rule = s_rule;
        if (page > 1)
        {
            IReadOnlyList<TextLine> left = Chrome.HeaderLeft;
            float ruleY = _margin - 10;
            double height = 0; // summed as Enumerable.Sum sums floats, in double
            for (int i = 0; i < left.Count; i++)
            {
                height += left[i].Height;
            }

            float top = ruleY - 4 - (float)height;
            for (int i = 0; i < left.Count; i++)
            {
                _text.DrawRepeated(canvas, left[i], _margin, top);
                top += left[i].Height;
            }

            TextLine right = Chrome.HeaderRight;
            _text.DrawRepeated(canvas, right, _margin, ruleY - 4 - right.Height, BodyWidth, Align.Right);
            canvas.DrawLine(_margin, ruleY, _pageWidth - _margin, ruleY, rule);
        }

        float footerRule = _pageHeight - _margin + 12;
        canvas.DrawLine(_margin, footerRule, _pageWidth - _margin, footerRule, rule);
        IReadOnlyList<TextLine> footer = Chrome.Footer;
        float y = footerRule + 4;
        for (int i = 0; i < footer.Count; i++)
        {
            _text.DrawRepeated(canvas, footer[i], _margin, y);
            y += footer[i].Height;
        }

        TextLine number = _text.Lines(PageNumber(page, pages), BodyWidth)[0];
        _text.DrawRepeated(canvas, number, _margin, footerRule + 4, BodyWidth, Align.Right);
    }

    private List<Span> HeaderLeft() => [new(_report.Metadata.Title, FontRole.Regular, Theme.Small, Theme.Muted)];

    private List<Span> HeaderRight() =>
    [
        new(_report.Metadata.ReportNumber is { } n ? ReportStrings.Format("ReportNumber", _lang, n) : _report.Metadata.PeriodLabel, FontRole.Regular, Theme.Small, Theme.Muted),
    ];

    private List<Span> FooterLeft() =>
    [
        new(_report.Metadata.Publisher.Name + " \u00B7 " + ReportStrings.Format("GeneratedOn", _lang, ReportFormatter.FormatDate(_report.Metadata.GeneratedAt.InUtc().Date, _lang)), FontRole.Regular, Theme.Small, Theme.Muted),
    ];

    private List<Span> PageNumber(int page, int pages) =>
    [
        new(ReportStrings.Format("PageXOfY", _lang, page.ToString(CultureInfo.InvariantCulture), pages.ToString(CultureInfo.InvariantCulture)), FontRole.Regular, Theme.Small, Theme.Muted),
    ];

    private IEnumerable<Box> Masthead()
    {
        ReportMetadata meta = _report.Metadata;
        float pad = 14;
        float inner = BodyWidth - (2 * pad);
        IReadOnlyList<TextLine> publisher = _text.Lines([new(meta.Publisher.Name.ToUpperInvariant(), FontRole.Bold, Theme.Small, new SKColor(0xC9, 0xD8, 0xE8))], inner);
        IReadOnlyList<TextLine> title = _text.Lines([new(meta.Title, FontRole.Bold, Theme.Title, Theme.White)], inner);
        var sub = new List<string> { meta.Area, ReportFormatter.FormatDateRange(meta.Period, _lang) };
        if (meta.ReportNumber is { } number)
        {
            sub.Add(ReportStrings.Format("ReportNumber", _lang, number));
        }

        IReadOnlyList<TextLine> subtitle = _text.Lines([new(string.Join("  |  ", sub), FontRole.Regular, 10f, Theme.White)], inner);
        float bandHeight = pad + publisher.Sum(l => l.Height) + 4 + title.Sum(l => l.Height) + 4 + subtitle.Sum(l => l.Height) + pad;
        yield return new Box(bandHeight, (canvas, x, y) =>
        {
            using var fill = new SKPaint { Color = Theme.Accent, Style = SKPaintStyle.Fill };
            canvas.DrawRect(new SKRect(x, y, x + BodyWidth, y + bandHeight), fill);
            float top = y + pad;
            foreach (IReadOnlyList<TextLine> group in new[] { publisher, title, subtitle })
            {
                foreach (TextLine line in group)
                {
                    _text.Draw(canvas, line, x + pad, top);
                    top += line.Height;
                }

                top += 4;
            }
        });

        string asOf = ReportStrings.Format("AsOf", _lang, ReportFormatter.FormatDate(meta.AsOf, _lang)) + "  \u00B7  " + ReportStrings.Format("Period", _lang, meta.PeriodLabel);
        IReadOnlyList<TextLine> info = _text.Lines([new(asOf, FontRole.Regular, 8.5f, Theme.Muted)], BodyWidth);
        foreach (TextLine line in info)
        {
            yield return new Box(line.Height, (canvas, x, y) => _text.Draw(canvas, line, x, y)) { SpaceBefore = 5 };
        }
    }
}
