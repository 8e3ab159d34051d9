using SahelReports.Excel.Internal;
using SahelReports.Incidents;

namespace SahelReports.Excel;

/// <summary>Exports conflict incidents (an <see cref="IncidentSet"/> or any sequence) as a one-sheet workbook: one row per incident, one Excel table.</summary>
/// <remarks>
/// The sheet is streamed (no in-memory cell model), so large exports stay fast. Columns follow ACLED's field names
/// (<c>event_id_cnty</c>, <c>event_date</c>, ...) in both languages so analysts recognise them; the sheet name and the
/// date format follow <see cref="ExcelExportOptions.Language"/>. Dates are real Excel dates, fatalities and
/// coordinates numbers, everything else text; formula-like text gets a quote prefix.
/// </remarks>
public static class IncidentExcelExtensions
{
    private static readonly SaxColumn<ConflictIncident>[] s_columns =
    [
        SaxColumn<ConflictIncident>.OfText("event_id_cnty", "#event+id", i => i.Id),
        SaxColumn<ConflictIncident>.OfDate("event_date", "#date+occurred", i => i.Date),
        SaxColumn<ConflictIncident>.OfInteger("time_precision", "#date+precision", i => (int)i.TimePrecision),
        SaxColumn<ConflictIncident>.OfText("disorder_type", "#event+type+disorder", i => AcledTaxonomy.GetName(i.DisorderType)),
        SaxColumn<ConflictIncident>.OfText("event_type", "#event+type", i => AcledTaxonomy.GetName(i.EventType)),
        SaxColumn<ConflictIncident>.OfText("sub_event_type", "#event+type+sub", i => AcledTaxonomy.GetName(i.SubEventType)),
        SaxColumn<ConflictIncident>.OfText("actor1", "#group+name+first", i => i.Actor1.Name),
        SaxColumn<ConflictIncident>.OfText("assoc_actor_1", "#group+name+first+assoc", i => Join(i.Actor1.AssociatedActors)),
        SaxColumn<ConflictIncident>.OfText("inter1", "#group+type+first", i => i.Actor1.Type is { } t ? AcledTaxonomy.GetName(t) : null),
        SaxColumn<ConflictIncident>.OfText("actor2", "#group+name+second", i => i.Actor2?.Name),
        SaxColumn<ConflictIncident>.OfText("assoc_actor_2", "#group+name+second+assoc", i => i.Actor2 is null ? null : Join(i.Actor2.AssociatedActors)),
        SaxColumn<ConflictIncident>.OfText("inter2", "#group+type+second", i => i.Actor2?.Type is { } t ? AcledTaxonomy.GetName(t) : null),
        SaxColumn<ConflictIncident>.OfInteger("interaction", "#group+interaction+code", i => i.Interaction?.Code),
        SaxColumn<ConflictIncident>.OfText("civilian_targeting", "#event+civilian", i => i.CivilianTargeting ? "Civilian targeting" : null),
        SaxColumn<ConflictIncident>.OfText("iso3", "#country+code", i => i.Location.CountryAlpha3),
        SaxColumn<ConflictIncident>.OfText("admin1", "#adm1+name", i => i.Location.Admin1),
        SaxColumn<ConflictIncident>.OfText("admin1_pcode", "#adm1+code", i => i.Location.Admin1Code?.Value),
        SaxColumn<ConflictIncident>.OfText("admin2", "#adm2+name", i => i.Location.Admin2),
        SaxColumn<ConflictIncident>.OfText("admin2_pcode", "#adm2+code", i => i.Location.Admin2Code?.Value),
        SaxColumn<ConflictIncident>.OfText("admin3", "#adm3+name", i => i.Location.Admin3),
        SaxColumn<ConflictIncident>.OfText("location", "#loc+name", i => i.Location.Name),
        SaxColumn<ConflictIncident>.OfDecimal("latitude", "#geo+lat", i => i.Location.Latitude),
        SaxColumn<ConflictIncident>.OfDecimal("longitude", "#geo+lon", i => i.Location.Longitude),
        SaxColumn<ConflictIncident>.OfInteger("geo_precision", "#geo+precision", i => (int)i.Location.GeoPrecision),
        SaxColumn<ConflictIncident>.OfText("source", "#meta+source", i => i.Source),
        SaxColumn<ConflictIncident>.OfText("source_scale", "#meta+source+scale", i => i.SourceScale),
        SaxColumn<ConflictIncident>.OfText("notes", "#description", i => i.Notes),
        SaxColumn<ConflictIncident>.OfInteger("fatalities", "#affected+killed", i => i.Fatalities),
        SaxColumn<ConflictIncident>.OfText("tags", "#meta+tags", i => Join(i.Tags)),
        SaxColumn<ConflictIncident>.OfInteger("timestamp", "#date+updated", i => i.Timestamp?.ToUnixTimeSeconds()),
    ];

    /// <summary>Gets the incident columns, shared with the report workbook's Incidents sheet.</summary>
    internal static IReadOnlyList<SaxColumn<ConflictIncident>> Columns => s_columns;

    /// <summary>Writes <paramref name="incidents"/> to <paramref name="output"/> as an .xlsx workbook with one Excel table.</summary>
    /// <param name="incidents">The incidents, in the order they should appear.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="options">Export options; <see langword="null"/> for the defaults.</param>
    /// <returns>What was truncated, if anything (text over 32,767 characters).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incidents"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public static ExcelWriteResult WriteXlsx(this IEnumerable<ConflictIncident> incidents, Stream output, ExcelExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream must be writable.", nameof(output));
        }

        options ??= new ExcelExportOptions();
        string sheet = new SheetNames().Reserve(options.SheetName ?? ExcelText.Get("Sheet.Incidents", options.Language), ExcelText.Get("Sheet.Incidents", options.Language));
        return new ExcelWriteResult(SaxSheetWriter.Write(output, s_columns, incidents, sheet, "Incidents", options).ToArray());
    }

    /// <summary>Writes <paramref name="incidents"/> to the file <paramref name="path"/> (created or overwritten).</summary>
    /// <param name="incidents">The incidents, in the order they should appear.</param>
    /// <param name="path">The .xlsx file to write.</param>
    /// <param name="options">Export options; <see langword="null"/> for the defaults.</param>
    /// <returns>What was truncated, if anything.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    public static ExcelWriteResult WriteXlsx(this IEnumerable<ConflictIncident> incidents, string path, ExcelExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using FileStream file = File.Create(path);
        return incidents.WriteXlsx(file, options);
    }

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join("; ", values);
}
