namespace SahelReports.Hxl;

/// <summary>One data row of an HXL table.</summary>
public sealed class HxlRow
{
    private readonly IReadOnlyList<string> _values;
    private readonly HxlTable _table;

    internal HxlRow(HxlTable table, long lineNumber, IReadOnlyList<string> values)
    {
        _table = table;
        LineNumber = lineNumber;
        _values = values;
    }

    /// <summary>Gets the 1-based line (CSV) or element (JSON) number where the row starts in its source.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the raw values of every cell of the row, tagged or not, by position.</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>Gets the value of a column, or an empty string when the row is shorter than the column index.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The value, trimmed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is <see langword="null"/>.</exception>
    public string Get(HxlColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Index < _values.Count ? _values[column.Index].Trim() : string.Empty;
    }

    /// <summary>Gets the first non-empty value among the columns that match <paramref name="pattern"/>, in column order.</summary>
    /// <param name="pattern">The pattern, such as <c>#affected+idps-hh</c>.</param>
    /// <returns>The value, trimmed, or <see langword="null"/> when no matching column has a value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    public string? Get(HxlTagPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        foreach (HxlColumn c in _table.FindColumns(pattern))
        {
            string v = Get(c);
            if (v.Length > 0)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>Gets the first non-empty value among the columns that match a pattern given as text.</summary>
    /// <param name="pattern">The pattern, such as <c>#adm1+code</c>.</param>
    /// <returns>The value, trimmed, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="pattern"/> is not a pattern.</exception>
    public string? Get(string pattern) => Get(HxlTagPattern.Parse(pattern));
}
