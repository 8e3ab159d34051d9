using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace SahelReports.Pdf.Internal;

/// <summary>
/// Adds the document language (<c>/Lang</c>, ISO 32000-1 §14.9.2) to the catalog of a PDF written by Skia, whose metadata
/// has no field for it. The entry is inserted into the catalog dictionary and every cross-reference offset after it is
/// moved by the inserted length, so the file stays a single, valid revision (no incremental update) and deterministic.
/// </summary>
internal static class PdfCatalogLanguage
{
    private const int XrefEntryLength = 20;

    /// <summary>Writes <paramref name="pdf"/> to <paramref name="output"/> with <c>/Lang (<paramref name="language"/>)</c> in its catalog.</summary>
    /// <exception cref="ArgumentException">The language is not a BCP 47 tag made of letters, digits and hyphens.</exception>
    /// <exception cref="InvalidOperationException">The PDF is not laid out as Skia writes it (one classic cross-reference section).</exception>
    public static void Write(ReadOnlySpan<byte> pdf, string language, Stream output) => WriteTail(pdf, 0, language, output);

    /// <summary>Throws unless <paramref name="language"/> is a BCP 47 tag made of letters, digits and hyphens.</summary>
    /// <exception cref="ArgumentException">The language is not such a tag.</exception>
    public static void CheckLanguage(string language)
    {
        if (language.Length == 0 || language.Length > 35 || !language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"The document language must be a BCP 47 tag (letters, digits, hyphens), got '{language}'.", nameof(language));
        }
    }

    /// <summary>
    /// Writes the end of a PDF whose first <paramref name="tailOffset"/> bytes were already written to <paramref name="output"/>
    /// unchanged: <paramref name="tail"/> must hold the catalog object, the cross-reference table and the trailer (Skia writes
    /// them when the document is closed). The cross-reference offsets in the tail are absolute (file) offsets; those at or
    /// after the insertion point are moved by the inserted length.
    /// </summary>
    /// <exception cref="ArgumentException">The language is not a BCP 47 tag made of letters, digits and hyphens.</exception>
    /// <exception cref="InvalidOperationException">The PDF is not laid out as Skia writes it (one classic cross-reference section,
    /// the catalog in the tail).</exception>
    public static void WriteTail(ReadOnlySpan<byte> tail, long tailOffset, string language, Stream output)
    {
        CheckLanguage(language);
        ReadOnlySpan<byte> pdf = tail;
        int startxref = pdf.LastIndexOf("startxref"u8);
        Require(startxref > 0, "no startxref");
        int numberStart = SkipWhitespace(pdf, startxref + "startxref".Length);
        int numberEnd = numberStart;
        while (numberEnd < pdf.Length && char.IsAsciiDigit((char)pdf[numberEnd]))
        {
            numberEnd++;
        }

        long xrefAbsolute = ParseLong(pdf[numberStart..numberEnd]);
        long xrefRelative = xrefAbsolute - tailOffset;
        Require(xrefRelative > 0 && xrefRelative < startxref && pdf[(int)xrefRelative..].StartsWith("xref"u8), "startxref does not point at a cross-reference table in the part written when the document was closed");
        int xref = (int)xrefRelative;

        // "xref\n0 N\n" then N entries of 20 bytes: "oooooooooo ggggg n \n".
        int header = SkipWhitespace(pdf, xref + 4);
        int headerEnd = pdf[header..].IndexOf((byte)'\n') + header;
        string[] subsection = Encoding.ASCII.GetString(pdf[header..headerEnd]).Trim().Split(' ');
        Require(subsection.Length == 2 && subsection[0] == "0", "the cross-reference table does not start with object 0");
        int count = int.Parse(subsection[1], NumberStyles.None, CultureInfo.InvariantCulture);
        int entries = headerEnd + 1;
        int entriesEnd = entries + (count * XrefEntryLength);
        Require(entriesEnd <= startxref && pdf[entriesEnd..].StartsWith("trailer"u8), "the cross-reference table has more than one subsection or unexpected entries");

        int root = RootObject(pdf[entriesEnd..startxref]);
        Require(root > 0 && root < count, "the trailer has no /Root");
        long catalogRelative = ParseLong(pdf.Slice(entries + (root * XrefEntryLength), 10)) - tailOffset;
        Require(catalogRelative >= 0 && catalogRelative < xref, "the catalog was written before the document was closed");
        int catalog = (int)catalogRelative;
        ReadOnlySpan<byte> objectHeader = Encoding.ASCII.GetBytes(root.ToString(CultureInfo.InvariantCulture) + " 0 obj");
        Require(pdf[catalog..].StartsWith(objectHeader), "the /Root entry does not point at the catalog object");
        int dictionary = pdf[catalog..].IndexOf("<<"u8) + catalog;
        int catalogEnd = pdf[catalog..].IndexOf("endobj"u8) + catalog;
        Require(dictionary > catalog && dictionary < catalogEnd, "the catalog is not a dictionary");
        if (pdf[dictionary..catalogEnd].IndexOf("/Lang"u8) >= 0)
        {
            output.Write(pdf);
            return;
        }

        int insertAt = dictionary + 2;
        long insertAtAbsolute = insertAt + tailOffset;
        byte[] entry = Encoding.ASCII.GetBytes("/Lang (" + language + ")\n");
        int shift = entry.Length;

        output.Write(pdf[..insertAt]);
        output.Write(entry);
        output.Write(pdf[insertAt..entries]);
        Span<byte> line = stackalloc byte[XrefEntryLength];
        for (int i = 0; i < count; i++)
        {
            pdf.Slice(entries + (i * XrefEntryLength), XrefEntryLength).CopyTo(line);
            if (line[17] == (byte)'n')
            {
                long offset = ParseLong(line[..10]);
                if (offset >= insertAtAbsolute)
                {
                    Require(Utf8Formatter.TryFormat(offset + shift, line[..10], out int written, new StandardFormat('D', 10)) && written == 10, "a cross-reference offset does not fit in 10 digits");
                }
            }

            output.Write(line);
        }

        output.Write(pdf[entriesEnd..numberStart]);
        output.Write(Encoding.ASCII.GetBytes((xrefAbsolute + shift).ToString(CultureInfo.InvariantCulture)));
        output.Write(pdf[numberEnd..]);
    }

    private static int RootObject(ReadOnlySpan<byte> trailer)
    {
        int at = trailer.IndexOf("/Root"u8);
        if (at < 0)
        {
            return -1;
        }

        int start = SkipWhitespace(trailer, at + 5);
        int end = start;
        while (end < trailer.Length && char.IsAsciiDigit((char)trailer[end]))
        {
            end++;
        }

        return end > start ? (int)ParseLong(trailer[start..end]) : -1;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> data, int at)
    {
        while (at < data.Length && data[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            at++;
        }

        return at;
    }

    /// <summary>Parses ASCII digits (no sign, no spaces) without a string: called once per cross-reference entry (~7,500 for a 2,500-page annex).</summary>
    private static long ParseLong(ReadOnlySpan<byte> digits)
    {
        Require(!digits.IsEmpty && digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0, "a number is not made of digits");
        Require(Utf8Parser.TryParse(digits, out long value, out int consumed) && consumed == digits.Length, "a number is out of range");
        return value;
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Cannot add the document language: the PDF written by SkiaSharp is not laid out as expected ({what}).");
        }
    }
}
