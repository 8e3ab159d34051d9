namespace SahelReports.Reporting;

/// <summary>A table column: its header, the type of its values and whether a totals row sums it.</summary>
/// <param name="Header">The header text.</param>
/// <param name="Kind">The type of the values.</param>
/// <param name="Decimals">Digits after the decimal separator for <see cref="ColumnKind.Decimal"/> and <see cref="ColumnKind.Percent"/>.</param>
/// <param name="Sum">Whether the totals row shows the sum of this column (numeric columns only).</param>
/// <param name="HxlTag">The HXL hashtag for data exports, for example <c>#affected+killed</c>, or <see langword="null"/>.</param>
public sealed record TableColumn(string Header, ColumnKind Kind = ColumnKind.Text, int Decimals = 0, bool Sum = false, string? HxlTag = null)
{
    /// <summary>Gets a value indicating whether values are right-aligned (every kind but text).</summary>
    public bool IsNumeric => Kind is ColumnKind.Integer or ColumnKind.Decimal or ColumnKind.Percent or ColumnKind.Change;
}
