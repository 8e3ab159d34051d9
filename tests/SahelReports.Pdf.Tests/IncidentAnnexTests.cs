using System.Globalization;
using NodaTime;
using SahelReports.Incidents;
using SahelReports.Reporting;
using SahelReports.Tests.Shared;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using static SahelReports.Pdf.Tests.PdfTestSupport;

namespace SahelReports.Pdf.Tests;

/// <summary>The streamed incident annex (<see cref="IncidentAnnexPdfExtensions"/>), read back with PdfPig.</summary>
public sealed class IncidentAnnexTests
{
    /// <summary>Synthetic incidents (not ACLED rows): ids SYN-00001…, fatalities i mod 7, dates cycling over ten days.</summary>
    private static ConflictIncident[] Incidents(int count) => Enumerable.Range(1, count).Select(i => new ConflictIncident
    {
        Id = "SYN-" + i.ToString("D5", CultureInfo.InvariantCulture),
        Date = new LocalDate(2024, 10, 21).PlusDays(i % 10),
        TimePrecision = TimePrecision.Day,
        DisorderType = DisorderType.PoliticalViolence,
        EventType = EventType.Battles,
        SubEventType = SubEventType.ArmedClash,
        Actor1 = new Actor("Synthetic group", null),
        Location = new IncidentLocation { CountryAlpha3 = "MLI", Admin1 = "Mopti", Name = "Site " + (i % 13).ToString(CultureInfo.InvariantCulture), Latitude = 14.35, Longitude = -3.61, GeoPrecision = GeoPrecision.Exact },
        Fatalities = i % 7,
    }).ToArray();

    private static byte[] RenderAnnex(IEnumerable<ConflictIncident> incidents, ReportLanguage language)
    {
        using var stream = new MemoryStream();
        SampleReports.Weekly(language).WritePdfWithIncidentAnnex(incidents, stream, Options);
        return stream.ToArray();
    }

    [Fact]
    public void Annex_HasEveryIncidentOnce_HeaderOnEveryAnnexPage_PageXOfY_AndTheTotal()
    {
        byte[] pdf = RenderAnnex(Incidents(500), ReportLanguage.English);
        using PdfDocument document = PdfDocument.Open(pdf);
        var pageOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var annexPages = new SortedSet<int>();
        foreach (Page page in document.GetPages())
        {
            foreach (string w in page.GetWords().Select(w => w.Text).Where(w => w.StartsWith("SYN-", StringComparison.Ordinal)))
            {
                Assert.True(pageOfId.TryAdd(w, page.Number), $"{w} appears twice");
                annexPages.Add(page.Number);
            }

            Assert.Contains(Squash($"Page {page.Number} of {document.NumberOfPages}"), Squash(page.Text), StringComparison.Ordinal);
        }

        Assert.Equal(500, pageOfId.Count);
        Assert.True(annexPages.Count >= 5, "500 rows span several pages");
        Assert.Equal(annexPages.Max, document.NumberOfPages);
        foreach (int number in annexPages)
        {
            string text = Squash(document.GetPage(number).Text);
            Assert.Contains("Eventid", text, StringComparison.Ordinal);
            Assert.Contains("Fatalities", text, StringComparison.Ordinal);
        }

        // Rows in the order given: ids increase page by page.
        Assert.Equal(pageOfId.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value), pageOfId.Values.Order());

