using System.Globalization;
using SahelReports.Incidents;

namespace SahelReports.Synthetic.Internal;

/// <summary>Writes <see cref="SyntheticAcledEvent"/> rows in an ACLED CSV layout (RFC 4180 quoting).</summary>
internal sealed class AcledCsvFormat
{
    public static readonly string[] CurrentColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    public static readonly string[] MonadicColumns =
        CurrentColumns.Where(c => c is not ("actor2" or "assoc_actor_2" or "inter2")).ToArray();

    private readonly SyntheticAcledLayout _layout;
    private readonly char _delimiter;
    private readonly string _newLine;
    private readonly bool _numeric;

    public AcledCsvFormat(SyntheticAcledLayout layout, char delimiter, string newLine, bool numericInterCodes)
    {
        _layout = layout;
        _delimiter = delimiter;
        _newLine = newLine;
        _numeric = numericInterCodes;
    }

    public void WriteHeader(TextWriter writer)
    {
        string[] columns = _layout == SyntheticAcledLayout.Monadic ? MonadicColumns : CurrentColumns;
        writer.Write(string.Join(_delimiter, columns));
        writer.Write(_newLine);
    }

    /// <summary>Writes one event and returns the number of rows written (2 for a dyadic event in the monadic layout).</summary>
    public int WriteEvent(TextWriter writer, SyntheticAcledEvent e)
    {
        string interaction = FormatInteraction(e.Inter1, e.Inter2);
        if (_layout == SyntheticAcledLayout.Current)
        {
            WriteRow(writer, e, e.Actor1, e.AssocActor1, e.Inter1, e.Actor2, e.AssocActor2, e.Inter2, interaction, dyadic: true);
            return 1;
        }

        WriteRow(writer, e, e.Actor1, e.AssocActor1, e.Inter1, "", "", 0, interaction, dyadic: false);
        if (e.Actor2.Length == 0)
        {
            return 1;
        }

        WriteRow(writer, e, e.Actor2, e.AssocActor2, e.Inter2, "", "", 0, interaction, dyadic: false);
        return 2;
    }

    private void WriteRow(TextWriter w, SyntheticAcledEvent e, string actor1, string assoc1, int inter1, string actor2, string assoc2, int inter2, string interaction, bool dyadic)
    {
        Field(w, e.EventIdCnty);
        Field(w, e.EventDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(w, e.EventDate.Year.ToString(CultureInfo.InvariantCulture));
        Field(w, e.TimePrecision.ToString(CultureInfo.InvariantCulture));
        Field(w, e.DisorderType);
        Field(w, e.EventType);
        Field(w, e.SubEventType);
        Field(w, actor1);
        Field(w, assoc1);
        Field(w, FormatInter(inter1));
        if (dyadic)
        {
            Field(w, actor2);
            Field(w, assoc2);
            Field(w, FormatInter(inter2));
        }

        Field(w, interaction);
        Field(w, e.CivilianTargeting ? "Civilian targeting" : "");
        Field(w, e.IsoNumeric.ToString(CultureInfo.InvariantCulture));
        Field(w, e.Region);
        Field(w, e.Country);
        Field(w, e.Admin1);
        Field(w, e.Admin2);
        Field(w, e.Admin3);
        Field(w, e.Location);
        Field(w, e.Latitude.ToString("0.0000", CultureInfo.InvariantCulture));
        Field(w, e.Longitude.ToString("0.0000", CultureInfo.InvariantCulture));
        Field(w, e.GeoPrecision.ToString(CultureInfo.InvariantCulture));
        Field(w, e.Source);
        Field(w, e.SourceScale);
        Field(w, e.Notes);
        Field(w, e.Fatalities.ToString(CultureInfo.InvariantCulture));
        Field(w, e.Tags);
        Field(w, e.Timestamp.ToString(CultureInfo.InvariantCulture), last: true);
        w.Write(_newLine);
    }

    private string FormatInter(int code) => code == 0
        ? ""
        : _numeric ? code.ToString(CultureInfo.InvariantCulture) : AcledTaxonomy.GetName((ActorType)code);

    private string FormatInteraction(int inter1, int inter2)
    {
        Interaction interaction = inter2 == 0
            ? new Interaction((ActorType)inter1, null)
            : new Interaction((ActorType)Math.Min(inter1, inter2), (ActorType)Math.Max(inter1, inter2));
        return _numeric ? interaction.Code.ToString(CultureInfo.InvariantCulture) : interaction.ToString();
    }

    private void Field(TextWriter w, string value, bool last = false)
    {
        if (value.AsSpan().IndexOfAny(_delimiter, '"', '\n') >= 0 || value.Contains('\r', StringComparison.Ordinal))
        {
            w.Write('"');
            w.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            w.Write('"');
        }
        else
        {
            w.Write(value);
        }

        if (!last)
        {
            w.Write(_delimiter);
        }
    }
}
