using System.Globalization;
using NodaTime;

namespace SahelReports.Reporting;

/// <summary>A typed table value: text, a whole number, a decimal number or a date. Renderers format it for the report language.</summary>
public readonly record struct TableCell
{
    private TableCell(ColumnKind kind, string? text, long integer, double number, LocalDate date)
    {
        Kind = kind;
        Text = text;
        Integer = integer;
        Number = number;
        Date = date;
    }

    /// <summary>Gets an empty cell.</summary>
    public static TableCell Empty => default;

    /// <summary>Gets the kind of value held (<see cref="ColumnKind.Text"/> for an empty cell).</summary>
    public ColumnKind Kind { get; }

    /// <summary>Gets the text, for text cells.</summary>
    public string? Text { get; }

    /// <summary>Gets the whole number, for integer and change cells.</summary>
    public long Integer { get; }

    /// <summary>Gets the number, for decimal and percent cells (a ratio for percent).</summary>
    public double Number { get; }

    /// <summary>Gets the date, for date cells.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets a value indicating whether the cell is empty.</summary>
    public bool IsEmpty => Kind == ColumnKind.Text && Text is null;

    /// <summary>Gets the numeric value of integer, change, decimal and percent cells; 0 otherwise.</summary>
    public double NumericValue => Kind switch
    {
        ColumnKind.Integer or ColumnKind.Change => Integer,
        ColumnKind.Decimal or ColumnKind.Percent => Number,
        _ => 0,
    };

    /// <summary>Creates a text cell.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The cell.</returns>
    public static TableCell FromText(string text) => new(ColumnKind.Text, text ?? throw new ArgumentNullException(nameof(text)), 0, 0, default);

    /// <summary>Creates a whole-number cell.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The cell.</returns>
    public static TableCell FromInteger(long value) => new(ColumnKind.Integer, null, value, 0, default);

    /// <summary>Creates a signed-change cell.</summary>
    /// <param name="delta">The change.</param>
    /// <returns>The cell.</returns>
    public static TableCell FromChange(long delta) => new(ColumnKind.Change, null, delta, 0, default);

    /// <summary>Creates a decimal cell.</summary>
    /// <param name="value">The value; must be finite.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static TableCell FromDecimal(double value) => new(ColumnKind.Decimal, null, 0, Finite(value), default);

    /// <summary>Creates a percentage cell from a ratio (0.125 is 12.5 %).</summary>
    /// <param name="ratio">The ratio; must be finite.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratio"/> is NaN or infinite.</exception>
    public static TableCell FromPercent(double ratio) => new(ColumnKind.Percent, null, 0, Finite(ratio), default);

    /// <summary>Creates a date cell.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The cell.</returns>
    public static TableCell FromDate(LocalDate date) => new(ColumnKind.Date, null, 0, 0, date);

    /// <summary>Converts text to a text cell.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator TableCell(string text) => FromText(text);

    /// <summary>Converts a whole number to an integer cell.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator TableCell(long value) => FromInteger(value);

    /// <summary>Converts a date to a date cell.</summary>
    /// <param name="date">The date.</param>
    public static implicit operator TableCell(LocalDate date) => FromDate(date);

    /// <summary>Formats the cell for a language, as every renderer shows it.</summary>
    /// <param name="language">The language.</param>
    /// <param name="decimals">Digits after the decimal separator for decimal and percent cells.</param>
    /// <returns>The formatted value; empty for an empty cell.</returns>
    public string Format(ReportLanguage language, int decimals = 0) => Kind switch
    {
        ColumnKind.Text => Text ?? string.Empty,
        ColumnKind.Integer => ReportFormatter.FormatInteger(Integer, language),
        ColumnKind.Change => ReportFormatter.FormatChange(Integer, language),
        ColumnKind.Decimal => ReportFormatter.FormatDecimal(Number, decimals, language),
        ColumnKind.Percent => ReportFormatter.FormatPercent(Number, decimals, language),
        ColumnKind.Date => ReportFormatter.FormatIsoDate(Date),
        _ => string.Empty,
    };

    /// <inheritdoc/>
    public override string ToString() => Format(ReportLanguage.English, 2);

    private static double Finite(double value) => double.IsFinite(value)
        ? value
        : throw new ArgumentOutOfRangeException(nameof(value), value.ToString(CultureInfo.InvariantCulture), "Table values must be finite numbers.");
}
