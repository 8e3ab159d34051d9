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

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"xref\n0 (\d+)\n")]
    private static partial Regex XrefTable();
}
