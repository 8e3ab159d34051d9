namespace SahelReports.Synthetic;

/// <summary>The ACLED column layouts the generator can write.</summary>
public enum SyntheticAcledLayout
{
    /// <summary>The current 31-column dyadic export (DESIGN.md §3.1): one row per event.</summary>
    Current = 0,

    /// <summary>
    /// The monadic export: the current columns without <c>actor2</c>, <c>assoc_actor_2</c> and <c>inter2</c>
    /// (28 columns); an event with a second actor is written as two rows sharing <c>event_id_cnty</c> and fatalities.
    /// </summary>
    Monadic = 1,
}
