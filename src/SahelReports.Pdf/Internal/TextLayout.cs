using System.Text;
using HarfBuzzSharp;
using SkiaSharp;

namespace SahelReports.Pdf.Internal;

/// <summary>A piece of input text with one style.</summary>
internal readonly record struct Span(string Text, FontRole Role, float Size, SKColor Color, string? Url = null);

/// <summary>A measured piece of a line drawn with one face.</summary>
internal sealed record Fragment(string Text, int Face, float Size, SKColor Color, string? Url, float X, float Width);

/// <summary>One laid-out line: fragments at x offsets from the line start, its width, height and baseline offset from the line top.</summary>
internal sealed record TextLine(IReadOnlyList<Fragment> Fragments, float Width, float Height, float Baseline);

/// <summary>Horizontal alignment of a line inside its box.</summary>
internal enum Align
{
    Left = 0,
    Right = 1,
    Center = 2,
}

/// <summary>
/// Breaks styled spans into lines at spaces (not at a space before : ; ! ? » or after «, as French typography wants);
/// a word longer than the line is broken between characters, so nothing is clipped.
/// Every character goes to a face that has its glyph (see <see cref="PdfFonts.Resolve"/>); Arabic runs are shaped with HarfBuzz.
/// </summary>
internal sealed class TextLayout(PdfFonts fonts) : IDisposable
{
    /// <summary>The line height as a multiple of the font size.</summary>
    public const float Leading = 1.32f;

    private readonly Dictionary<int, (HarfBuzzSharp.Font Font, int UnitsPerEm)> _shapers = [];
    private readonly SKPaint _paint = new() { IsAntialias = true };
    private readonly SKTextBlobBuilder _blobs = new();

    // Per face, the glyph of each UTF-16 code unit looked up so far (NoGlyph: not yet), so that drawing a run of the
    // 100,000-row annex does not ask Skia to map its characters again; reset when the faces change (subsets renumber glyphs).
    private ushort[]?[] _glyphMaps = [];

    // Text blobs of fragments drawn on every page (DrawRepeated: the running header and footer), per face and size (key as in
    // PdfFonts.Font), then text; released when the faces change.
    private readonly Dictionary<long, Dictionary<string, SKTextBlob>> _repeated = [];
    private int _repeatedCount;

    // Queued lines (Queue, DrawQueued) and the glyphs of the run being assembled.
    private readonly List<QueuedFragment> _queue = [];
    private ushort[] _runGlyphs = new ushort[256];
    private SKPoint[] _runPoints = new SKPoint[256];
    private int _runCount;
    private int _runFace;
    private float _runSize;

    /// <summary>Gets the fonts used for measurement and drawing.</summary>
    public PdfFonts Fonts { get; } = fonts;

    /// <inheritdoc/>
    public void Dispose()
    {
        FontsChanged();
        _paint.Dispose();
        _blobs.Dispose();
    }

    /// <summary>
    /// Drops the HarfBuzz shapers after <see cref="PdfFonts.SubsetToUsed"/>: a subset numbers its glyphs differently,
    /// so shaped runs drawn from now on must be shaped with the subset. Laid-out lines stay valid (same advances).
    /// </summary>
    public void FontsChanged()
    {
        _glyphMaps = [];
        foreach (Dictionary<string, SKTextBlob> blobs in _repeated.Values)
        {
            foreach (SKTextBlob blob in blobs.Values)
            {
                blob.Dispose();
            }
        }

        _repeated.Clear();
        _repeatedCount = 0;
        foreach ((HarfBuzzSharp.Font font, _) in _shapers.Values)
        {
            font.Dispose();
        }

        _shapers.Clear();
    }

