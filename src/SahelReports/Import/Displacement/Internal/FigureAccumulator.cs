using SahelReports.Displacement;
using SahelReports.Internal;
using NodaTime;

namespace SahelReports.Import.Displacement.Internal;

/// <summary>What happened to one input row.</summary>
internal enum RowOutcome
{
    /// <summary>The row started a new figure (accepted).</summary>
    New,

    /// <summary>The row added a part (reason/origin) to a figure started by an earlier row (merged).</summary>
    Merged,

    /// <summary>The row repeats a part already seen with the same value (merged, warning; not counted twice).</summary>
    ExactDuplicate,

    /// <summary>The row repeats a part already seen with another value (rejected, error).</summary>
    Conflict,
}

/// <summary>A validated row, ready to be folded into a figure.</summary>
internal sealed record FigureRow(
    DisplacementArea Area,
    PopulationGroup Group,
    DisplacementSource Source,
    AssessmentType AssessmentType,
    int? Round,
    LocalDate Date,
    long Individuals,
    string? Reason,
    DisplacementArea? Origin,
    long? Households,
    long? Females,
    long? Males);

/// <summary>Folds rows into figures: rows of the same area, group, source, assessment type, round and date are parts of
/// one figure (split by reason/origin) and are summed; nothing else is ever summed.</summary>
internal sealed class FigureAccumulator
{
    private readonly Dictionary<FigureKey, Entry> _entries = [];
    private readonly List<FigureKey> _order = [];

    public RowOutcome Add(FigureRow row, out long firstLine, long line)
    {
        var key = new FigureKey(row.Area, row.Group, row.Source, row.AssessmentType, row.Round, row.Date);
        var partKey = new PartKey(row.Reason, row.Origin);
        if (!_entries.TryGetValue(key, out Entry? entry))
        {
            entry = new Entry(line);
            _entries.Add(key, entry);
            _order.Add(key);
            entry.Add(partKey, row);
            firstLine = line;
            return RowOutcome.New;
        }

        firstLine = entry.FirstLine;
        if (entry.Parts.TryGetValue(partKey, out FigureRow? seen))
        {
            return seen.Individuals == row.Individuals && seen.Households == row.Households && seen.Females == row.Females && seen.Males == row.Males
                ? RowOutcome.ExactDuplicate
                : RowOutcome.Conflict;
        }

        entry.Add(partKey, row);
        return RowOutcome.Merged;
    }

    public IEnumerable<DisplacementFigure> Build()
    {
        foreach (FigureKey key in _order)
        {
            Entry e = _entries[key];
            FigureRow[] rows = [.. e.Parts.Values];
            long total = rows.Sum(r => r.Individuals);
            long? households = rows.All(r => r.Households is not null) ? rows.Sum(r => r.Households!.Value) : null;
            long? females = rows.All(r => r.Females is not null) ? rows.Sum(r => r.Females!.Value) : null;
            long? males = rows.All(r => r.Males is not null) ? rows.Sum(r => r.Males!.Value) : null;
            string? reason = rows.Select(r => r.Reason).Distinct(StringComparer.Ordinal).Count() == 1 ? rows[0].Reason : null;
            DisplacementArea? origin = rows.Select(r => r.Origin).Distinct().Count() == 1 ? rows[0].Origin : null;
            IReadOnlyList<DisplacementPart>? parts = rows.Length > 1
                ? rows.Select(r => new DisplacementPart(r.Reason, r.Origin, r.Individuals)).ToArray()
                : null;
            SexAgeBreakdown? breakdown = females is null && males is null ? null : new SexAgeBreakdown(females, males);
            yield return new DisplacementFigure(
                key.Area, key.Group, total, key.Date, key.Source, key.Round, key.AssessmentType, households, breakdown, origin, reason, parts);
        }
    }

    private readonly record struct FigureKey(DisplacementArea Area, PopulationGroup Group, DisplacementSource Source, AssessmentType AssessmentType, int? Round, LocalDate Date);

    private readonly record struct PartKey(string? Reason, DisplacementArea? Origin);

