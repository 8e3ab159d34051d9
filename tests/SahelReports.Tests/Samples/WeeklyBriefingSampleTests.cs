using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using NodaTime;
using NodaTime.Testing;
using SahelReports.Tests.TestSupport;
using UglyToad.PdfPig;
using WeeklyBriefing;

namespace SahelReports.Tests.Samples;

public sealed class WeeklyBriefingSampleTests
{
    private static readonly Instant s_now = Instant.FromUtc(2024, 11, 4, 8, 0);

    private static string SampleData => Path.Combine(TestPaths.RepoRoot, "samples", "data");

    private static string[] RunSample(string output) =>
        BriefingSample.Run(SampleData, output, new FakeClock(s_now), TextWriter.Null).ToArray();

    [Fact]
    public void Run_BundledData_WritesTheSeedWeekInBothLanguages()
    {
        string output = Directory.CreateTempSubdirectory("weekly-briefing-").FullName;
        try
        {
            string[] files = RunSample(output);
            Assert.Equal(
                ["sitrep-2024-W44-en.pdf", "sitrep-2024-W44-en.xlsx", "sitrep-2024-W44-en.md", "sitrep-2024-W44-fr.pdf", "sitrep-2024-W44-fr.xlsx", "sitrep-2024-W44-fr.md"],
                files.Select(Path.GetFileName));
            string en = File.ReadAllText(files[2]);
            string fr = File.ReadAllText(files[5]);

            // Independent counts straight from the CSV: one row per event id (the newest timestamp wins), ISO week 2024-W44.
            Dictionary<string, (int Events, long Fatalities)> byCountry = CountSeedWeekFromCsv(Path.Combine(SampleData, BriefingSample.IncidentFile));
            int events = byCountry.Values.Sum(v => v.Events);
            long fatalities = byCountry.Values.Sum(v => v.Fatalities);
            Assert.Contains($"- **{N(events)}** Events", en, StringComparison.Ordinal);
            Assert.Contains($"- **{N(fatalities)}** Reported fatalities", en, StringComparison.Ordinal);
            Assert.Contains($"- **{N(fatalities).Replace(",", "\u202F", StringComparison.Ordinal)}** Décès rapportés", fr, StringComparison.Ordinal);
            foreach ((string country, (int e, long f)) in byCountry)
            {
                Assert.Matches($@"\| {country} \| {N(e)} \| {N(f)} \| ", en);
            }

            Assert.Contains($"| **Total** | **{N(events)}** | **{N(fatalities)}** |", en, StringComparison.Ordinal);

            // The PDF and the workbook carry the same independently counted figures.
            using (PdfDocument pdf = PdfDocument.Open(files[0]))
            {
                string firstPage = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
                Assert.Contains(N(events), firstPage, StringComparison.Ordinal);
                Assert.Contains(N(fatalities), firstPage, StringComparison.Ordinal);
            }

            using (var workbook = new XLWorkbook(files[1]))
            {
                string[] summary = workbook.Worksheet(1).CellsUsed().Select(c => c.GetFormattedString()).ToArray();
                Assert.Contains(N(events), summary);
                Assert.Contains(N(fatalities), summary);
            }

            // The seed clash of Tougoumé (Bandiagara, 14 killed) is among the deadliest incidents of the week.
            Assert.Matches(@"\| 2024-11-03 \| Mali \| Mopti \| Tougoumé \| Battles \| [^|]+ \| 14 \|", en);
            Assert.Contains("28 octobre – 3 novembre 2024", fr, StringComparison.Ordinal);

            int highlights = en.Split("## Highlights")[1].Split("\n## ")[0].Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal));
            Assert.InRange(highlights, 3, 6);

            string again = Directory.CreateTempSubdirectory("weekly-briefing-").FullName;
            try
            {
                string[] second = RunSample(again);
                for (int i = 0; i < files.Length; i++)
                {
                    Assert.True(File.ReadAllBytes(files[i]).AsSpan().SequenceEqual(File.ReadAllBytes(second[i])), $"{Path.GetFileName(files[i])} differs between two runs with the same clock");
                }
            }
            finally
            {
                Directory.Delete(again, recursive: true);
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static Dictionary<string, (int Events, long Fatalities)> CountSeedWeekFromCsv(string path)
    {
        var newest = new Dictionary<string, (long Timestamp, string Date, long Fatalities, string Country)>(StringComparer.Ordinal);
        using CsvReader csv = CsvReader.FromFile(path);
        csv.ReadHeader();
        while (csv.Read())
        {
            string id = csv.GetString("event_id_cnty");
            long ts = long.Parse(csv.GetString("timestamp"), CultureInfo.InvariantCulture);
            if (!newest.TryGetValue(id, out var kept) || ts > kept.Timestamp)
            {
                newest[id] = (ts, csv.GetString("event_date"), long.Parse(csv.GetString("fatalities"), CultureInfo.InvariantCulture), csv.GetString("country"));
            }
        }

        return newest.Values
            .Where(r => string.CompareOrdinal(r.Date, "2024-10-28") >= 0 && string.CompareOrdinal(r.Date, "2024-11-03") <= 0)
            .GroupBy(r => r.Country, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(r => r.Fatalities)), StringComparer.Ordinal);
    }
}
