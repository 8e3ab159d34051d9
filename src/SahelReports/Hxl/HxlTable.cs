namespace SahelReports.Hxl;

/// <summary>An HXL-tagged table: its tagged columns and its data rows (the rows under the hashtag row).</summary>
/// <remarks>
/// <para>Untagged columns are not in <see cref="Columns"/> (their values stay reachable through <see cref="HxlRow.Values"/>).
/// Columns are looked up by <see cref="HxlTagPattern"/>, never by header text or position.</para>
/// </remarks>
public sealed class HxlTable
{
    private readonly List<HxlRow> _rows = [];

    internal HxlTable(IReadOnlyList<HxlColumn> columns, long tagRowLine)
    {
        Columns = columns;
        TagRowLine = tagRowLine;
    }

    /// <summary>Gets the tagged columns, in source order.</summary>
    public IReadOnlyList<HxlColumn> Columns { get; }

    /// <summary>Gets the 1-based line (or JSON element) number of the hashtag row; 0 when the tags came from JSON object keys.</summary>
    public long TagRowLine { get; }

    /// <summary>Gets the data rows, in source order.</summary>
    public IReadOnlyList<HxlRow> Rows => _rows;

    /// <summary>Gets the columns whose hashtag matches <paramref name="pattern"/>, in source order.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The columns; empty when none match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<HxlColumn> FindColumns(HxlTagPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return Columns.Where(c => pattern.Matches(c.Hashtag)).ToArray();
    }

    /// <summary>Gets the first column whose hashtag matches a pattern given as text (<c>#affected+idps-hh</c>).</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The column, or <see langword="null"/> when none matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="pattern"/> is not a pattern.</exception>
    public HxlColumn? FindColumn(string pattern)
    {
        IReadOnlyList<HxlColumn> found = FindColumns(HxlTagPattern.Parse(pattern));
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Gets a value indicating whether some column matches a pattern given as text.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns><see langword="true"/> when a column matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="pattern"/> is not a pattern.</exception>
    public bool HasColumn(string pattern) => FindColumn(pattern) is not null;

    internal void AddRow(long lineNumber, IReadOnlyList<string> values) => _rows.Add(new HxlRow(this, lineNumber, values));
}