    /// <summary>Lays out <paramref name="spans"/> in lines at most <paramref name="width"/> wide.</summary>
    public IReadOnlyList<TextLine> Lines(IReadOnlyList<Span> spans, float width)
    {
        if (spans.Count == 1 && OneWord(spans[0], width) is { } single)
        {
            return [single];
        }

        var lines = new List<TextLine>();
        var current = new List<Fragment>();
        float x = 0;
        float maxSize = spans.Count > 0 ? spans.Max(s => s.Size) : 10f;
        bool pendingSpace = false;
        Span spaceSpan = default;

        void Flush()
        {
            float size = current.Count > 0 ? current.Max(f => f.Size) : maxSize;
            lines.Add(new TextLine(current.ToArray(), x, LineHeight(size), Baseline(size)));
            current.Clear();
            x = 0;
            pendingSpace = false;
        }

        foreach (Span span in spans)
        {
            foreach (string token in Tokens(span.Text))
            {
                if (token == " ")
                {
                    pendingSpace = current.Count > 0;
                    spaceSpan = span;
                    continue;
                }

                if (token == "\n")
                {
                    Flush();
                    continue;
                }

                if (TryMeasureWord(token, span.Role, span.Size, out int oneFace, out float oneWidth) && oneWidth <= width)
                {
                    // Most words: one face, fitting a line. What the general path below does with its one fragment, without
                    // the list, the sums and the copies (a 2,500-page annex lays out a "page X of Y" line per page).
                    float space = pendingSpace ? MeasureText(Fonts.Resolve(spaceSpan.Role, ' '), " ", spaceSpan.Size) : 0;
                    if (current.Count > 0 && x + space + oneWidth > width)
                    {
                        Flush();
                        space = 0;
                    }

                    int faceOfSpace = Fonts.Resolve(spaceSpan.Role, ' ');
                    if (space > 0 && oneFace == faceOfSpace && !PdfFonts.IsArabic(faceOfSpace) && span.Size == spaceSpan.Size && span.Color == spaceSpan.Color && span.Url == spaceSpan.Url)
                    {
                        current.Add(new Fragment(" " + token, oneFace, span.Size, span.Color, span.Url, x, oneWidth + space));
                        x += space + oneWidth;
                    }
                    else
                    {
                        x += space;
                        current.Add(new Fragment(token, oneFace, span.Size, span.Color, span.Url, x, oneWidth));
                        x += oneWidth;
                    }

                    pendingSpace = false;
                    continue;
                }

                List<Fragment> word = Measure(token, span);
                float wordWidth = word.Sum(f => f.Width);
                float spaceWidth = pendingSpace ? MeasureText(Fonts.Resolve(spaceSpan.Role, ' '), " ", spaceSpan.Size) : 0;
                if (current.Count > 0 && x + spaceWidth + wordWidth > width)
                {
                    Flush();
                    spaceWidth = 0;
                }

                if (wordWidth > width)
                {
                    foreach (Fragment piece in BreakLongWord(word, width - x, width))
                    {
                        if (current.Count > 0 && x + piece.Width > width)
                        {
                            Flush();
                        }

                        current.Add(piece with { X = x });
                        x += piece.Width;
                    }

                    pendingSpace = false;
                    continue;
                }

                int spaceFace = Fonts.Resolve(spaceSpan.Role, ' ');
                bool joinSpace = spaceWidth > 0 && word[0].Face == spaceFace && !PdfFonts.IsArabic(spaceFace) && word[0].Size == spaceSpan.Size && word[0].Color == spaceSpan.Color && word[0].Url == spaceSpan.Url;
                if (joinSpace)
                {
                    // Draw the space with the word so copied and extracted text keeps its word breaks.
                    current.Add(word[0] with { Text = " " + word[0].Text, X = x, Width = word[0].Width + spaceWidth });
                    x += spaceWidth + word[0].Width;
                }
                else
                {
                    x += spaceWidth;
                }

                foreach (Fragment f in joinSpace ? word.Skip(1) : word)
                {
                    current.Add(f with { X = x });
                    x += f.Width;
                }

                pendingSpace = false;
            }
        }

        if (current.Count > 0 || lines.Count == 0)
        {
            Flush();
        }

        return lines;
    }