    private sealed class Entry(long firstLine)
    {
        public long FirstLine { get; } = firstLine;

        public Dictionary<PartKey, FigureRow> Parts { get; } = [];

        public void Add(PartKey key, FigureRow row) => Parts.Add(key, row);
    }
}

/// <summary>Counts one file's rows and records their issues.</summary>
internal sealed class FileTally(string file, string format, IssueCollector issues)
{
    public string File { get; } = file;

    public string Format { get; set; } = format;

    public long Read { get; private set; }

    public long Accepted { get; private set; }

    public long Rejected { get; private set; }

    public long Merged { get; private set; }

    public IssueCollector Issues { get; } = issues;

    public void Issue(long line, string? column, IssueSeverity severity, string code, string message) =>
        Issues.Add(new ImportIssue(File, line, column, severity, code, message));

    /// <summary>Reads the whole text as CSV rows with their line numbers; a malformed or empty file is recorded as fatal.</summary>
    /// <returns><see langword="false"/> when the file could not be read (the fatal issue is recorded).</returns>
    public bool TryReadCsvRows(string text, out List<IReadOnlyList<string>> rows, out List<long> lines)
    {
        rows = [];
        lines = [];
        try
        {
            Hxl.HxlReader.ReadCsvRows(new StringReader(text), rows, lines);
        }
        catch (CsvHelper.CsvFormatException ex)
        {
            bool tooLarge = ex.Message.Contains("size", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("large", StringComparison.OrdinalIgnoreCase);
            Fatal(tooLarge ? ImportIssueCodes.RecordTooLarge : ImportIssueCodes.MalformedQuoting, "The CSV is malformed: " + ex.Message, ex.LineNumber);
            return false;
        }

        if (rows.Count == 0)
        {
            Fatal(ImportIssueCodes.FileEmpty, "The file has no rows.");
            return false;
        }

        return true;
    }

    public void Reject(long line, string? column, string code, string message)
    {
        Read++;
        Rejected++;
        Issue(line, column, IssueSeverity.Error, code, message);
    }

    public void AcceptRow()
    {
        Read++;
        Accepted++;
    }

    public void MergeWithoutFigure()
    {
        Read++;
        Merged++;
    }

    public void Fold(FigureAccumulator acc, IReadOnlyList<FigureRow> figures, long line)
    {
        // A row may carry several figures (UNHCR: one per group). It is accepted when it starts one, merged when it only
        // adds parts to figures earlier rows started, rejected when one of its parts conflicts with an earlier row.
        Read++;
        bool any = false, conflict = false;
        foreach (FigureRow f in figures)
        {
            switch (acc.Add(f, out long first, line))
            {
                case RowOutcome.New:
                    any = true;
                    break;
                case RowOutcome.ExactDuplicate:
                    Issue(line, null, IssueSeverity.Warning, ImportIssueCodes.DuplicateFigure,
                        $"Repeats line {first}'s {PopulationGroups.ToCode(f.Group)} figure for {f.Area.Key} ({f.Individuals}); counted once.");
                    break;
                case RowOutcome.Conflict:
                    conflict = true;
                    Issue(line, null, IssueSeverity.Error, ImportIssueCodes.DuplicateFigure,
                        $"Gives {f.Individuals} for the same {PopulationGroups.ToCode(f.Group)} figure of {f.Area.Key} (same source, assessment, round, date, reason and origin) as line {first}, with another value; this row's value was left out.");
                    break;
                default:
                    break;
            }
        }

        if (conflict && !any)
        {
            Rejected++;
        }
        else if (any || figures.Count == 0)
        {
            Accepted++;
        }
        else
        {
            Merged++;
        }
    }

    public void Fatal(string code, string message, long line = 0)
    {
        FatalIssue = new ImportIssue(File, line, null, IssueSeverity.Fatal, code, message);
        Issues.Add(FatalIssue);
    }

    public ImportIssue? FatalIssue { get; private set; }

    public FileImportSummary ToSummary() => new(File, Format, Read, Accepted, Rejected, Merged, FatalIssue);
}
