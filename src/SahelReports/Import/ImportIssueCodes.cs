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

    /// <summary>The file is larger than a reader that loads whole files accepts (256 MiB; see docs/limits.md). Nothing was read.</summary>
    public const string FileTooLarge = "file-too-large";

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

    // ACLED import (src/SahelReports/Import/Acled); it also uses InvalidDate, InvalidNumber and UnknownCountry above.

    /// <summary>Error: a numeric date such as <c>03/04/2023</c> that reads as two different dates and the layout does not fix the order. Row rejected.</summary>
    public const string AmbiguousDate = "ambiguous-date";

    /// <summary>Error: the <c>year</c> column disagrees with the event date. Row rejected.</summary>
    public const string YearMismatch = "year-mismatch";

    /// <summary>Error: a coordinate written with a decimal comma (<c>14,4454</c>). Row rejected, never read as 144454.</summary>
    public const string DecimalComma = "decimal-comma";

    /// <summary>Error: a latitude outside −90…90 or a longitude outside −180…180. Row rejected.</summary>
    public const string CoordinatesOutOfRange = "coordinates-out-of-range";

    /// <summary>Warning: coordinates that lie outside the stated country (swapped latitude and longitude, 0,0, another country's place). Row kept, flagged.</summary>
    public const string CoordinatesOutsideCountry = "coordinates-outside-country";

    /// <summary>Error: negative fatalities. Row rejected.</summary>
    public const string NegativeFatalities = "negative-fatalities";

    /// <summary>Error: fatalities that are not a whole number. Row rejected.</summary>
    public const string NonIntegerFatalities = "non-integer-fatalities";

    /// <summary>Error: an event, sub-event or disorder type that is not in ACLED's taxonomy (current or pre-2019), or a sub-event type of another event type. Row rejected.</summary>
    public const string UnknownEventType = "unknown-event-type";

    /// <summary>Error: a row without an event id. Row rejected.</summary>
    public const string MissingId = "missing-id";

    /// <summary>Error: bytes that are not valid in the file's encoding. Row rejected (never replaced by U+FFFD silently).</summary>
    public const string InvalidEncoding = "invalid-encoding";

    /// <summary>Error: a value outside the codes a column allows (such as <c>time_precision</c> 4). Row rejected.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>Warning: an admin1 or admin2 name the gazetteer cannot match. Row kept, without the P-code.</summary>
    public const string UnmatchedPlace = "unmatched-place";

    /// <summary>Warning: an actor type (<c>inter1</c>/<c>inter2</c>) or interaction that is not recognised. Row kept, the type left unknown.</summary>
    public const string UnknownActorType = "unknown-actor-type";

    /// <summary>Warning: the same event id with the same timestamp but different content; the first row is kept. Counted as merged.</summary>
    public const string ConflictingDuplicate = "conflicting-duplicate";

    /// <summary>
    /// Warning, once per file: rows of a file aggregated straight from an <see cref="AcledReader"/> repeat the event id of an
    /// earlier row (revisions or duplicates). The streamed aggregate counts every row, so those events are counted more than once;
    /// import the file into an <see cref="Incidents.IncidentSet"/> (<see cref="AcledImporter"/>) to merge them. Rows are still counted
    /// as accepted.
    /// </summary>
    public const string RepeatedIdNotMerged = "repeated-id-not-merged";
}