    /// <summary>Gets the height of a line whose largest text is <paramref name="size"/> points.</summary>
    public static float LineHeight(float size) => size * Leading;

    /// <summary>Gets the baseline's offset from the top of a line whose largest text is <paramref name="size"/> points.</summary>
    public static float Baseline(float size) => ((size * Leading) - (size * 1.362f)) / 2 + (size * 1.069f);

    /// <summary>
    /// Measures <paramref name="text"/> when it is one word (no space or break) drawn with one plain face, recording its
    /// characters as <see cref="Lines"/> does; allocates nothing. Such a word, when it fits a line, is laid out as one line
    /// of one fragment at x 0 with this face and width (see <see cref="OneWord"/> and <see cref="QueueWord"/>).
    /// </summary>
    /// <returns><see langword="false"/> when the text is empty, has a break, needs more than one face, a shaped face or surrogates.</returns>
    public bool TryMeasureWord(string text, FontRole role, float size, out int face, out float width)
    {
        face = -1;
        width = 0;
        if (text.AsSpan().IndexOfAny(" \n\t\r") >= 0 || OneFace(text, role) is not int f)
        {
            return false;
        }

        face = f;
        Fonts.Use(face, text);
        width = MeasureText(face, text, size);
        return true;
    }

    /// <summary>
    /// Lays out a span that is one word fitting <paramref name="width"/> (most table cells: ids, dates, names, numbers) as the
    /// general path would, without tokenising; <see langword="null"/> when the span has a break or does not fit.
    /// </summary>
    private TextLine? OneWord(Span span, float width)
    {
        string text = span.Text;
        if (text.Length == 0 || text.AsSpan().IndexOfAny(" \n\t\r") >= 0)
        {
            return null;
        }

        float size = span.Size;
        float height = LineHeight(size);
        float baseline = Baseline(size);
        if (TryMeasureWord(text, span.Role, size, out int face, out float w))
        {
            // The common case, one face: the fragment Measure would make, without the list.
            return w > width ? null : new TextLine([new Fragment(text, face, size, span.Color, span.Url, 0, w)], w, height, baseline);
        }

        List<Fragment> word = Measure(text, span);
        float x = 0;
        var fragments = new Fragment[word.Count];
        for (int i = 0; i < word.Count; i++)
        {
            fragments[i] = word.Count == 1 ? word[i] : word[i] with { X = x };
            x += word[i].Width;
        }

        // The same fit test as the general path (LINQ's float sum accumulates in double).
        if ((word.Count == 1 ? x : word.Sum(f => f.Width)) > width)
        {
            return null;
        }

        return new TextLine(fragments, x, height, baseline);
    }

    /// <summary>Gets the face that draws every character of <paramref name="text"/> when it is one plain (not shaped) face and the text has no surrogates.</summary>
    private int? OneFace(string text, FontRole role)
    {
        if (text.Length == 0 || HasSurrogate(text))
        {
            return null;
        }

        int face = Fonts.Resolve(role, text[0]);
        if (PdfFonts.IsArabic(face))
        {
            return null;
        }

        for (int i = 1; i < text.Length; i++)
        {
            if (Fonts.Resolve(role, text[i]) != face)
            {
                return null;
            }
        }

        return face;
    }

    /// <summary>Gets the width of <paramref name="text"/> on one line (no wrapping).</summary>
    public float Width(string text, FontRole role, float size)
    {
        if (OneFace(text, role) is int face)
        {
            // Most text is drawn with one face: measured as its single fragment would be, without building it.
            Fonts.Use(face, text);
            return MeasureText(face, text, size);
        }

        return Measure(text, new Span(text, role, size, SKColors.Black)).Sum(f => f.Width);
    }

