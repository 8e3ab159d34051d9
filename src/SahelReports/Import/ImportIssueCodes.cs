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
}
