using System.Globalization;
using System.Text;
using CsCheck;
using SahelReports.Import;
using SahelReports.Incidents;

namespace SahelReports.Tests.Import.Acled;

/// <summary>The accounting invariant read = accepted + rejected + merged, checked against an independent count of the generated rows.</summary>
public sealed class AcledImporterPropertyTests
{
    private const string Header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    // Row kinds: 0 valid, 1 impossible date, 2 negative fatalities, 3 decimal comma, 4 too few fields, 5 malformed quote,
    // 6 unknown event type, 7 blank line (not a row), 8 valid with a quoted multi-line note.
    private static string Row(int kind, int id, int timestamp, int fatalities)
    {
        string date = kind == 1 ? "2024-02-30" : "2024-11-03";
        string fat = kind == 2 ? "-" + (fatalities + 1).ToString(CultureInfo.InvariantCulture) : fatalities.ToString(CultureInfo.InvariantCulture);
        string lat = kind == 3 ? "\"12,38\"" : "12.38";
        string type = kind == 6 ? "Skirmishes" : "Battles";
        string notes = kind switch
        {
            5 => "\"broken\"quote",
            8 => "\"line one,\nline \"\"two\"\"\"",
            _ => "\"a, b\"",
        };
        string row = string.Create(CultureInfo.InvariantCulture,
            $"BFO{id},{date},2024,1,Political violence,{type},Armed clash,JNIM: Group for Support of Islam and Muslims,,2,VDP: Volunteers for the Defense of the Homeland,,3,23,,854,Western Africa,Burkina Faso,Boucle du Mouhoun,Mouhoun,Kona,Kari,{lat},-3.44,1,Burkina Monitor,National,{notes},{fat},,{1731024000 + timestamp}");
        return kind == 4 ? string.Join(',', row.Split(',').Take(12)) : row;
    }

    [Fact]
    public void Accounting_Balances_AndMatchesAnIndependentCount()
    {
        Gen.Select(Gen.Int[0, 8], Gen.Int[1, 6], Gen.Int[0, 3], Gen.Int[0, 20]).Array[0, 40].Sample(rows =>
        {
            var text = new StringBuilder(Header).Append('\n');
            long expectedRead = 0;
            long expectedRejected = 0;
            var validIds = new HashSet<int>();
            long validRows = 0;
            foreach ((int kind, int id, int ts, int fat) in rows)
            {
                if (kind == 7)
                {
                    text.Append('\n');
                    continue;
                }

                text.Append(Row(kind, id, ts, fat)).Append('\n');
                expectedRead++;
                if (kind is 0 or 8)
                {
                    validRows++;
                    validIds.Add(id);
                }
                else
                {
                    expectedRejected++;
                }
            }

            ImportResult<IncidentSet> result = AcledImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "prop.csv", null, TestContext.Current.CancellationToken);
            FileImportSummary s = Assert.Single(result.Report.Files);
            Assert.Null(s.FatalError);
            Assert.Equal(s.RowsRead, s.Accepted + s.Rejected + s.Merged);
            Assert.Equal(expectedRead, s.RowsRead);
            Assert.Equal(expectedRejected, s.Rejected);
            Assert.Equal(validIds.Count, s.Accepted);
            Assert.Equal(validRows - validIds.Count, s.Merged);
            Assert.Equal(validIds.Count, result.Data.Count);
            Assert.Equal(expectedRejected, result.Report.Issues.Count(i => i.Severity == IssueSeverity.Error));
        }, iter: 200);
    }
}
