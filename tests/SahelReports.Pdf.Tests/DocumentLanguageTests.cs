using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SahelReports.Pdf.Internal;
using SahelReports.Reporting;
using SahelReports.Tests.Shared;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using static SahelReports.Pdf.Tests.PdfTestSupport;

namespace SahelReports.Pdf.Tests;

public sealed partial class DocumentLanguageTests
{
    public static TheoryData<string, bool> Cases => new() { { "en", false }, { "fr", false }, { "fr", true } };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Catalog_HasTheReportLanguage(string code, bool pdfA)
    {
        byte[] pdf = Render(SampleReports.Weekly(ReportLanguage.FromCode(code)), Options with { PdfA = pdfA });
        using PdfDocument document = PdfDocument.Open(pdf);
        Assert.True(document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out StringToken lang), "no /Lang in the catalog");
        Assert.Equal(code, lang.Data);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryCrossReferenceOffset_PointsAtItsObject(string code, bool pdfA)
    {
        // An independent reading of the file: the single xref table's in-use entries must each point at "<n> 0 obj".
        byte[] pdf = Render(SampleReports.WithAnnex(ReportLanguage.FromCode(code), 150), Options with { PdfA = pdfA });
        string text = Encoding.Latin1.GetString(pdf);
        Match start = StartXref().Match(text);
        Assert.True(start.Success, "no startxref at the end");
        int xref = int.Parse(start.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("xref", text[xref..], StringComparison.Ordinal);
        Match table = XrefTable().Match(text, xref);
        Assert.True(table.Success && table.Index == xref);
        int count = int.Parse(table.Groups[1].Value, CultureInfo.InvariantCulture);
        int checkedEntries = 0;
        for (int i = 0; i < count; i++)
        {
            string entry = text.Substring(table.Index + table.Length + (i * 20), 20);
            if (entry[17] == 'n')
            {
                int offset = int.Parse(entry[..10], CultureInfo.InvariantCulture);
                Assert.True(text.AsSpan(offset).StartsWith(i.ToString(CultureInfo.InvariantCulture) + " 0 obj", StringComparison.Ordinal), $"entry {i} points at offset {offset}: '{text.Substring(offset, 12)}'");
                checkedEntries++;
            }
        }

        Assert.True(checkedEntries > 10, $"only {checkedEntries} objects");
        Assert.Contains("/Lang (" + code + ")", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LanguageThatIsNotATag_Throws()
    {
        byte[] pdf = Render(SampleReports.Weekly(ReportLanguage.English));
        var e = Assert.Throws<ArgumentException>(() => PdfCatalogLanguage.Write(pdf, "en) /Evil (x", Stream.Null));
        Assert.Equal("language", e.ParamName);
    }

    [Fact]
    public void Write_CatalogThatAlreadyHasALanguage_IsCopiedUnchanged()
    {
        byte[] pdf = Render(SampleReports.Weekly(ReportLanguage.English));
        using var again = new MemoryStream();
        PdfCatalogLanguage.Write(pdf, "fr", again);
        Assert.Equal(pdf, again.ToArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void StreamedOutput_EqualsTheWholeBufferedDocumentWithTheLanguageAdded(bool pdfA)
    {
        // Skia's own output, drawn twice with the same content: once into a buffer and given /Lang (and the PDF/A identifier)
        // as a whole, once through the streamed output, which passes the pages through and keeps only what Close writes.
        byte[] raw = RawSkiaPdf(pdfA, Stream.Null, null);
        using var buffered = new MemoryStream();
        PdfCatalogLanguage.Write(pdfA ? PdfAIdentifier.MakeDeterministic(raw) : raw, "fr", buffered);

        using var streamed = new MemoryStream();
        using var counting = new StreamedPdfOutput(streamed, pdfA);
        long passedBeforeClose = 0;
        _ = RawSkiaPdf(pdfA, counting, () => passedBeforeClose = streamed.Length);
        counting.Finish("fr");

        Assert.Equal(buffered.ToArray(), streamed.ToArray());
        if (pdfA)
        {
            Assert.Equal(0, passedBeforeClose); // kept whole: the identifier at the start is hashed from the whole document
        }
        else
        {
            Assert.True(passedBeforeClose > raw.Length / 2, $"only {passedBeforeClose} of {raw.Length} bytes reached the caller before the document was closed");
        }
        using PdfDocument document = PdfDocument.Open(streamed.ToArray());
        Assert.Equal(40, document.NumberOfPages);
    }

    /// <summary>A 40-page document written by Skia; with a <see cref="StreamedPdfOutput"/>, its tail is kept from just before Close.</summary>
    private static byte[] RawSkiaPdf(bool pdfA, Stream target, Action? beforeClose)
    {
        var buffer = new MemoryStream();
        Stream destination = target is StreamedPdfOutput ? target : buffer;
        var metadata = new SkiaSharp.SKDocumentPdfMetadata { Title = "t", Creation = new DateTime(2025, 1, 6, 0, 0, 0, DateTimeKind.Utc), Modified = new DateTime(2025, 1, 6, 0, 0, 0, DateTimeKind.Utc), PdfA = pdfA };
        using (var sk = new SkiaSharp.SKManagedWStream(destination))
        {
            using (SkiaSharp.SKDocument document = SkiaSharp.SKDocument.CreatePdf(sk, metadata))
            {
                using var paint = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.Black };
                for (int page = 0; page < 40; page++)
                {
                    SkiaSharp.SKCanvas canvas = document.BeginPage(595, 842);
                    for (int line = 0; line < 300; line++)
                    {
                        canvas.DrawRect(40 + (page * 0.37f), 40 + (line * 2.61f), 500 - (line * 1.13f), 0.5f, paint);
                    }

                    document.EndPage();
                }

                beforeClose?.Invoke();
                (destination as StreamedPdfOutput)?.BeginTail(40);
                document.Close();
            }

            sk.Flush();
        }

        return buffer.ToArray();
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"xref\n0 (\d+)\n")]
    private static partial Regex XrefTable();
}
