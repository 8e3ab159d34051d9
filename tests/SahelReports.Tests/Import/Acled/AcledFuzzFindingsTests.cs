using System.Text;
using SahelReports.Import;
using SahelReports.Incidents;

namespace SahelReports.Tests.Import.Acled;

/// <summary>Crashes the fuzzer (tests/SahelReports.Fuzz, docs/fuzzing.md) found in the ACLED importer, each reduced to a
/// small synthetic input: bad data must become a rejected row or a fatal issue, never an exception.</summary>
public sealed class AcledFuzzFindingsTests
{
    private const string Header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    private static string CsvRow(string id, string date) =>
        $"{id},{date},2024,1,Political violence,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,,2,Military Forces of Mali (2021-),,1,12,,466,Western Africa,Mali,Mopti,Bandiagara,,Bandiagara,14.35,-3.61,1,Synthetic,National,,2,,1731024000";

    private static string JsonEvent(string id, string notes) =>
        "{\"event_id_cnty\":\"" + id + "\",\"event_date\":\"2024-11-02\",\"year\":\"2024\",\"time_precision\":\"1\",\"disorder_type\":\"Political violence\","
        + "\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"actor1\":\"JNIM: Group for Support of Islam and Muslims\",\"inter1\":\"Rebel group\","
        + "\"iso\":\"466\",\"country\":\"Mali\",\"admin1\":\"Mopti\",\"admin2\":\"Bandiagara\",\"latitude\":\"14.35\",\"longitude\":\"-3.61\","
        + "\"geo_precision\":\"1\",\"notes\":\"" + notes + "\",\"fatalities\":\"2\",\"timestamp\":\"1731024000\"}";

    private static ImportResult<IncidentSet> Import(byte[] bytes) =>
        AcledImporter.Import(new MemoryStream(bytes), "finding.csv", null, TestContext.Current.CancellationToken);

    [Fact]
    public void Import_DateWithTenDigitYear_RejectsRowInsteadOfOverflowing()
    {
        // Found by the fuzzer: "1-Nov-99999999999" made the year parser multiply past int.MaxValue (checked arithmetic: OverflowException).
        string csv = Header + "\n" + CsvRow("MLI1", "1-Nov-99999999999") + "\n" + CsvRow("MLI2", "2024-11-02") + "\n";

        ImportResult<IncidentSet> result = Import(Encoding.UTF8.GetBytes(csv));

        FileImportSummary s = Assert.Single(result.Report.Files);
        Assert.Null(s.FatalError);
        Assert.Equal((2, 1, 1), (s.RowsRead, s.Accepted, s.Rejected));
        ImportIssue issue = Assert.Single(result.Report.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((2L, ImportIssueCodes.InvalidDate), (issue.Line, issue.Code));
        Assert.Equal("MLI2", Assert.Single(result.Data).Id);
    }

    [Fact]
    public void Import_JsonStringWithInvalidUtf8_RejectsThatEventOnly()
    {
        // Found by the fuzzer: one flipped byte inside a JSON string made System.Text.Json throw InvalidOperationException.
        byte[] bad = Encoding.UTF8.GetBytes(JsonEvent("MLI1", "near \u0001X"));
        int at = Array.IndexOf(bad, (byte)1);
        bad[at] = 0xE9; // a Latin-1 'é' on its own: not UTF-8
        byte[] json = [.. "{\"data\":["u8, .. bad, .. ","u8, .. Encoding.UTF8.GetBytes(JsonEvent("MLI2", "ok")), .. "]}"u8];

        ImportResult<IncidentSet> result = Import(json);

        FileImportSummary s = Assert.Single(result.Report.Files);
        Assert.Null(s.FatalError);
        Assert.Equal((2, 1, 1), (s.RowsRead, s.Accepted, s.Rejected));
        ImportIssue issue = Assert.Single(result.Report.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((1L, ImportIssueCodes.InvalidEncoding), (issue.Line, issue.Code));
        Assert.Equal("MLI2", Assert.Single(result.Data).Id);
    }

    [Fact]
    public void Import_JsonEventWithRepeatedFieldName_IsAFatalUnknownHeaderNotAnException()
    {
        // Found by the fuzzer: a field name repeated in the first event (here "source_scale" and "Source_Scale", which match
        // case-insensitively) made building the field map throw ArgumentException ("same key has already been added").
        // A column named twice is ambiguous, as in a CSV header: the file is not read, with one clear error (never the first
        // of the two taken silently).
        string first = JsonEvent("MLI1", "a").Replace("\"notes\"", "\"source_scale\":\"National\",\"Source_Scale\":\"Local\",\"notes\"", StringComparison.Ordinal);
        string json = "{\"data\":[" + first + "," + JsonEvent("MLI2", "b") + "]}";

        ImportResult<IncidentSet> result = Import(Encoding.UTF8.GetBytes(json));

        FileImportSummary s = Assert.Single(result.Report.Files);
        Assert.NotNull(s.FatalError);
        Assert.Equal(ImportIssueCodes.UnknownHeader, s.FatalError.Code);
        Assert.Contains("Source_Scale", s.FatalError.Message, StringComparison.Ordinal);
        Assert.Empty(result.Data);
        Assert.True(s.IsBalanced);
    }

    [Fact]
    public void Import_JsonFieldNameWithInvalidUtf8_IsAFatalIssueNotAnException()
    {
        byte[] ev = Encoding.UTF8.GetBytes(JsonEvent("MLI1", "a").Replace("\"notes\"", "\"n\u0001tes\"", StringComparison.Ordinal));
        ev[Array.IndexOf(ev, (byte)1)] = 0xFF;
        byte[] json = [.. "{\"data\":["u8, .. ev, .. "]}"u8];

        ImportResult<IncidentSet> result = Import(json);

        FileImportSummary s = Assert.Single(result.Report.Files);
        Assert.NotNull(s.FatalError);
        Assert.Equal(ImportIssueCodes.InvalidEncoding, s.FatalError.Code);
        Assert.Equal(0, s.RowsRead);
        Assert.Empty(result.Data);
    }
}
