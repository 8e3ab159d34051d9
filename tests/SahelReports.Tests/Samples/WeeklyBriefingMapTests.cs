using NodaTime;
using NodaTime.Testing;
using SahelReports.Tests.TestSupport;
using UglyToad.PdfPig;
using WeeklyBriefing;

namespace SahelReports.Tests.Samples;

public sealed class WeeklyBriefingMapTests
{
    private static readonly Instant s_now = Instant.FromUtc(2024, 11, 4, 8, 0);

    [Fact]
    public void SamplePdfs_WithBothMaps_StayWithinTheSizeBudget_AndCarryTheDisclaimer()
    {
        string output = Directory.CreateTempSubdirectory("weekly-maps-").FullName;
        try
        {
            string[] files = BriefingSample.Run(Path.Combine(TestPaths.RepoRoot, "samples", "data"), output, new FakeClock(s_now), TextWriter.Null)
                .Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).ToArray();
            Assert.Equal(2, files.Length);
            foreach (string file in files)
            {
                long size = new FileInfo(file).Length;
                Assert.True(size <= 250_000, $"{Path.GetFileName(file)} is {size} bytes, over the 250 KB budget.");
                bool french = file.EndsWith("-fr.pdf", StringComparison.Ordinal);
                using PdfDocument pdf = PdfDocument.Open(file);
                string[] pages = pdf.GetPages().Select(p => Squash(p.Text)).ToArray();
                string disclaimer = Squash(french
                    ? "Les frontières et les noms indiqués et les désignations employées sur cette carte n'impliquent pas reconnaissance ou acceptation officielle de la part de l'Organisation des Nations Unies."
                    : "The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.");

                // Two maps (the week's overview on page 2, right after the key figures and highlights, and the displacement
                // map), each with its disclaimer.
                Assert.Equal(2, pages.Sum(p => Count(p, disclaimer)));
                Assert.Contains(Squash(french ? "Événements de la semaine" : "Events of the week"), pages[1], StringComparison.Ordinal);
                Assert.Contains(pages, p => p.Contains(Squash(french ? "Personnes déplacées internes par région" : "Internally displaced people by region"), StringComparison.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '\u00A0'));

    private static int Count(string text, string part)
    {
        int n = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
