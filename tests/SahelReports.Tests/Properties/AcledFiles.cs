using System.Globalization;
using System.Text;

namespace SahelReports.Tests.Properties;

/// <summary>Synthetic valid ACLED rows (current layout, no quotes or line breaks inside fields) for the property tests, and
/// the values known to make a row invalid, one per required column.</summary>
internal static class AcledFiles
{
    public const string Header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    public static readonly string[] Columns = Header.Split(',');

    /// <summary>A required column and a value that must get the row rejected.</summary>
    public static readonly (string Column, string Value)[] Corruptions =
    [
        ("event_date", "2024-02-30"), ("fatalities", "-3"), ("latitude", "north"), ("event_type", "Skirmishes"), ("event_id_cnty", ""),
    ];

    private static readonly (string Country, string Iso, string Prefix, string Admin1, string Admin2)[] s_places =
    [
        ("Burkina Faso", "854", "BFO", "Boucle du Mouhoun", "Mouhoun"), ("Mali", "466", "MLI", "Mopti", "Bandiagara"), ("Niger", "562", "NIG", "Tillaberi", "Tera"),
    ];

    /// <summary>The fields of one valid row.</summary>
    public static string[] Row(int id, int place, int day, int fatalities, long timestamp)
    {
        var p = s_places[place % s_places.Length];
        string date = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddDays(day % 360).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.Prefix}{id},{date},2024,1,Political violence,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,,Rebel group,Military Forces,,State forces,Rebel group-State forces,,{p.Iso},Western Africa,{p.Country},{p.Admin1},{p.Admin2},,Site {id},13.5,-1.5,1,Synthetic,National,Synthetic note {id},{fatalities},,{timestamp}")
            .Split(',');
    }

    public static string Text(IEnumerable<string[]> rows, int[]? order = null)
    {
        var text = new StringBuilder();
        Append(text, Columns, order);
        foreach (string[] row in rows)
        {
            Append(text, row, order);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string[] fields, int[]? order)
    {
        text.AppendJoin(',', order is null ? fields : order.Select(i => fields[i])).Append('\n');
    }
}