    /// <summary>Draws a line with its top-left corner at (<paramref name="left"/>, <paramref name="top"/>), aligned in <paramref name="boxWidth"/>.</summary>
    public void Draw(SKCanvas canvas, TextLine line, float left, float top, float boxWidth = 0, Align align = Align.Left)
    {
        float start = left + Offset(line.Width, boxWidth, align);
        IReadOnlyList<Fragment> fragments = line.Fragments;
        for (int i = 0; i < fragments.Count; i++)
        {
            Fragment f = fragments[i];
            DrawFragment(canvas, f, start + f.X, top, line.Height, line.Baseline);
        }
    }

    /// <summary>
    /// Draws a line as <see cref="Draw"/> does, keeping the text blob of each plain fragment (up to
    /// <see cref="RepeatedCapacity"/> of them) and drawing it again for the same text, face and size: for the running header
    /// and footer, whose words are the same on each of the 2,500 pages of a large annex. The output is the same as
    /// <see cref="Draw"/>'s.
    /// </summary>
    public void DrawRepeated(SKCanvas canvas, TextLine line, float left, float top, float boxWidth = 0, Align align = Align.Left)
    {
        float start = left + Offset(line.Width, boxWidth, align);
        IReadOnlyList<Fragment> fragments = line.Fragments;
        for (int i = 0; i < fragments.Count; i++)
        {
            Fragment f = fragments[i];
            if (f.Url is not null || PdfFonts.IsArabic(f.Face) || f.Text.Length == 0 || HasSurrogate(f.Text))
            {
                DrawFragment(canvas, f, start + f.X, top, line.Height, line.Baseline);
                continue;
            }

            long key = ((long)f.Face << 32) | BitConverter.SingleToUInt32Bits(f.Size);
            if (!_repeated.TryGetValue(key, out Dictionary<string, SKTextBlob>? blobs))
            {
                blobs = [];
                _repeated[key] = blobs;
            }

            if (!blobs.TryGetValue(f.Text, out SKTextBlob? blob))
            {
                if (_repeatedCount >= RepeatedCapacity)
                {
                    DrawFragment(canvas, f, start + f.X, top, line.Height, line.Baseline);
                    continue;
                }

                blob = PlainBlob(f, Fonts.Font(f.Face, f.Size))!;
                blobs[f.Text] = blob;
                _repeatedCount++;
            }

            _paint.Color = f.Color;
            canvas.DrawText(blob, start + f.X, top + line.Baseline, _paint);
        }
    }

    /// <summary>The number of text blobs <see cref="DrawRepeated"/> keeps.</summary>
    public const int RepeatedCapacity = 256;

    /// <summary>
    /// Queues a line to be drawn by <see cref="DrawQueued"/>, placed as <see cref="Draw"/> would place it. Many lines (a page
    /// of table rows) are then drawn as one text blob instead of one per fragment.
    /// </summary>
    public void Queue(TextLine line, float left, float top, float boxWidth = 0, Align align = Align.Left)
    {
        float start = left + Offset(line.Width, boxWidth, align);
        IReadOnlyList<Fragment> fragments = line.Fragments;
        for (int i = 0; i < fragments.Count; i++)
        {
            Fragment f = fragments[i];
            _queue.Add(new QueuedFragment(f.Text, f.Face, f.Size, f.Color, f.Url, f.Width, start + f.X, top, line.Height, line.Baseline));
        }
    }

    /// <summary>
    /// Queues a word measured by <see cref="TryMeasureWord"/> exactly as <see cref="Queue"/> queues the one-line, one-fragment
    /// layout of it, without building the line (a unique table cell, such as an event id, then allocates nothing).
    /// </summary>
    public void QueueWord(string text, int face, float size, SKColor color, float width, float left, float top, float boxWidth = 0, Align align = Align.Left) =>
        _queue.Add(new QueuedFragment(text, face, size, color, null, width, left + Offset(width, boxWidth, align), top, LineHeight(size), Baseline(size)));

