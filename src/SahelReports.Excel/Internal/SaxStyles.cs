using DocumentFormat.OpenXml.Spreadsheet;

namespace SahelReports.Excel.Internal;

/// <summary>The cell-format indices (<c>cellXfs</c>) a streamed sheet uses, one per kind of cell.</summary>
/// <param name="Text">Plain text.</param>
/// <param name="Integer">Grouped whole number.</param>
/// <param name="Decimal">Number as stored (General).</param>
/// <param name="Date">Date in the language's date format.</param>
/// <param name="QuotedText">Text with the quote prefix (formula-like text).</param>
/// <param name="Header">Bold header text.</param>
/// <param name="Percent">Ratio shown as a percentage with one decimal.</param>
/// <param name="Change">Signed change.</param>
internal sealed record SaxStyles(uint Text, uint Integer, uint Decimal, uint Date, uint QuotedText, uint Header, uint Percent, uint Change)
{
    private const uint FirstCustomFormatId = 164;

    /// <summary>Gets the indices of the stylesheet made by <see cref="Stylesheet(string)"/>.</summary>
    public static SaxStyles Standalone { get; } = new(0, 1, 2, 3, 4, 5, 6, 7);

    /// <summary>Returns the style of a number or date cell of <paramref name="kind"/>.</summary>
    public uint For(SaxKind kind) => kind switch
    {
        SaxKind.Integer => Integer,
        SaxKind.Percent => Percent,
        SaxKind.Change => Change,
        SaxKind.Date => Date,
        SaxKind.Text => Text,
        _ => Decimal,
    };

    /// <summary>Returns the stylesheet of a one-sheet export: the eight formats in <see cref="Standalone"/> order.</summary>
    public static Stylesheet Stylesheet(string dateFormat) => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = FirstCustomFormatId, FormatCode = dateFormat },
            new NumberingFormat { NumberFormatId = FirstCustomFormatId + 1, FormatCode = NumberFormats.Change }) { Count = 2 },
        new Fonts(Calibri(bold: false), Calibri(bold: true)) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(Formats(FirstCustomFormatId, FirstCustomFormatId + 1, boldFont: 1)) { Count = 8 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>
    /// Appends the eight formats to a stylesheet another writer made (ClosedXML's), with a bold font and the date and change
    /// number formats under new ids, and returns their indices. The existing formats are left as they are.
    /// </summary>
    public static SaxStyles AppendTo(Stylesheet stylesheet, string dateFormat)
    {
        NumberingFormats numberFormats = stylesheet.NumberingFormats ??= new NumberingFormats();
        uint next = Math.Max(FirstCustomFormatId, numberFormats.Elements<NumberingFormat>().Select(f => f.NumberFormatId?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1);
        numberFormats.Append(new NumberingFormat { NumberFormatId = next, FormatCode = dateFormat }, new NumberingFormat { NumberFormatId = next + 1, FormatCode = NumberFormats.Change });
        numberFormats.Count = (uint)numberFormats.Elements<NumberingFormat>().Count();

        Fonts fonts = stylesheet.Fonts!;
        uint bold = (uint)fonts.Elements<Font>().Count();
        fonts.Append(Calibri(bold: true));
        fonts.Count = bold + 1;

        CellFormats formats = stylesheet.CellFormats!;
        uint first = (uint)formats.Elements<CellFormat>().Count();
        formats.Append(Formats(next, next + 1, bold));
        formats.Count = first + 8;
        return new SaxStyles(first, first + 1, first + 2, first + 3, first + 4, first + 5, first + 6, first + 7);
    }

    private static Font Calibri(bool bold) => bold
        ? new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })
        : new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });

    private static CellFormat[] Formats(uint dateFormat, uint changeFormat, uint boldFont) =>
    [
        new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
        new CellFormat { NumberFormatId = 3, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
        new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
        new CellFormat { NumberFormatId = dateFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
        new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, QuotePrefix = true },
        new CellFormat { NumberFormatId = 0, FontId = boldFont, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
        new CellFormat { NumberFormatId = 10, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
        new CellFormat { NumberFormatId = changeFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
    ];
}

/// <summary>What a streamed worksheet needs besides its rows.</summary>
/// <param name="Name">The sheet name (for truncated-cell addresses).</param>
/// <param name="IncludeHxlRow">Whether the HXL hashtag row follows the header.</param>
/// <param name="Styles">The cell-format indices.</param>
/// <param name="TableRelationshipId">The relationship id of the sheet's table part.</param>
/// <param name="TruncatedMarker">The truncation marker, with <c>{0}</c> for the original length.</param>
internal sealed record SaxSheet(string Name, bool IncludeHxlRow, SaxStyles Styles, string TableRelationshipId, string TruncatedMarker);
