using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SahelReports.Analysis;
using SahelReports.Geography;
using SahelReports.Incidents;

namespace SahelReports.Cli.Commands;

/// <summary><c>sahel-reports trend &lt;files…&gt; --area &lt;ISO3 or P-code&gt;</c>: the weekly or monthly series of an area and its
/// trend statistics.</summary>
internal static class TrendCommand
{
    public static Command Create(TextWriter output, TextWriter error, IncidentLoader loader)
    {
        Argument<string[]> files = AggregateCommandSupport.FilesArgument();
        var area = new Option<string>("--area") { Description = "The area: a country as ISO3 (MLI) or an admin area as P-code (ML05, ML0501).", Required = true };
        Option<string> period = AggregateCommandSupport.PeriodOption();
        Option<string?> from = AggregateCommandSupport.FromOption();
        Option<string?> to = AggregateCommandSupport.ToOption();
        var measure = new Option<string>("--measure") { Description = "What the statistics are computed on: events (default), fatalities or civilian_targeting_events.", DefaultValueFactory = _ => "events" };
        var json = new Option<bool>("--json") { Description = "Write JSON: series (period, events, fatalities, …), linear (slopePerPeriod, ciLow, ciHigh, pValue), mannKendall (s, z, pValue, senSlope), unusual, changes, label." };
        var command = new Command(
            "trend",
            "Print an area's series (every week or month in range, zeros included) and its trend: change vs the previous period and the same period "
            + "last year, 4-period rolling mean, least-squares slope with 95 % CI and p-value, Mann–Kendall with Sen's slope, a Poisson test of the "
            + "last period against the 8 before it, and a label (Rising, Falling, NoClearTrend, Unusual, NotEnoughData) derived from these statistics.")
        {
            files, area, period, from, to, measure, json,
        };
        command.SetAction((parse, ct) =>
        {
            if (!TryParseMeasure(parse.GetValue(measure)!, error, out TrendMeasure m)
                || !AggregateCommandSupport.TryParseCommon(parse.GetValue(period)!, parse.GetValue(from), parse.GetValue(to), error, out PeriodGranularity granularity, out NodaTime.DateInterval? interval))
            {
                return Task.FromResult(CliApp.UsageError);
            }

            string areaText = parse.GetValue(area)!;
            var options = new AggregationOptions { Granularity = granularity, Interval = interval, Area = areaText };
            try
            {
                // Checks the area's form before the (possibly long) import: an empty aggregation validates the options.
                _ = IncidentAggregator.Aggregate([], options);
            }
            catch (ArgumentException)
            {
                error.WriteLine("sahel-reports: --area must be an ISO3 country code (MLI) or a P-code (ML05); got '" + areaText + "'.");
                return Task.FromResult(CliApp.UsageError);
            }

            // A well-formed P-code of a country the built-in gazetteer covers must exist there: a typo (ML5 for ML05)
            // would otherwise print a series of zeros that reads as "no violence".
            if (PCode.TryParse(areaText, out PCode code) && !code.IsCountry && !Gazetteer.Default.TryGet(code, out _)
                && Gazetteer.Default.Areas.Any(a => a.Code.CountryAlpha2 == code.CountryAlpha2))
            {
                error.WriteLine("sahel-reports: --area '" + areaText + "' is not an admin area of the built-in gazetteer (" + Gazetteer.Default.Version + "); check the P-code.");
                return Task.FromResult(CliApp.UsageError);
            }

            IncidentSet? incidents = AggregateCommandSupport.Load(loader, parse.GetValue(files)!, error, ct);
            if (incidents is null)
            {
                return Task.FromResult(CliApp.UnreadableInput);
            }

            if (incidents.Count > 0)
            {
                // Without --from/--to the series spans the whole data set (not just the area's first and last events), so an
                // area that went quiet shows its zero weeks at the end.
                NodaTime.LocalDate dataStart = incidents.Min(i => i.Date), dataEnd = incidents.Max(i => i.Date);
                NodaTime.LocalDate start = interval is { } iv && iv.Start.Year > 1 ? iv.Start : dataStart;
                NodaTime.LocalDate end = interval is { } iv2 && iv2.End.Year < 9998 ? iv2.End : dataEnd;
                interval = end >= start ? new NodaTime.DateInterval(start, end) : interval;
                options = options with { Interval = interval };
            }

            IncidentSeries series = IncidentAggregator.Series(incidents, options);
            AggregateCommandSupport.WriteExclusions(series.Exclusions, error);
            TrendResult trend = TrendAnalysis.Analyze(series, new TrendOptions { Measure = m });
            HdxSignal? signal = null;
            if (incidents.Count > 0)
            {
                // As of the last day asked for, or of the data; the data start at their earliest event (any area).
                NodaTime.LocalDate asOf = interval?.End is { } e && e.Year < 9998 ? e : incidents.Max(i => i.Date);
                signal = HdxSignals.Evaluate(incidents, asOf, incidents.Min(i => i.Date), areaText);
            }

            if (parse.GetValue(json))
            {
                WriteJson(series, trend, m, output, signal);
            }
            else
            {
                WriteText(series, trend, m, output, signal);
            }

            return Task.FromResult(CliApp.Success);
        });
        return command;
    }

