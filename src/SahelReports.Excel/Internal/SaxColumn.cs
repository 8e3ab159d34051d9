using NodaTime;

namespace SahelReports.Excel.Internal;

/// <summary>One column of a streamed data sheet: its header, HXL tag, cell kind and how to read the value from a row.</summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class SaxColumn<T>
{
    private SaxColumn(string header, string? hxl, SaxKind kind)
    {
        Header = header;
        Hxl = hxl;
        Kind = kind;
    }

    public string Header { get; }

    public string? Hxl { get; }

    public SaxKind Kind { get; }

    public Func<T, string?>? Text { get; private init; }

    public Func<T, double?>? Number { get; private init; }

    public Func<T, LocalDate?>? Date { get; private init; }

    public static SaxColumn<T> OfText(string header, string? hxl, Func<T, string?> value) => new(header, hxl, SaxKind.Text) { Text = value };

    public static SaxColumn<T> OfInteger(string header, string? hxl, Func<T, double?> value) => new(header, hxl, SaxKind.Integer) { Number = value };

    public static SaxColumn<T> OfDecimal(string header, string? hxl, Func<T, double?> value, SaxKind kind = SaxKind.Decimal) => new(header, hxl, kind) { Number = value };

    public static SaxColumn<T> OfDate(string header, string? hxl, Func<T, LocalDate?> value) => new(header, hxl, SaxKind.Date) { Date = value };
}

/// <summary>Cell kinds of a streamed sheet; each maps to one cell style.</summary>
internal enum SaxKind
{
    /// <summary>Text (inline string).</summary>
    Text = 0,

    /// <summary>Whole number, grouped.</summary>
    Integer = 1,

    /// <summary>Decimal number as stored (General format).</summary>
    Decimal = 2,

    /// <summary>Date.</summary>
    Date = 3,

    /// <summary>Ratio shown as a percentage with one decimal.</summary>
    Percent = 4,

    /// <summary>Signed change.</summary>
    Change = 5,
}
