using System.Globalization;
using System.Text;
using SahelReports.Analysis;
using SahelReports.Cli;
using SahelReports.Import;
using SahelReports.Incidents;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Analysis;

/// <summary>The whole path on the bundled synthetic sample (samples/data, written by us): ACLED import, then analysis and the
/// CLI, checked against a naive independent reading of the same CSV.</summary>
public sealed class SampleDataAnalysisTests
{
    private static string SamplePath => Path.Combine(TestPaths.RepoRoot, "samples", "data", "acled-sahel-synthetic.csv");

    [Fact]
    public async Task AggregateCommand_SampleByCountryAndWeek_MatchesNaiveCount()
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit = await CliApp.RunAsync(["aggregate", SamplePath, "--by", "country,period"], output, error, TestContext.Current.CancellationToken);
        Assert.Equal(CliApp.Success, exit);

        // Independent: split the CSV by hand, take the ISO week from the BCL, sum by (country, week).
        var expected = new SortedDictionary<string, (int Events, long Fatalities)>(StringComparer.Ordinal);
        string[] lines = File.ReadAllLines(SamplePath, Encoding.UTF8);
        string[] header = TestCsv.SplitLine(lines[0]);
        int date = Array.IndexOf(header, "event_date"), iso = Array.IndexOf(header, "iso"), fat = Array.IndexOf(header, "fatalities");
        foreach (string line in lines.Skip(1).Where(l => l.Length > 0))
        {
            string[] f = TestCsv.SplitLine(line);
            DateTime d = DateTime.ParseExact(f[date], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            string country = f[iso] switch { "466" => "MLI", "854" => "BFA", "562" => "NER", _ => "other:" + f[iso] };
            string key = country + "," + ISOWeek.GetYear(d).ToString("D4", CultureInfo.InvariantCulture) + "-W" + ISOWeek.GetWeekOfYear(d).ToString("D2", CultureInfo.InvariantCulture);
            (int e, long x) = expected.GetValueOrDefault(key);
            expected[key] = (e + 1, x + long.Parse(f[fat], CultureInfo.InvariantCulture));
        }

        string[] rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("country,period,events,fatalities,civilian_targeting_events", rows[0]);
        var actual = rows.Skip(1).Select(r => r.Split(','))
            .Where(c => c[0] is "MLI" or "BFA" or "NER")
            .Select(c => new KeyValuePair<string, (int, long)>(c[0] + "," + c[1], (int.Parse(c[2], CultureInfo.InvariantCulture), long.Parse(c[3], CultureInfo.InvariantCulture))))
            .OrderBy(p => p.Key, StringComparer.Ordinal);
        Assert.Equal(expected.Where(p => !p.Key.StartsWith("other:", StringComparison.Ordinal)), actual);
    }

    [Fact]
    public async Task RootHelp_ListsAggregateAndTrend()
    {
        var output = new StringWriter();
        int exit = await CliApp.RunAsync(["--help"], output, new StringWriter(), TestContext.Current.CancellationToken);
        Assert.Equal(0, exit);
        Assert.Contains("aggregate", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("trend", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AggregateCommand_MissingFile_UnreadableInput()
    {
        var error = new StringWriter();
        int exit = await CliApp.RunAsync(["aggregate", Path.Combine(TestPaths.RepoRoot, "no-such-file.csv"), "--by", "country"], new StringWriter(), error, TestContext.Current.CancellationToken);
        Assert.Equal(CliApp.UnreadableInput, exit);
        Assert.Contains("no-such-file.csv", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SeedWeek_FromSampleFile_BandiagaraKariAndLocalDefenceShare()
    {
        ImportResult<IncidentSet> imported = AcledImporter.Import(SamplePath, cancellationToken: TestContext.Current.CancellationToken);
        Assert.False(imported.HasErrors);
        var index = IncidentIndex.Create(imported.Data);
        var seedDays = new NodaTime.DateInterval(new NodaTime.LocalDate(2024, 11, 2), new NodaTime.LocalDate(2024, 11, 3));
        IncidentAggregate a = IncidentAggregator.Aggregate(index, new AggregationOptions
        {
            Dimensions = [AggregateDimension.Admin2, AggregateDimension.TargetType],
            Interval = seedDays,
        });

        // The hand-written seed events (samples/data/README.md): 14 killed against Dan Na Ambassagou in Bandiagara (ML0501),
        // 8 VDP killed at Kari (Mouhoun, BF4604).
        AggregateRow bandiagara = a.Rows.Single(r => r.Admin2Code?.Value == "ML0501" && r.TargetType == TargetType.LocalDefenceForces);
        Assert.Equal(14, bandiagara.Fatalities);
        AggregateRow kari = a.Rows.Single(r => r.Admin2Code?.Value == "BF4604" && r.TargetType == TargetType.LocalDefenceForces);
        Assert.Equal(8, kari.Fatalities);

        TargetShare share = ConflictPatterns.LocalDefenceShare(index, ReportingPeriod.ForWeek(new IsoWeek(2024, 44)));
        Assert.InRange(share.Targeted.Events, 2, share.Attacks.Events);
        Assert.Equal((double)share.Targeted.Events / share.Attacks.Events, share.EventShare, 12);
        Assert.True(share.Targeted.Fatalities >= 22);
    }
}