    internal static void WriteText(IncidentSeries series, TrendResult trend, TrendMeasure measure, TextWriter output, HdxSignal? signal = null)
    {
        var sb = new StringBuilder();
        sb.Append("period,events,fatalities,civilian_targeting_events,rolling_mean\n");
        for (int i = 0; i < series.Points.Count; i++)
        {
            SeriesPoint p = series.Points[i];
            sb.Append(CultureInfo.InvariantCulture, $"{p.Period}{(p.IsPartial ? "*" : "")},{p.Counts.Events},{p.Counts.Fatalities},{p.Counts.CivilianTargetingEvents},{Number(trend.RollingMean[i])}\n");
        }

        sb.Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"measure: {MeasureName(measure)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"label: {trend.Label}\n");
        if (trend.ChangeFromPrevious is { } prev)
        {
            sb.Append(CultureInfo.InvariantCulture, $"change vs previous period: {Number(prev.Change)} ({Percent(prev.PercentChange)})\n");
        }

        if (trend.ChangeFromLastYear is { } year)
        {
            sb.Append(CultureInfo.InvariantCulture, $"change vs same period last year: {Number(year.Change)} ({Percent(year.PercentChange)})\n");
        }

        if (trend.Linear is { } l)
        {
            sb.Append(CultureInfo.InvariantCulture, $"least squares: slope {Number(l.SlopePerPeriod)} per period, 95% CI [{Number(l.CiLow)}, {Number(l.CiHigh)}], p = {PValue(l.PValue)}\n");
        }

        if (trend.MannKendall is { } mk)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Mann-Kendall: S = {mk.S}, Z = {Number(mk.Z)}, p = {PValue(mk.PValue)}, Sen's slope {Number(mk.SenSlope)} per period\n");
        }

        if (trend.Unusual is { } u)
        {
            sb.Append(CultureInfo.InvariantCulture, $"last period vs previous {u.BaselinePeriods}: {Number(u.Observed)} against a mean of {Number(u.BaselineMean)}, Poisson p = {PValue(u.PValue)}{(u.IsUnusual ? " (unusual)" : "")}\n");
        }

