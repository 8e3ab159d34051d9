using System.CommandLine;
using System.Text.Json;
using NodaTime;
using SahelReports.Cli;
using SahelReports.Cli.Commands;
using SahelReports.Import;
using SahelReports.Incidents;

namespace SahelReports.Tests.Analysis;

/// <summary>The <c>aggregate</c> and <c>trend</c> commands, run in-process on synthetic incidents (an in-memory loader stands in
/// for the ACLED importer).</summary>
public sealed class AnalysisCommandsTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(IReadOnlyList<ConflictIncident> incidents, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        IncidentLoader loader = (paths, _) => new ImportResult<IncidentSet>(
            new IncidentSet(incidents),
            new ImportReport([new FileImportSummary(paths[0], "acled-current", incidents.Count, incidents.Count, 0, 0)], []));
        var root = new RootCommand { AggregateCommand.Create(output, error, loader), TrendCommand.Create(output, error, loader) };
        int exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Aggregate_SeedWeekByCountryAdmin1Period_CsvSortedWithHandCounts()
    {
        (int exit, string csv, _) = await RunAsync(IncidentFixtures.SeedWeek(), "aggregate", "seed.csv", "--by", "country,admin1,period");
        Assert.Equal(CliApp.Success, exit);
        Assert.Equal(
            "country,admin1,period,events,fatalities,civilian_targeting_events\n"
            + "BFA,BF46,2024-W44,1,8,0\n"
            + "MLI,ML05,2024-W44,4,14,1\n"
            + "NER,NE006,2024-W44,1,1,0\n",
            csv);
    }

    [Fact]
    public async Task Aggregate_Month_JsonTotalsAndExclusions()
    {
        ConflictIncident[] incidents = [.. IncidentFixtures.SeedWeek(), IncidentFixtures.Make("late", new LocalDate(2024, 12, 5), fatalities: 3)];
        (int exit, string json, string error) = await RunAsync(incidents, "aggregate", "a.csv", "--by", "period,event_type", "--period", "month", "--to", "2024-11-30", "--format", "json");
        Assert.Equal(CliApp.Success, exit);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement rows = doc.RootElement.GetProperty("rows");
        Assert.Equal(["2024-11|Battles|3", "2024-11|Explosions/Remote violence|1", "2024-11|Strategic developments|1", "2024-11|Violence against civilians|1"],
            rows.EnumerateArray().Select(r => r.GetProperty("period").GetString() + "|" + r.GetProperty("event_type").GetString() + "|" + r.GetProperty("events").GetInt32()));
        Assert.Equal(23, doc.RootElement.GetProperty("totals").GetProperty("fatalities").GetInt64());
        Assert.Equal(1, doc.RootElement.GetProperty("excluded").GetProperty("outside_dates").GetInt32());
        Assert.Contains("1 events outside the dates", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--by", "country,nonsense")]
    [InlineData("--by", "country,country")]
    [InlineData("--format", "xml")]
    [InlineData("--from", "03/11/2024")]
    public async Task Aggregate_BadOption_UsageError(string option, string value)
    {
        string[] args = option == "--by" ? ["aggregate", "a.csv", option, value] : ["aggregate", "a.csv", "--by", "country", option, value];
        (int exit, string output, string error) = await RunAsync(IncidentFixtures.SeedWeek(), args);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Empty(output);
        Assert.StartsWith("sahel-reports: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trend_RisingWeeklySeries_JsonHasStatisticsAndZeroWeeks()
    {
        // Weekly event counts 3,5,4,7,8,7,10,12 in Mopti from 2024-W30, plus a Burkina Faso event that is outside the area.
        int[] counts = [3, 5, 4, 7, 8, 7, 10, 12];
        var incidents = new List<ConflictIncident>();
        LocalDate monday = new(2024, 7, 22);
        for (int w = 0; w < counts.Length; w++)
        {
            for (int e = 0; e < counts[w]; e++)
            {
                incidents.Add(IncidentFixtures.Make($"w{w}e{e}", monday.PlusWeeks(w).PlusDays(e % 7), fatalities: 1));
            }
        }

        incidents.Add(IncidentFixtures.Make("bfa", monday, country: "BFA", admin1Code: "BF46"));
        (int exit, string json, _) = await RunAsync(incidents, "trend", "a.csv", "--area", "ML05", "--from", "2024-07-22", "--to", "2024-09-22", "--json");
        Assert.Equal(CliApp.Success, exit);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;
        Assert.Equal(["2024-W30", "2024-W31", "2024-W32", "2024-W33", "2024-W34", "2024-W35", "2024-W36", "2024-W37", "2024-W38"],
            root.GetProperty("series").EnumerateArray().Select(p => p.GetProperty("period").GetString()));
        Assert.Equal([3, 5, 4, 7, 8, 7, 10, 12, 0], root.GetProperty("series").EnumerateArray().Select(p => p.GetProperty("events").GetInt32()));
        Assert.True(root.GetProperty("linear").GetProperty("slopePerPeriod").GetDouble() > 0);
        Assert.True(root.GetProperty("mannKendall").GetProperty("s").GetInt64() > 0);
        Assert.Equal("NoClearTrend", root.GetProperty("label").GetString());

        // Two months of data: too short for the HDX Signals rule's one-year look-back.
        Assert.Equal("NotEnoughData", root.GetProperty("hdxSignal").GetProperty("level").GetString());
        Assert.Equal("2024-09-22", root.GetProperty("hdxSignal").GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Trend_ShortSeries_TextSaysNotEnoughData()
    {
        (int exit, string text, _) = await RunAsync(IncidentFixtures.SeedWeek(), "trend", "a.csv", "--area", "MLI");
        Assert.Equal(CliApp.Success, exit);
        Assert.Contains("label: NotEnoughData", text, StringComparison.Ordinal);
        // The data run from Friday 1 to Sunday 3 November: the week is partial, and marked so.
        Assert.StartsWith("period,events,fatalities,civilian_targeting_events,rolling_mean\n2024-W44*,4,14,1,\n", text, StringComparison.Ordinal);
        Assert.Contains("* partial period", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aggregate", "--by")]
    [InlineData("trend", "--area")]
    public async Task Help_DocumentsOptions(string command, string option)
    {
        (int exit, string help, _) = await RunAsync(IncidentFixtures.SeedWeek(), command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains(option, help, StringComparison.Ordinal);
        Assert.Contains("--period", help, StringComparison.Ordinal);
        Assert.Contains("--from", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trend_AreaThatWentQuiet_SeriesRunsToTheEndOfTheData()
    {
        ConflictIncident[] incidents =
        [
            IncidentFixtures.Make("m1", new LocalDate(2024, 10, 7)),
            IncidentFixtures.Make("m2", new LocalDate(2024, 10, 14)),
            IncidentFixtures.Make("b1", new LocalDate(2024, 10, 7), country: "BFA", admin1Code: "BF46"),
            IncidentFixtures.Make("b2", new LocalDate(2024, 11, 3), country: "BFA", admin1Code: "BF46"),
        ];
        (int exit, string json, _) = await RunAsync(incidents, "trend", "a.csv", "--area", "MLI", "--json");
        Assert.Equal(CliApp.Success, exit);
        using JsonDocument doc = JsonDocument.Parse(json);
        Assert.Equal([1, 1, 0, 0], doc.RootElement.GetProperty("series").EnumerateArray().Select(p => p.GetProperty("events").GetInt32()));
    }

    [Fact]
    public async Task Trend_BadArea_UsageError()
    {
        (int exit, _, string error) = await RunAsync(IncidentFixtures.SeedWeek(), "trend", "a.csv", "--area", "Mopti");
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("--area", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ML5")]
    [InlineData("ML0599")]
    [InlineData("NE099")]
    public async Task Trend_UnknownPCodeOfACoveredCountry_UsageErrorNotASeriesOfZeros(string area)
    {
        (int exit, string output, string error) = await RunAsync(IncidentFixtures.SeedWeek(), "trend", "a.csv", "--area", area);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("not an admin area of the built-in gazetteer", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }
}
