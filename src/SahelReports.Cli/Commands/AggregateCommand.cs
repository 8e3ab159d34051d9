using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SahelReports.Analysis;
using SahelReports.Incidents;

namespace SahelReports.Cli.Commands;

/// <summary><c>sahel-reports aggregate &lt;files…&gt; --by &lt;dims&gt;</c>: counts events, fatalities and civilian-targeting events
/// by any combination of dimensions, as CSV or JSON.</summary>
internal static class AggregateCommand
{
    public static Command Create(TextWriter output, TextWriter error, IncidentLoader loader)
    {
        Argument<string[]> files = AggregateCommandSupport.FilesArgument();
        var by = new Option<string>("--by")
        {
            Description = "Comma-separated dimensions, in output order: " + string.Join(",", AggregateCommandSupport.DimensionNames.Select(d => d.Name)) + ".",
            Required = true,
        };
        Option<string> period = AggregateCommandSupport.PeriodOption();
        Option<string?> from = AggregateCommandSupport.FromOption();
        Option<string?> to = AggregateCommandSupport.ToOption();
        var format = new Option<string>("--format") { Description = "Output format: csv (default) or json.", DefaultValueFactory = _ => "csv" };
        var command = new Command(
            "aggregate",
            "Count events, fatalities and civilian-targeting events by dimensions. CSV: one header row with the dimensions in the order given "
            + "(country as ISO3, admin1/admin2 as P-codes where resolved, period as 2024-W44 or 2024-11), then events,fatalities,civilian_targeting_events; "
            + "rows sorted by the dimensions. Row totals always equal the overall totals; events left out by --from/--to are counted on standard error.")
        {
            files, by, period, from, to, format,
        };
        command.SetAction((parse, ct) =>
        {
            string fmt = parse.GetValue(format)!.Trim().ToLowerInvariant();
            if (fmt is not ("csv" or "json"))
            {
                error.WriteLine("sahel-reports: --format must be 'csv' or 'json'; got '" + fmt + "'.");
                return Task.FromResult(CliApp.UsageError);
            }

            if (!TryParseDimensions(parse.GetValue(by)!, error, out AggregateDimension[] dims)
                || !AggregateCommandSupport.TryParseCommon(parse.GetValue(period)!, parse.GetValue(from), parse.GetValue(to), error, out PeriodGranularity granularity, out NodaTime.DateInterval? interval))
            {
                return Task.FromResult(CliApp.UsageError);
            }

            IncidentSet? incidents = AggregateCommandSupport.Load(loader, parse.GetValue(files)!, error, ct);
            if (incidents is null)
            {
                return Task.FromResult(CliApp.UnreadableInput);
            }

            IncidentAggregate aggregate = IncidentAggregator.Aggregate(incidents, new AggregationOptions { Dimensions = dims, Granularity = granularity, Interval = interval });
            AggregateCommandSupport.WriteExclusions(aggregate.Exclusions, error);
            if (fmt == "csv")
            {
                WriteCsv(aggregate, output);
            }
            else
            {
                WriteJson(aggregate, output);
            }

            return Task.FromResult(CliApp.Success);
        });
        return command;
    }

    internal static bool TryParseDimensions(string text, TextWriter error, out AggregateDimension[] dimensions)
    {
        var list = new List<AggregateDimension>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int i = IndexOf(part);
            if (i < 0)
            {
                error.WriteLine("sahel-reports: unknown dimension '" + part + "' in --by; use " + string.Join(",", AggregateCommandSupport.DimensionNames.Select(d => d.Name)) + ".");
                dimensions = [];
                return false;
            }

            AggregateDimension d = AggregateCommandSupport.DimensionNames[i].Dimension;
            if (list.Contains(d))
            {
                error.WriteLine("sahel-reports: dimension '" + part + "' is given twice in --by.");
                dimensions = [];
                return false;
            }

            list.Add(d);
        }

        if (list.Count == 0)
        {
            error.WriteLine("sahel-reports: --by needs at least one dimension.");
            dimensions = [];
            return false;
        }

        dimensions = [.. list];
        return true;
    }

    internal static string NameOf(AggregateDimension dimension) =>
        AggregateCommandSupport.DimensionNames.First(d => d.Dimension == dimension).Name;

    internal static void WriteCsv(IncidentAggregate aggregate, TextWriter output)
    {
        var line = new StringBuilder();
        foreach (AggregateDimension d in aggregate.Dimensions)
        {
            line.Append(NameOf(d)).Append(',');
        }

        line.Append("events,fatalities,civilian_targeting_events");
        output.Write(line.Append('\n'));
        foreach (AggregateRow row in aggregate.Rows)
        {
            line.Clear();
            foreach (AggregateDimension d in aggregate.Dimensions)
            {
                line.Append(AggregateCommandSupport.CsvField(row.GetText(d))).Append(',');
            }

            line.Append(CultureInfo.InvariantCulture, $"{row.Events},{row.Fatalities},{row.CivilianTargetingEvents}\n");
            output.Write(line);
        }
    }

    internal static void WriteJson(IncidentAggregate aggregate, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("dimensions");
            foreach (AggregateDimension d in aggregate.Dimensions)
            {
                json.WriteStringValue(NameOf(d));
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (AggregateRow row in aggregate.Rows)
            {
                json.WriteStartObject();
                foreach (AggregateDimension d in aggregate.Dimensions)
                {
                    json.WriteString(NameOf(d), row.GetText(d));
                }

                WriteCounts(json, row.Counts);
                json.WriteNumber("event_share", row.EventShare);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("totals");
            WriteCounts(json, aggregate.Totals);
            json.WriteEndObject();
            json.WriteNumber("incidents_read", aggregate.IncidentsRead);
            json.WriteStartObject("excluded");
            json.WriteNumber("outside_dates", aggregate.Exclusions.OutsideInterval);
            json.WriteNumber("outside_area", aggregate.Exclusions.OutsideArea);
            json.WriteNumber("imprecise_time", aggregate.Exclusions.ImpreciseTime);
            json.WriteNumber("imprecise_location", aggregate.Exclusions.ImpreciseLocation);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteCounts(Utf8JsonWriter json, AggregateCounts counts)
    {
        json.WriteNumber("events", counts.Events);
        json.WriteNumber("fatalities", counts.Fatalities);
        json.WriteNumber("civilian_targeting_events", counts.CivilianTargetingEvents);
    }

    private static int IndexOf(string name)
    {
        for (int i = 0; i < AggregateCommandSupport.DimensionNames.Count; i++)
        {
            if (string.Equals(AggregateCommandSupport.DimensionNames[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
