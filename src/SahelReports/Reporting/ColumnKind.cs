namespace SahelReports.Reporting;

/// <summary>The type of a table column's values, which decides alignment and number format in every renderer.</summary>
public enum ColumnKind
{
    /// <summary>Text, left-aligned.</summary>
    Text = 0,

    /// <summary>A whole number (counts, people), right-aligned with thousands separators.</summary>
    Integer = 1,

    /// <summary>A decimal number, right-aligned, with the column's number of decimals.</summary>
    Decimal = 2,

    /// <summary>A ratio shown as a percentage (0.125 → 12.5 %).</summary>
    Percent = 3,

    /// <summary>A signed change (+12, −3).</summary>
    Change = 4,

    /// <summary>A date.</summary>
    Date = 5,
}