    /// <summary>
    /// Draws the queued lines in order. Consecutive plain fragments of one colour go into one text blob, and those of one
    /// face and size into one glyph run, which Skia writes as one text object with a <c>Td</c> before each fragment. A
    /// fragment starts on a grid of 1/4096 pt (invisible) so that its glyphs' positions, measured from its start, are exactly
    /// the sums of the advances Skia computes: Skia writes a positioning operator before any glyph whose position differs
    /// from that sum by one bit. Cell text uses <see cref="TableBoxes.CellSize"/>, whose advances are exact binary
    /// fractions, so that holds; a fragment for which it does not (another size or face), a shaped (Arabic) fragment and a
    /// link are drawn on their own, as <see cref="Draw"/> does.
    /// </summary>
    public void DrawQueued(SKCanvas canvas)
    {
        SKColor color = default;
        bool open = false; // a blob is being built
        for (int i = 0; i < _queue.Count; i++)
        {
            QueuedFragment q = _queue[i];
            if (open && q.Color != color)
            {
                FlushBlob(canvas, color);
                open = false;
            }

            if (PdfFonts.IsArabic(q.Face) || q.Url is not null || !TryAppend(q.Text, q.Face, q.Size, q.X, q.Top + q.Baseline))
            {
                if (open)
                {
                    FlushBlob(canvas, color);
                    open = false;
                }

                DrawFragment(canvas, new Fragment(q.Text, q.Face, q.Size, q.Color, q.Url, 0, q.Width), q.X, q.Top, q.LineHeight, q.Baseline);
                continue;
            }

            color = q.Color;
            open = true;
        }

        if (open)
        {
            FlushBlob(canvas, color);
        }

        _queue.Clear();
    }

    private static float Offset(float lineWidth, float boxWidth, Align align) => align switch
    {
        Align.Right => boxWidth - lineWidth,
        Align.Center => (boxWidth - lineWidth) / 2,
        _ => 0,
    };

    private void DrawFragment(SKCanvas canvas, Fragment f, float fx, float top, float lineHeight, float lineBaseline)
    {
        float baseline = top + lineBaseline;
        SKPaint paint = _paint;
        paint.Color = f.Color;
        SKFont font = Fonts.Font(f.Face, f.Size);
        using (SKTextBlob? blob = PdfFonts.IsArabic(f.Face) ? ShapedBlob(f, font) : PlainBlob(f, font))
        {
            if (blob is not null)
            {
                canvas.DrawText(blob, fx, baseline, paint);
            }
        }

        if (f.Url is not null)
        {
            canvas.DrawUrlAnnotation(new SKRect(fx, top, fx + f.Width, top + lineHeight), f.Url);
            using var underline = new SKPaint { Color = f.Color, StrokeWidth = 0.5f, IsStroke = true };
            canvas.DrawLine(fx, baseline + 1.5f, fx + f.Width, baseline + 1.5f, underline);
        }
    }

    /// <summary>
    /// Appends a plain fragment's glyphs to the pending run (starting a new run for another face or size) when Skia will
    /// accept their positions as one string: each glyph at exactly its start plus Skia's own sum of the advances before it.
    /// </summary>
    private bool TryAppend(string text, int face, float size, float x, float baseline)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (HasSurrogate(text))
        {
            return false;
        }

        SKFont font = Fonts.Font(face, size);
        float[] units = Fonts.AdvanceUnits(face, out int unitsPerEm);
        float scale = size * 1f / unitsPerEm;
        float start = MathF.Round(x * 4096f) / 4096f;
        EnsureRunCapacity(_runCount + text.Length);
        ushort[] map = GlyphMap(face);
        float advance = 0;
        for (int i = 0; i < text.Length; i++)
        {
            ushort glyph = Glyph(map, font, text[i]);
            float at = start + advance;
            if (at - start != advance)
            {
                return false; // nothing is committed until the whole fragment passed
            }

            _runGlyphs[_runCount + i] = glyph;
            _runPoints[_runCount + i] = new SKPoint(at, baseline);
            advance += glyph < units.Length ? scale * units[glyph] : 0;
        }

