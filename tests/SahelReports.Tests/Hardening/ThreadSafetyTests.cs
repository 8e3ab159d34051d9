using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using SahelReports.Analysis;
using SahelReports.Cli.Commands;
using SahelReports.Displacement;
using SahelReports.Geography;
using SahelReports.Import;
using SahelReports.Import.Displacement;
using SahelReports.Incidents;
using SahelReports.Reporting;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Hardening;

/// <summary>
/// Issue 9 item 6: importers, analysis and renderers used from several threads at once, each on different inputs,
/// give exactly the single-threaded results (no shared mutable state in caches, gazetteer look-ups or resources).
/// </summary>
public sealed class ThreadSafetyTests
{
    private static readonly ParallelOptions s_eight = new() { MaxDegreeOfParallelism = 8 };

    private static readonly string[] s_acledFixtures =
        ["current.csv", "bad-rows.csv", "api-2019.csv", "monadic.csv", "pre-2019.csv", "v6-2016.csv", "excel-resaved.csv", "utf16.csv", "json-api.json", "malformed-quoting.csv"];

    /// <summary>Runs <paramref name="work"/> for every input single-threaded, then 3 times each from 8 workers at once, and compares.</summary>
    private static void SameInParallel<TIn>(IReadOnlyList<TIn> inputs, Func<TIn, string> work)
    {
        string[] expected = inputs.Select(work).ToArray();
        var actual = new ConcurrentBag<(int Index, string Result)>();
        Parallel.For(0, inputs.Count * 3, s_eight, i =>
        {
            int index = i % inputs.Count;
            actual.Add((index, work(inputs[index])));
        });
        Assert.Equal(inputs.Count * 3, actual.Count);
        foreach ((int index, string result) in actual)
        {
            Assert.Equal(expected[index], result);
        }
    }

    private static string Fingerprint(ImportResult<IncidentSet> result)
    {
        var sb = new StringBuilder(result.Report.ToString());
        foreach (ConflictIncident i in result.Data.OrderBy(i => i.Id, StringComparer.Ordinal))
        {
            IncidentLocation l = i.Location;
            sb.Append(CultureInfo.InvariantCulture, $"{i.Id}|{i.Date:uuuu-MM-dd}|{i.EventType}|{i.SubEventType}|{i.Fatalities}|{l.CountryAlpha3}|{l.Admin1Code}|{l.Admin2Code}|{l.Latitude:R}|{l.Longitude:R}|{i.Actor1.Name}|{i.Notes}|{i.Revisions}\n");
        }

        return sb.ToString();
    }

    [Fact]
    public void AcledImporter_ManyFilesAtOnce_EqualsOneAtATime()
    {
        string[] inputs = [.. s_acledFixtures.Select(f => TestPaths.Fixture("acled", f)), Path.Combine(SamplePipeline.DataDirectory, "acled-sahel-synthetic.csv")];
        SameInParallel(inputs, path => Fingerprint(AcledImporter.Import(path)));
    }

    [Fact]
    public void AcledImporter_HostileInputsAtOnce_EqualsOneAtATime()
    {
        string[] texts =
        [
            HostileCorpus.Csv(HostileCorpus.Row(("admin1", "Boucle du\0 Mouhoun")), HostileCorpus.Row("BFO2", ("fatalities", "-1"))),
            HostileCorpus.Csv(HostileCorpus.Row(("latitude", "0"), ("longitude", "0")), HostileCorpus.Row("BFO2", ("event_date", "03/04/2023"), ("year", "2023"))),
            HostileCorpus.Csv(HostileCorpus.Row("NIR1", ("iso", "562"), ("country", "Niger"), ("admin1", "Tillabe\u0301ri"), ("admin2", ""), ("admin3", ""), ("latitude", "14.2"), ("longitude", "1.45"))),
            HostileCorpus.Csv(HostileCorpus.Row(), HostileCorpus.Row(("fatalities", "80"))),
        ];
        SameInParallel(texts, t => Fingerprint(AcledImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(t)), "t.csv")));
    }

    [Fact]
    public void DisplacementImporter_ManyFilesAtOnce_EqualsOneAtATime()
    {
        string[] inputs = Directory.GetFiles(TestPaths.Fixture("displacement")).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(inputs.Length >= 10);
        SameInParallel(inputs, path =>
        {
            ImportResult<DisplacementSet> r = DisplacementImporter.ImportFile(path);
            return r.Report + string.Join("\n", r.Data.Select(f => $"{f.Area.Key}|{f.Group}|{f.Source}|{f.AssessmentType}|{f.ReportingDate:uuuu-MM-dd}|{f.Round}|{f.Individuals}"));
        });
    }

    [Fact]
    public void GazetteerAndAnalysis_AtOnce_EqualsOneAtATime()
    {
        IncidentSet incidents = SamplePipeline.ImportIncidents().Data;
        AggregateDimension[][] dimensions =
        [
            [AggregateDimension.Country], [AggregateDimension.Admin1], [AggregateDimension.Admin2, AggregateDimension.EventType],
            [AggregateDimension.Actor], [AggregateDimension.TargetType, AggregateDimension.CivilianTargeting],
        ];
        SameInParallel(dimensions, d =>
        {
            using var w = new StringWriter(CultureInfo.InvariantCulture);
            AggregateCommand.WriteCsv(IncidentAggregator.Aggregate(incidents, d), w);
            return w.ToString();
        });

        (string Country, string? A1, string? A2)[] places =
        [
            ("BFA", "Boucle du Mouhoun", "Mouhoun"), ("MLI", "Mopti", "Bandiagara"), ("NER", "Tillabéri", "Tillabéri"), ("MLI", "Segou", null),
            ("BFA", "Sahel", "Soum"), ("NER", "Tahoua", null), ("MLI", "Tombouctou", "Goundam"), ("BFA", "Atlantide", null),
        ];
        SameInParallel(places, p =>
        {
            PlaceResolution r = Gazetteer.Default.Resolve(p.Country, p.A1, p.A2);
            return $"{r.Admin1.Status}|{r.Admin1.Area?.Code}|{r.Admin2.Status}|{r.Admin2.Area?.Code}";
        });
    }

    [Fact]
    public void WeeklyBuilderAndRenderers_AtOnce_EqualsOneAtATime()
    {
        IncidentSet incidents = SamplePipeline.ImportIncidents().Data;
        DisplacementSet displacement = SamplePipeline.ImportDisplacement().Data;
        SituationReport arabic = HostileCorpus.MiniReport(("Areas", [
            new TableBlock("Areas", [new TableColumn("Name"), new TableColumn("Events", ColumnKind.Integer, Sum: true)], [["تمبكتو", 3L], ["Tillabéri", 1L], ["=1+1", 2L]], totalsLabel: "Total"),
            new ParagraphBlock("Tombouctou (تمبكتو) \u2713 \u2212 done."),
        ]));
        Func<SituationReport>[] reports =
        [
            () => SamplePipeline.Build(incidents, displacement, ReportLanguage.English, HostileCorpus.Clock),
            () => SamplePipeline.Build(incidents, displacement, ReportLanguage.French, HostileCorpus.Clock),
            () => arabic,
        ];
        SameInParallel(reports, build =>
        {
            (byte[] md, byte[] pdf, byte[] xlsx) = SamplePipeline.Render(build(), HostileCorpus.Clock);
            return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData([.. md, .. pdf, .. xlsx]));
        });
    }
}
