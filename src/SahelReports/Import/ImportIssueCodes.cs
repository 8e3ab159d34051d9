namespace SahelReports.Import;

/// <summary>The stable codes of issues that concern files and records in general, whatever their format.</summary>
/// <remarks><para>Codes never change once published; format-specific codes live beside their importer.</para></remarks>
public static class ImportIssueCodes
{
    /// <summary>The file does not exist or cannot be opened.</summary>
    public const string FileNotFound = "file-not-found";

    /// <summary>The file is empty or has a header and no way to read it.</summary>
    public const string FileEmpty = "file-empty";

    /// <summary>The header matches no known layout.</summary>
    public const string UnknownHeader = "unknown-header";

    /// <summary>The file is not a delimited text file (binary content, a zip, a spreadsheet).</summary>
    public const string NotCsv = "not-csv";

    /// <summary>A record exceeds the documented maximum record size.</summary>
    public const string RecordTooLarge = "record-too-large";

    /// <summary>A quoted field is not closed, or text follows a closing quote.</summary>
    public const string MalformedQuoting = "malformed-quoting";

    /// <summary>A record has more or fewer fields than the header.</summary>
    public const string FieldCount = "field-count";

    /// <summary>The bytes are not valid UTF-8; the file was read as Windows-1252.</summary>
    public const string EncodingFallback = "encoding-fallback";

    /// <summary>Invisible characters (zero-width, bidi controls, NUL) were stripped from a value.</summary>
    public const string InvisibleCharacters = "invisible-characters";

    /// <summary>A value was normalised to Unicode NFC.</summary>
    public const string NormalisedToNfc = "normalised-nfc";

    /// <summary>A required value is missing.</summary>
    public const string MissingValue = "missing-value";

    /// <summary>A blank line was skipped.</summary>
    public const string BlankLine = "blank-line";

    /// <summary>More issues were found than the report keeps; they are counted, not listed.</summary>
    public const string IssuesTruncated = "issues-truncated";

    /// <summary>No HXL hashtag row was found in the first 25 rows (or the JSON holds no HXL rows).</summary>
    public const string HxlNoTagRow = "hxl-no-tag-row";

    /// <summary>The file's layout was not recognised as any supported format.</summary>
    public const string UnknownFormat = "unknown-format";

    /// <summary>A number could not be read (not an integer, negative, or written with separators).</summary>
    public const string InvalidNumber = "invalid-number";

    /// <summary>A date could not be read.</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>A country code is not a known ISO 3166-1 alpha-3 (or UNHCR) code.</summary>
    public const string UnknownCountry = "unknown-country";

    /// <summary>A P-code is malformed.</summary>
    public const string InvalidPCode = "invalid-pcode";

    /// <summary>A legacy P-code (ISO alpha-3 prefix) was normalised.</summary>
    public const string LegacyPCode = "legacy-pcode";

    /// <summary>A sex/age breakdown or a household count is larger than the total it splits.</summary>
    public const string BreakdownExceedsTotal = "breakdown-exceeds-total";

    /// <summary>Two rows give different figures for the same area, group, source, assessment type, round and date.</summary>
    public const string DuplicateFigure = "duplicate-figure";

    /// <summary>A population group or category is not recognised.</summary>
    public const string UnknownGroup = "unknown-group";

    /// <summary>A place name could not be matched to a P-code (unknown or ambiguous); the row is rejected, never guessed.</summary>
    public const string UnknownPlace = "unknown-place";

    /// <summary>A coded value (such as a DTM assessment type) is malformed.</summary>
    public const string InvalidValue = "invalid-value";
}
