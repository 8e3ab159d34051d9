using System.Globalization;

namespace SahelReports.Reporting;

/// <summary>A chart specification: categories, series and axis titles. Renderers decide the drawing.</summary>
public sealed record ChartBlock : ReportBlock
{
    /// <summary>Creates a chart.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="kind">How the series are drawn.</param>
    /// <param name="categories">The category labels (x axis), for example ISO weeks.</param>
    /// <param name="series">The series; each has one finite value per category.</param>
    /// <param name="xAxisTitle">The category axis title, or <see langword="null"/>.</param>
    /// <param name="yAxisTitle">The value axis title, or <see langword="null"/>.</param>
    /// <param name="secondaryAxisTitle">The right-hand axis title when a series uses it, or <see langword="null"/>.</param>
    /// <param name="note">A source or caveat line under the chart, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A series has a different number of values than categories, or a value is not finite.</exception>
    public ChartBlock(string title, ChartKind kind, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, string? xAxisTitle = null, string? yAxisTitle = null, string? secondaryAxisTitle = null, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        foreach (ChartSeries s in series)
        {
            if (s.Values.Count != categories.Count)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Series '{s.Name}' has {s.Values.Count} values for {categories.Count} categories."), nameof(series));
            }

            if (s.Values.Any(v => !double.IsFinite(v)))
            {
                throw new ArgumentException($"Series '{s.Name}' has a value that is not a finite number.", nameof(series));
            }
        }

        Title = title;
        Kind = kind;
        Categories = categories.ToArray();
        Series = series.ToArray();
        XAxisTitle = xAxisTitle;
        YAxisTitle = yAxisTitle;
        SecondaryAxisTitle = secondaryAxisTitle;
        Note = note;
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets how the series are drawn.</summary>
    public ChartKind Kind { get; }

    /// <summary>Gets the category labels.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Gets the series.</summary>
    public IReadOnlyList<ChartSeries> Series { get; }

    /// <summary>Gets the category axis title, or <see langword="null"/>.</summary>
    public string? XAxisTitle { get; }

    /// <summary>Gets the value axis title, or <see langword="null"/>.</summary>
    public string? YAxisTitle { get; }

    /// <summary>Gets the right-hand axis title, or <see langword="null"/>.</summary>
    public string? SecondaryAxisTitle { get; }

    /// <summary>Gets the note under the chart, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public override TResult Accept<TResult>(IReportBlockVisitor<TResult> visitor) => visitor.Visit(this);
}
