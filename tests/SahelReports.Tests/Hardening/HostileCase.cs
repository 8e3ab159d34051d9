namespace SahelReports.Tests.Hardening;

/// <summary>The input classes of issue 9 item 1; every one must have cases in the corpus.</summary>
public enum HostileCategory
{
    /// <summary>Quotes, field counts, headers, separators, blank lines, oversized records.</summary>
    CsvStructure,

    /// <summary>Byte-order marks, Latin-1, NUL and control characters, invisible and bidi characters, NFD, mojibake.</summary>
    Encoding,

    /// <summary>Ambiguous, impossible, two-digit-year, Excel-serial, time-zoned and week-boundary dates.</summary>
    Dates,

    /// <summary>Decimal commas, thousands separators, NaN/Infinity, negative or fractional counts.</summary>
    Numbers,

    /// <summary>Swapped, out-of-range, 0,0 and out-of-country coordinates.</summary>
    Coordinates,

    /// <summary>Duplicate event ids and revisions within and across files.</summary>
    Duplicates,

    /// <summary>Negative figures, breakdowns over the total, overlapping sources.</summary>
    Displacement,

    /// <summary>Formula-like text, 40,000-character notes, control characters, invalid sheet names.</summary>
    SpreadsheetOutput,

    /// <summary>A 6,000-character note, missing glyphs, Arabic names, a 10,000-row table.</summary>
    PdfOutput,
}

/// <summary>What the library does with a hostile input (the outcome classes of docs/reliability.md).</summary>
public enum HostileOutcome
{
    /// <summary>The file cannot be read: one fatal issue with the file name (and line where there is one).</summary>
    FileError,

    /// <summary>The row is rejected with a stable code, file, line and column; the other rows are kept.</summary>
    RowRejected,

    /// <summary>The row is kept, with a value normalised or flagged by a warning that names file and line.</summary>
    Warned,

    /// <summary>The input is valid despite its look and is read exactly (no issue).</summary>
    Accepted,

    /// <summary>Output text is escaped or cut visibly so that the reader's program cannot misread it.</summary>
    Escaped,

    /// <summary>Output is rendered in full without loss (nothing clipped or dropped).</summary>
    Rendered,
}

/// <summary>One hostile input with its expected outcome; <see cref="Check"/> runs it and asserts the outcome.</summary>
/// <param name="Id">A stable, unique id (the test's display name).</param>
/// <param name="Category">The input class.</param>
/// <param name="Outcome">The expected outcome class.</param>
/// <param name="Description">What the input is and what must happen.</param>
/// <param name="Check">Runs the input through the library and asserts the expected behaviour.</param>
public sealed record HostileCase(string Id, HostileCategory Category, HostileOutcome Outcome, string Description, Action Check)
{
    /// <inheritdoc/>
    public override string ToString() => Id;
}
