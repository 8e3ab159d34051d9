namespace SahelReports.Pdf.Internal;

/// <summary>
/// The stream Skia writes the PDF into: bytes go straight to the caller's stream while the pages are drawn; from
/// <see cref="BeginTail"/> (just before the document is closed) the rest (page tree, catalog, fonts, metadata,
/// cross-reference table, trailer: about 1 MB for 2,500 pages) is kept, so that <see cref="Finish"/> can add the document
/// language to the catalog and move the offsets after it (<see cref="PdfCatalogLanguage.WriteTail"/>) without holding the
/// whole document. A PDF/A document is kept whole: Skia writes its random identifier into the XMP metadata at the start of
/// the file, and <see cref="PdfAIdentifier"/> replaces it with a hash of the whole document.
/// </summary>
internal sealed class StreamedPdfOutput(Stream output, bool pdfA) : Stream
{
    private readonly bool _pdfA = pdfA;
    private MemoryStream? _tail = pdfA ? new MemoryStream() : null;
    private long _written;

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override long Length => _written + (_tail?.Length ?? 0);

    /// <inheritdoc/>
    public override long Position
    {
        get => Length;
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Keeps every later byte until <see cref="Finish"/>, in a buffer sized for a document of <paramref name="pages"/> pages
    /// (Skia writes about 340 bytes per page then, plus the fonts: 830 KB for 2,461 pages), so that it does not grow by doubling.
    /// </summary>
    public void BeginTail(int pages) => _tail ??= new MemoryStream(checked(256 * 1024 + (400 * pages)));

    /// <summary>Writes the kept end of the document with <c>/Lang</c> added to its catalog (and the PDF/A identifier fixed).</summary>
    public void Finish(string language)
    {
        if (_tail is null)
        {
            throw new InvalidOperationException("The end of the document was not kept (BeginTail was not called).");
        }

        // The kept bytes in place (no copy of the ~1 MB end of a large document), except for PDF/A, which is rewritten.
        ReadOnlySpan<byte> tail = _pdfA ? PdfAIdentifier.MakeDeterministic(_tail.ToArray()) : _tail.GetBuffer().AsSpan(0, checked((int)_tail.Length));
        PdfCatalogLanguage.WriteTail(tail, _written, language, output);
        _tail = null;
    }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_tail is not null)
        {
            _tail.Write(buffer);
            return;
        }

        output.Write(buffer);
        _written += buffer.Length;
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        if (_tail is null)
        {
            output.Flush();
        }
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _tail?.Dispose();
        }

        base.Dispose(disposing);
    }
}