        if (_runCount > 0 && (_runFace != face || _runSize != size))
        {
            // Another font: the pending glyphs become a run of their own, and this fragment's glyphs move to the start.
            int pending = _runCount;
            CommitRun();
            Array.Copy(_runGlyphs, pending, _runGlyphs, 0, text.Length);
            Array.Copy(_runPoints, pending, _runPoints, 0, text.Length);
        }

        _runFace = face;
        _runSize = size;
        _runCount += text.Length;
        return true;
    }

    private void EnsureRunCapacity(int count)
    {
        if (_runGlyphs.Length < count)
        {
            int size = Math.Max(count, 2 * _runGlyphs.Length);
            Array.Resize(ref _runGlyphs, size);
            Array.Resize(ref _runPoints, size);
        }
    }

    private void CommitRun()
    {
        if (_runCount == 0)
        {
            return;
        }

        SKFont font = Fonts.Font(_runFace, _runSize);
        float minX = float.MaxValue, minY = float.MaxValue, maxX = float.MinValue, maxY = float.MinValue;
        for (int i = 0; i < _runCount; i++)
        {
            SKPoint p = _runPoints[i];
            minX = Math.Min(minX, p.X);
            maxX = Math.Max(maxX, p.X);
            minY = Math.Min(minY, p.Y);
            maxY = Math.Max(maxY, p.Y);
        }

        // Generous bounds (a glyph's advance is less than two ems): Skia uses them only to skip runs outside the page.
        var bounds = new SKRect(minX - _runSize, minY - (2 * _runSize), maxX + (2 * _runSize), maxY + _runSize);
        SKRawRunBuffer<SKPoint> run = _blobs.AllocateRawPositionedRun(font, _runCount, bounds);
        _runGlyphs.AsSpan(0, _runCount).CopyTo(run.Glyphs);
        _runPoints.AsSpan(0, _runCount).CopyTo(run.Positions);
        _runCount = 0;
    }

    private void FlushBlob(SKCanvas canvas, SKColor color)
    {
        CommitRun();
        using SKTextBlob? blob = _blobs.Build();
        if (blob is not null)
        {
            _paint.Color = color;
            canvas.DrawText(blob, 0, 0, _paint);
        }
    }

    private static IEnumerable<string> Tokens(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool frenchSpace = c == ' ' && ((i + 1 < text.Length && text[i + 1] is ':' or ';' or '!' or '?' or '\u00BB') || (i > 0 && text[i - 1] == '\u00AB'));
            if (c is '\n' or '\t' or '\r' || (c == ' ' && !frenchSpace))
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                yield return c == '\n' ? "\n" : " ";
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private List<Fragment> Measure(string word, Span span)
    {
        if (HasSurrogate(word))
        {
            // Outside the BMP, or a lone surrogate, which is drawn (and recorded) as U+FFFD, as rune enumeration reads it.
            word = string.Concat(word.EnumerateRunes().Select(r => r.ToString()));
        }

        var result = new List<Fragment>(1);
        int runStart = 0;
        int runFace = -1;
        for (int i = 0; i < word.Length;)
        {
            int codePoint = Rune.GetRuneAt(word, i).Value;
            int face = Fonts.Resolve(span.Role, codePoint);
            if (face != runFace && i > runStart)
            {
                result.Add(Fragment(word[runStart..i], runFace, span));
                runStart = i;
            }

            runFace = face;
            i += codePoint > 0xFFFF ? 2 : 1;
        }

        if (word.Length > runStart)
        {
            // The common case, a word in one face, reuses the word's string.
            result.Add(Fragment(runStart == 0 ? word : word[runStart..], runFace, span));
        }

        return result;
    }

    private Fragment Fragment(string text, int face, Span span)
    {
        Fonts.Use(face, text);
        float width = MeasureText(face, text, span.Size);
        return new Fragment(text, face, span.Size, span.Color, span.Url, 0, width);
    }

    private float MeasureText(int face, string text, float size)
    {
        if (PdfFonts.IsArabic(face))
        {
            return Shape(face, text, size).Sum(g => g.Advance);
        }

        return Fonts.Font(face, size).MeasureText(text);
    }

    private IEnumerable<Fragment> BreakLongWord(List<Fragment> word, float firstLineRoom, float lineWidth)
    {
        foreach (Fragment f in word)
        {
            if (PdfFonts.IsArabic(f.Face))
            {
                yield return f;
                continue;
            }

            var piece = new StringBuilder();
            foreach (Rune rune in f.Text.EnumerateRunes())
            {
                string candidate = piece.ToString() + rune.ToString();
                if (piece.Length > 0 && MeasureText(f.Face, candidate, f.Size) > Math.Max(firstLineRoom, f.Size))
                {
                    string text = piece.ToString();
                    yield return f with { Text = text, Width = MeasureText(f.Face, text, f.Size) };
                    piece.Clear();
                    firstLineRoom = lineWidth;
                }

                piece.Append(rune.ToString());
            }

            if (piece.Length > 0)
            {
                string text = piece.ToString();
                yield return f with { Text = text, Width = MeasureText(f.Face, text, f.Size) };
            }
        }
    }

    /// <summary>
    /// A run of unshaped text with each glyph placed at the sum of the previous advances computed the way Skia's PDF
    /// backend computes them (size / em × advance in font units, in single precision). Skia writes a positioning operator
    /// before every glyph whose position differs from that sum by even one bit, which tripled the size of text-heavy pages;
    /// with these positions a run is written as one string. The positions differ from SKFont's by far less than a thousandth of a point.
    /// </summary>
    private SKTextBlob? PlainBlob(Fragment f, SKFont font)
    {
        string text = f.Text;
        if (text.Length == 0)
        {
            return null;
        }

        if (HasSurrogate(text))
        {
            // Outside the BMP: Skia maps the surrogate pairs (one glyph per pair).
            ushort[] pairs = font.GetGlyphs(text);
            return pairs.Length == 0 ? null : PlainBlob(f, font, pairs);
        }

        ushort[] map = GlyphMap(f.Face);
        Span<ushort> glyphs = text.Length <= 256 ? stackalloc ushort[text.Length] : new ushort[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            glyphs[i] = Glyph(map, font, text[i]);
        }

        return PlainBlob(f, font, glyphs);
    }

    private const ushort NoGlyph = ushort.MaxValue;

    /// <summary>
    /// Gets whether <paramref name="text"/> has a surrogate (a character outside the BMP, or a lone surrogate). A plain loop:
    /// <c>MemoryExtensions.IndexOfAnyInRange</c> allocated 48 bytes a call until the JIT optimised it (most of a first
    /// rendering), and the texts are short.
    /// </summary>
    private static bool HasSurrogate(string text)
    {
        foreach (char c in text)
        {
            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private ushort[] GlyphMap(int face)
    {
        if (face >= _glyphMaps.Length)
        {
            Array.Resize(ref _glyphMaps, face + 1);
        }

        return _glyphMaps[face] ??= NewGlyphMap();
    }

    private static ushort Glyph(ushort[] map, SKFont font, char c)
    {
        ushort glyph = map[c];
        if (glyph == NoGlyph)
        {
            glyph = font.GetGlyph(c);
            map[c] = glyph;
        }

        return glyph;
    }

    private static ushort[] NewGlyphMap()
    {
        var map = new ushort[char.MaxValue + 1];
        Array.Fill(map, NoGlyph);
        return map;
    }

    private SKTextBlob PlainBlob(Fragment f, SKFont font, ReadOnlySpan<ushort> glyphs)
    {
        float[] units = Fonts.AdvanceUnits(f.Face, out int unitsPerEm);
        float scale = f.Size * 1f / unitsPerEm;

        // The bounds are given (generously: the run's advance and more than the font's ascent and descent), so Skia does not
        // compute them from every glyph; it uses them only to skip runs outside the page.
        SKRawRunBuffer<float> run = _blobs.AllocateRawHorizontalRun(font, glyphs.Length, 0, new SKRect(-f.Size, -2 * f.Size, f.Width + f.Size, f.Size));
        glyphs.CopyTo(run.Glyphs);
        Span<float> positions = run.Positions;
        float x = 0;
        for (int i = 0; i < glyphs.Length; i++)
        {
            positions[i] = x;
            float advance = glyphs[i] < units.Length ? scale * units[glyphs[i]] : 0;
            x += advance;
        }

        return _blobs.Build()!;
    }

    private SKTextBlob? ShapedBlob(Fragment f, SKFont font)
    {
        List<ShapedGlyph> glyphs = Shape(f.Face, f.Text, f.Size);
        if (glyphs.Count == 0)
        {
            return null;
        }

        // A text run carries the UTF-8 text and each glyph's cluster, so PDF readers can copy and search shaped text.
        byte[] utf8 = Encoding.UTF8.GetBytes(f.Text);
        using var builder = new SKTextBlobBuilder();
        SKPositionedTextRunBuffer run = builder.AllocatePositionedTextRun(font, glyphs.Count, utf8.Length);
        var ids = new ushort[glyphs.Count];
        var points = new SKPoint[glyphs.Count];
        var clusters = new uint[glyphs.Count];
        float pen = 0;
        for (int i = 0; i < glyphs.Count; i++)
        {
            ids[i] = glyphs[i].Glyph;
            points[i] = new SKPoint(pen + glyphs[i].OffsetX, -glyphs[i].OffsetY);
            clusters[i] = glyphs[i].Cluster;
            pen += glyphs[i].Advance;
        }

        run.SetGlyphs(ids);
        run.SetPositions(points);
        run.SetText(utf8);
        run.SetClusters(clusters);
        return builder.Build();
    }

    private List<ShapedGlyph> Shape(int face, string text, float size)
    {
        if (!_shapers.TryGetValue(face, out (HarfBuzzSharp.Font Font, int UnitsPerEm) shaper))
        {
            shaper = CreateShaper(face);
            _shapers[face] = shaper;
        }

        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(text);
        buffer.GuessSegmentProperties();
        shaper.Font.Shape(buffer);
        float scale = size / shaper.UnitsPerEm;
        GlyphInfo[] infos = buffer.GlyphInfos;
        GlyphPosition[] positions = buffer.GlyphPositions;
        var result = new List<ShapedGlyph>(infos.Length);
        for (int i = 0; i < infos.Length; i++)
        {
            result.Add(new ShapedGlyph(checked((ushort)infos[i].Codepoint), infos[i].Cluster, positions[i].XAdvance * scale, positions[i].XOffset * scale, positions[i].YOffset * scale));
        }

        return result;
    }

    private (HarfBuzzSharp.Font Font, int UnitsPerEm) CreateShaper(int face)
    {
        byte[] bytes = Fonts.Bytes(face);
        using var stream = new MemoryStream(bytes, writable: false);
        using Blob blob = Blob.FromStream(stream);
        using var hbFace = new HarfBuzzSharp.Face(blob, 0);
        var font = new HarfBuzzSharp.Font(hbFace);
        int upem = hbFace.UnitsPerEm;
        font.SetScale(upem, upem);
        return (font, upem);
    }
}

/// <summary>
/// A fragment queued for drawing (its text, face, size, colour, link and width), its left edge, and the top, height and
/// baseline offset of its line: values, so that a word queued without a laid-out line (<see cref="TextLayout.QueueWord"/>)
/// allocates nothing.
/// </summary>
internal readonly record struct QueuedFragment(string Text, int Face, float Size, SKColor Color, string? Url, float Width, float X, float Top, float LineHeight, float Baseline);

/// <summary>One glyph from HarfBuzz: its id, UTF-8 cluster offset, advance and offsets in points.</summary>
internal readonly record struct ShapedGlyph(ushort Glyph, uint Cluster, float Advance, float OffsetX, float OffsetY);