        if (signal is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"HDX Signals rule on {signal.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}: {signal.Fatalities30Days} fatalities in 30 days; previous-year maximum {signal.MaxPreviousYear?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}, three-year maximum {signal.MaxPreviousThreeYears?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}: {signal.Level}\n");
        }

        if (trend.Label == TrendLabel.NotEnoughData)
        {
            sb.Append(CultureInfo.InvariantCulture, $"not enough data: {series.Points.Count} periods; the statistics need at least {new TrendOptions().MinimumPeriods}.\n");
        }

        if (series.Points.Any(p => p.IsPartial))
        {
            sb.Append("* partial period: only the days within --from/--to are counted.\n");
        }

        output.Write(sb);
    }

    internal static void WriteJson(IncidentSeries series, TrendResult trend, TrendMeasure measure, TextWriter output, HdxSignal? signal = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("measure", MeasureName(measure));
            json.WriteString("label", trend.Label.ToString());
            json.WriteStartArray("series");
            for (int i = 0; i < series.Points.Count; i++)
            {
                SeriesPoint p = series.Points[i];
                json.WriteStartObject();
                json.WriteString("period", p.Period.ToString());
                json.WriteNumber("events", p.Counts.Events);
                json.WriteNumber("fatalities", p.Counts.Fatalities);
                json.WriteNumber("civilianTargetingEvents", p.Counts.CivilianTargetingEvents);
                json.WriteBoolean("partial", p.IsPartial);
                WriteNullable(json, "rollingMean", trend.RollingMean[i]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteChange(json, "changeFromPrevious", trend.ChangeFromPrevious);
            WriteChange(json, "changeFromLastYear", trend.ChangeFromLastYear);
            if (trend.Linear is { } l)
            {
                json.WriteStartObject("linear");
                json.WriteNumber("slopePerPeriod", l.SlopePerPeriod);
                json.WriteNumber("intercept", l.Intercept);
                json.WriteNumber("ciLow", l.CiLow);
                json.WriteNumber("ciHigh", l.CiHigh);
                json.WriteNumber("pValue", l.PValue);
                json.WriteNumber("rSquared", l.RSquared);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("linear");
            }

            if (trend.MannKendall is { } mk)
            {
                json.WriteStartObject("mannKendall");
                json.WriteNumber("s", mk.S);
                json.WriteNumber("variance", mk.Variance);
                json.WriteNumber("z", mk.Z);
                json.WriteNumber("pValue", mk.PValue);
                json.WriteNumber("senSlope", mk.SenSlope);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("mannKendall");
            }

            if (trend.Unusual is { } u)
            {
                json.WriteStartObject("unusual");
                json.WriteNumber("observed", u.Observed);
                json.WriteNumber("baselineMean", u.BaselineMean);
                json.WriteNumber("baselinePeriods", u.BaselinePeriods);
                json.WriteNumber("pValue", u.PValue);
                json.WriteBoolean("isUnusual", u.IsUnusual);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("unusual");
            }

            if (signal is not null)
            {
                json.WriteStartObject("hdxSignal");
                json.WriteString("asOf", signal.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                json.WriteNumber("fatalities30Days", signal.Fatalities30Days);
                WriteNullable(json, "maxPreviousYear", signal.MaxPreviousYear);
                WriteNullable(json, "maxPreviousThreeYears", signal.MaxPreviousThreeYears);
                json.WriteString("level", signal.Level.ToString());
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("hdxSignal");
            }

            json.WriteStartObject("totals");
            json.WriteNumber("events", series.Totals.Events);
            json.WriteNumber("fatalities", series.Totals.Fatalities);
            json.WriteNumber("civilianTargetingEvents", series.Totals.CivilianTargetingEvents);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static bool TryParseMeasure(string text, TextWriter error, out TrendMeasure measure)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "events":
                measure = TrendMeasure.Events;
                return true;
            case "fatalities":
                measure = TrendMeasure.Fatalities;
                return true;
            case "civilian_targeting_events":
                measure = TrendMeasure.CivilianTargetingEvents;
                return true;
            default:
                error.WriteLine("sahel-reports: --measure must be events, fatalities or civilian_targeting_events; got '" + text + "'.");
                measure = default;
                return false;
        }
    }

    private static string MeasureName(TrendMeasure measure) => measure switch
    {
        TrendMeasure.Fatalities => "fatalities",
        TrendMeasure.CivilianTargetingEvents => "civilian_targeting_events",
        _ => "events",
    };

    private static void WriteChange(Utf8JsonWriter json, string name, PeriodChange? change)
    {
        if (change is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("current", change.Current);
        json.WriteNumber("previous", change.Previous);
        json.WriteNumber("change", change.Change);
        WriteNullable(json, "percentChange", change.PercentChange);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "";

    private static string PValue(double p) => p is > 0 and < 0.0001 ? p.ToString("0.##E+0", CultureInfo.InvariantCulture) : p.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Percent(double? value) => value is { } v ? v.ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture) + " %" : "from 0";
}
