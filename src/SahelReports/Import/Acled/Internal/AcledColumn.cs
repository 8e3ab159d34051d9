namespace SahelReports.Import.Acled.Internal;

/// <summary>The ACLED columns the importer reads, in every layout's spelling.</summary>
internal enum AcledColumn
{
    EventIdCnty,
    EventDate,
    Year,
    TimePrecision,
    DisorderType,
    EventType,
    SubEventType,
    Actor1,
    AssocActor1,
    Inter1,
    Actor2,
    AssocActor2,
    Inter2,
    Interaction,
    CivilianTargeting,
    Iso,
    Iso3,
    Country,
    Admin1,
    Admin2,
    Admin3,
    Location,
    Latitude,
    Longitude,
    GeoPrecision,
    Source,
    SourceScale,
    Notes,
    Fatalities,
    Tags,
    Timestamp,
    Gwno,
}

/// <summary>Header names → columns, and layout detection.</summary>
internal static class AcledColumns
{
    public const int Count = (int)AcledColumn.Gwno + 1;

    private static readonly Dictionary<string, AcledColumn> s_byName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["event_id_cnty"] = AcledColumn.EventIdCnty,
        ["event_date"] = AcledColumn.EventDate,
        ["year"] = AcledColumn.Year,
        ["time_precision"] = AcledColumn.TimePrecision,
        ["disorder_type"] = AcledColumn.DisorderType,
        ["event_type"] = AcledColumn.EventType,
        ["sub_event_type"] = AcledColumn.SubEventType,
        ["actor1"] = AcledColumn.Actor1,
        ["assoc_actor_1"] = AcledColumn.AssocActor1,
        ["ally_actor_1"] = AcledColumn.AssocActor1,
        ["inter1"] = AcledColumn.Inter1,
        ["actor2"] = AcledColumn.Actor2,
        ["assoc_actor_2"] = AcledColumn.AssocActor2,
        ["ally_actor_2"] = AcledColumn.AssocActor2,
        ["inter2"] = AcledColumn.Inter2,
        ["interaction"] = AcledColumn.Interaction,
        ["civilian_targeting"] = AcledColumn.CivilianTargeting,
        ["iso"] = AcledColumn.Iso,
        ["iso3"] = AcledColumn.Iso3,
        ["country"] = AcledColumn.Country,
        ["admin1"] = AcledColumn.Admin1,
        ["admin2"] = AcledColumn.Admin2,
        ["admin3"] = AcledColumn.Admin3,
        ["location"] = AcledColumn.Location,
        ["latitude"] = AcledColumn.Latitude,
        ["longitude"] = AcledColumn.Longitude,
        ["geo_precision"] = AcledColumn.GeoPrecision,
        ["geo_precis"] = AcledColumn.GeoPrecision,
        ["source"] = AcledColumn.Source,
        ["source_scale"] = AcledColumn.SourceScale,
        ["notes"] = AcledColumn.Notes,
        ["fatalities"] = AcledColumn.Fatalities,
        ["tags"] = AcledColumn.Tags,
        ["timestamp"] = AcledColumn.Timestamp,
        ["gwno"] = AcledColumn.Gwno,
    };

    public static bool TryGet(string headerName, out AcledColumn column) => s_byName.TryGetValue(headerName.Trim(), out column);

    /// <summary>Maps header names to column positions (-1 where absent) and detects the layout.</summary>
    /// <returns>The layout, or <see langword="null"/> with the missing required columns (or a column given twice) when the header is not an ACLED header.</returns>
    public static AcledLayout? Detect(IReadOnlyList<string> header, char separator, bool json, int[] map, out string missing)
    {
        Array.Fill(map, -1);
        bool upper = false;
        string? duplicate = null;
        for (int i = 0; i < header.Count; i++)
        {
            string name = header[i].Trim();
            if (!TryGet(name, out AcledColumn c))
            {
                continue;
            }

            if (map[(int)c] >= 0)
            {
                duplicate ??= name; // two columns for one field: never pick one silently
                continue;
            }

            map[(int)c] = i;
            upper |= name.Length > 0 && char.IsUpper(name[0]) && string.Equals(name, name.ToUpperInvariant(), StringComparison.Ordinal);
        }

        var absent = new List<string>();
        if (duplicate is not null)
        {
            absent.Add($"a single '{duplicate}' column (the header has two columns for it)");
        }

        foreach ((AcledColumn c, string name) in new[]
        {
            (AcledColumn.EventIdCnty, "event_id_cnty"), (AcledColumn.EventDate, "event_date"), (AcledColumn.EventType, "event_type"),
            (AcledColumn.Actor1, "actor1"), (AcledColumn.Latitude, "latitude"), (AcledColumn.Longitude, "longitude"),
            (AcledColumn.Fatalities, "fatalities"),
        })
        {
            if (map[(int)c] < 0)
            {
                absent.Add(name);
            }
        }

        if (map[(int)AcledColumn.Iso] < 0 && map[(int)AcledColumn.Iso3] < 0 && map[(int)AcledColumn.Country] < 0 && map[(int)AcledColumn.Gwno] < 0)
        {
            absent.Add("iso/country");
        }

        missing = string.Join(", ", absent);
        if (absent.Count > 0)
        {
            return null;
        }

        if (json)
        {
            return AcledLayout.JsonApi;
        }

        if (map[(int)AcledColumn.Gwno] >= 0 || upper)
        {
            return AcledLayout.Version6;
        }

        if (map[(int)AcledColumn.SubEventType] < 0)
        {
            return AcledLayout.Pre2019;
        }

        if (map[(int)AcledColumn.Actor2] < 0)
        {
            return AcledLayout.Monadic;
        }

        if (map[(int)AcledColumn.DisorderType] < 0 || header.Any(h => string.Equals(h.Trim(), "data_id", StringComparison.OrdinalIgnoreCase)))
        {
            return AcledLayout.Api2019;
        }

        return separator == ';' ? AcledLayout.ExcelResaved : AcledLayout.Current;
    }

    public static string FormatName(AcledLayout layout) => layout switch
    {
        AcledLayout.Current => "acled-current",
        AcledLayout.Api2019 => "acled-api-2019",
        AcledLayout.Monadic => "acled-monadic",
        AcledLayout.Pre2019 => "acled-pre-2019",
        AcledLayout.Version6 => "acled-v6-2016",
        AcledLayout.ExcelResaved => "acled-excel",
        AcledLayout.JsonApi => "acled-json-api",
        _ => "acled",
    };
}