        // Hand count: 500 = 71 × 7 + 3, each cycle of i mod 7 sums to 21, the rest 1 + 2 + 3: 71 × 21 + 6 = 1,497.
        string last = Squash(document.GetPage(document.NumberOfPages).Text);
        Assert.Contains("Total", last, StringComparison.Ordinal);
        Assert.Contains("1,497", last, StringComparison.Ordinal);
    }

    [Fact]
    public void Annex_AllocatesLittlePerRow()
    {
        // The 100,000-row annex's peak memory followed its allocations (~2.6 KB a row until branch annex3: the GC lets the
        // heap grow by tens of MB before collecting). Measured as the difference between a 6,000- and a 10,000-row annex written
        // to Stream.Null (the output's own bytes are the caller's), so that the report, the per-document costs and the bounded
        // cell caches (full after 5,000 distinct event ids) cancel out; what is left per row is the page lists and the
        // per-page running header and footer, about 60 bytes a row.
        ConflictIncident[] small = Incidents(6_000);
        ConflictIncident[] large = Incidents(10_000);
        SituationReport report = SampleReports.Weekly(ReportLanguage.English);
        long Allocated(ConflictIncident[] incidents)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            report.WritePdfWithIncidentAnnex(incidents, Stream.Null, Options);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        _ = Allocated(small);
        _ = Allocated(large);
        double perRow = (Allocated(large) - Allocated(small)) / 4_000.0;
        Assert.True(perRow < 200, string.Create(CultureInfo.InvariantCulture, $"the annex allocated {perRow:F0} bytes per row"));
    }

    [Fact]
    public void AnnexPage_BodyTextIsOneTextObject_WithOneMovePerCell()
    {
        // A full annex page holds ~44 rows of 6 cells. Drawn one text object per cell it had ~290 BT operators; the body is now
        // one text object with one Td per cell (a glyph whose position Skia does not accept as the sum of the advances would
        // add a Td per glyph, about 8 per cell).
        byte[] pdf = RenderAnnex(Incidents(500), ReportLanguage.English);
        using PdfDocument document = PdfDocument.Open(pdf);
        Page page = document.GetPage(document.NumberOfPages - 1);
        int rows = page.GetWords().Count(w => w.Text.StartsWith("SYN-", StringComparison.Ordinal));
        Assert.True(rows > 30, $"{rows} rows on a full annex page");
        int textObjects = page.Operations.Count(o => o is UglyToad.PdfPig.Graphics.Operations.TextObjects.BeginText);
        int moves = page.Operations.Count(o => o is UglyToad.PdfPig.Graphics.Operations.TextPositioning.MoveToNextLineWithOffset);
        // The header row and the running header and footer are still drawn a word at a time (about 30 text objects).
        Assert.True(textObjects < rows, $"{textObjects} text objects on a page of {rows} rows");
        // One Td per fragment: 7 per row, as the location ("Site 7") is two words, each a fragment.
        Assert.InRange(moves, 7 * rows, (7 * rows) + 12);
    }

    [Fact]
    public void Annex_FromAnIncidentSet_InFrench_IsDeterministic()
    {
        var set = new IncidentSet(Incidents(120));
        byte[] a = RenderAnnex(set, ReportLanguage.French);
        byte[] b = RenderAnnex(set, ReportLanguage.French);
        Assert.Equal(a, b);
        using PdfDocument document = PdfDocument.Open(a);
        int rows = document.GetPages().Sum(p => p.GetWords().Count(w => w.Text.StartsWith("SYN-", StringComparison.Ordinal)));
        Assert.Equal(120, rows);
        Assert.Contains("Identifiant", document.GetPage(document.NumberOfPages).Text, StringComparison.Ordinal);
        Assert.Contains(Squash($"Page {document.NumberOfPages} sur {document.NumberOfPages}"), Squash(document.GetPage(document.NumberOfPages).Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Annex_WhoseSourceChangesBetweenEnumerations_Throws()
    {
        ConflictIncident[] all = Incidents(50);
        int calls = 0;
        IEnumerable<ConflictIncident> Shrinking()
        {
            int take = 50 - calls++;
            foreach (ConflictIncident i in all.Take(take))
            {
                yield return i;
            }
        }

        Assert.Throws<InvalidOperationException>(() => RenderAnnex(Shrinking(), ReportLanguage.English));
    }

    [Fact]
    public void Annex_NullArguments_Throw()
    {
        SituationReport report = SampleReports.Weekly(ReportLanguage.English);
        Assert.Throws<ArgumentNullException>(() => report.WritePdfWithIncidentAnnex(null!, new MemoryStream(), Options));
        Assert.Throws<ArgumentNullException>(() => report.WritePdfWithIncidentAnnex(Incidents(1), (Stream)null!, Options));
    }
}
