using System.Text;
using SahelReports.Pdf.Internal;
using SahelReports.Reporting;
using SahelReports.Tests.Shared;

namespace SahelReports.Pdf.Tests;

public sealed class PdfAIdentifierTests
{
    // A trailer Skia wrote with its random identifier as literal strings (seen in about 1 PDF/A document in 100): octal escapes
    // for the bytes outside printable ASCII. The 16 bytes, decoded by hand: N 6 0B _ 6 R = F3 BD A W n 0E q A9 *.
    private const string LiteralTrailer = "xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 1\n/ID [(N6\\013_6R=\\363\\275AWn\\016q\\251*) (N6\\013_6R=\\363\\275AWn\\016q\\251*)]>>\nstartxref\n0\n%%EOF\n";
    private const string Hex = "4E360B5F36523DF3BD41576E0E71A92A";

    [Fact]
    public void TrailerIdInHex_RewritesALiteralIdentifier_AndLeavesTheRestAlone()
    {
        byte[] result = PdfAIdentifier.TrailerIdInHex(Encoding.Latin1.GetBytes(LiteralTrailer), Convert.FromHexString(Hex), Hex);
        Assert.Equal(LiteralTrailer[..LiteralTrailer.IndexOf("/ID", StringComparison.Ordinal)] + $"/ID [<{Hex}> <{Hex}>]>>\nstartxref\n0\n%%EOF\n", Encoding.Latin1.GetString(result));
    }

    [Fact]
    public void TrailerIdInHex_LeavesAHexIdentifierOrAnotherIdentifierUnchanged()
    {
        byte[] hex = Encoding.Latin1.GetBytes($"trailer\n<</ID [<{Hex}> <{Hex}>]>>\nstartxref\n0\n%%EOF\n");
        Assert.Same(hex, PdfAIdentifier.TrailerIdInHex(hex, Convert.FromHexString(Hex), Hex));
        byte[] literal = Encoding.Latin1.GetBytes(LiteralTrailer);
        string other = "00" + Hex[2..];
        Assert.Same(literal, PdfAIdentifier.TrailerIdInHex(literal, Convert.FromHexString(other), other));
    }

    [Fact]
    public void PdfA_ManyConcurrentRenders_GiveIdenticalBytes()
    {
        // Each render gets a fresh random identifier from Skia; about one in a hundred is written as a literal string, which
        // once gave a different document id. 120 renders on 8 threads, English and French.
        PdfReportOptions options = PdfTestSupport.Options with { PdfA = true };
        byte[] english = PdfTestSupport.Render(SampleReports.Weekly(ReportLanguage.English), options);
        byte[] french = PdfTestSupport.Render(SampleReports.Weekly(ReportLanguage.French), options);
        int differing = 0;
        Parallel.For(0, 120, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            bool fr = i % 2 == 0;
            byte[] again = PdfTestSupport.Render(SampleReports.Weekly(fr ? ReportLanguage.French : ReportLanguage.English), options);
            if (!again.AsSpan().SequenceEqual(fr ? french : english))
            {
                Interlocked.Increment(ref differing);
            }
        });
        Assert.Equal(0, differing);
    }
}
