using System.Globalization;
using CsvHelper;
using NodaTime;
using NodaTime.Testing;
using SahelReports.Tests.TestSupport;
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
            Assert.Equal(["sitrep-2024-W44-en.md", "sitrep-2024-W44-fr.md"], files.Select(Path.GetFileName));
            string en = File.ReadAllText(files[0]);
            string fr = File.ReadAllText(files[1]);

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

            // The seed clash of Tougoumé (Bandiagara, 14 killed) is among the deadliest incidents of the week.
            Assert.Matches(@"\| 2024-11-03 \| Mali \| Mopti \| Tougoumé \| Battles \| [^|]+ \| 14 \|", en);
            Assert.Contains("28 octobre – 3 novembre 2024", fr, StringComparison.Ordinal);

            int highlights = en.Split("## Highlights")[1].Split("\n## ")[0].Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal));
            Assert.InRange(highlights, 3, 6);

            string again = Directory.CreateTempSubdirectory("weekly-briefing-").FullName;
            try
            {
                string[] second = RunSample(again);
                Assert.Equal(File.ReadAllBytes(files[0]), File.ReadAllBytes(second[0]));
                Assert.Equal(File.ReadAllBytes(files[1]), File.ReadAllBytes(second[1]));
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
