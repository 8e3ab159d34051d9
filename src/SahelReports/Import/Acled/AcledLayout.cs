namespace SahelReports.Import;

/// <summary>The ACLED file layouts the importer recognises. The layout is detected from the header row, never from the file name.</summary>
public enum AcledLayout
{
    /// <summary>The current export (31 columns from <c>event_id_cnty</c> to <c>timestamp</c>), ISO dates, <c>,</c> separator.</summary>
    Current = 1,

    /// <summary>The 2019–21 API layout: adds <c>data_id</c>, <c>event_id_no_cnty</c> and <c>iso3</c>, has no <c>disorder_type</c>; dates like <c>31 December 2020</c>.</summary>
    Api2019 = 2,

    /// <summary>The monadic export: one row per actor and no <c>actor2</c> columns, so an event spans two rows with the same id and is counted once.</summary>
    Monadic = 3,

    /// <summary>The pre-2019 layout: no <c>sub_event_type</c>; old event types are mapped to the current taxonomy (<see cref="Incidents.AcledTaxonomy.LegacyEventTypes"/>).</summary>
    Pre2019 = 4,

    /// <summary>The 2016 "version 6" layout: UPPERCASE headers, <c>GWNO</c>, <c>ALLY_ACTOR_1/2</c>, <c>dd/mm/yyyy</c> dates (the day comes first).</summary>
    Version6 = 5,

    /// <summary>A current export re-saved by Excel: <c>;</c> separator (detected from the header line), dates like <c>16-Feb-21</c> or <c>12-September-22</c>.</summary>
    ExcelResaved = 6,

    /// <summary>ACLED's JSON API response saved to a file: <c>{"data":[{...}, ...]}</c>, with the current or 2019–21 field names.</summary>
    JsonApi = 7,
}
