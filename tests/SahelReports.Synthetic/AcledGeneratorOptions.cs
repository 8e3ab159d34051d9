using NodaTime;

namespace SahelReports.Synthetic;

/// <summary>Settings of <see cref="AcledGenerator"/>. The same options always give the same rows, on every machine.</summary>
public sealed record AcledGeneratorOptions
{
    /// <summary>Gets the seed of the pseudo-random generator. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Gets the first event date (inclusive). Default 2023-10-30 (a Monday).</summary>
    public LocalDate Start { get; init; } = new(2023, 10, 30);

    /// <summary>Gets the last event date (inclusive). Default 2024-11-03 (a Sunday, end of ISO week 2024-W44).</summary>
    public LocalDate End { get; init; } = new(2024, 11, 3);

    /// <summary>Gets the column layout. Default <see cref="SyntheticAcledLayout.Current"/>.</summary>
    public SyntheticAcledLayout Layout { get; init; } = SyntheticAcledLayout.Current;

    /// <summary>Gets the field delimiter: <c>,</c> (default) or <c>;</c> (Excel re-saved files).</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Gets a value indicating whether <c>inter1</c>/<c>inter2</c> and <c>interaction</c> are written as
    /// numbers (<c>2</c>, <c>12</c>) rather than the text labels of current exports (<c>Rebel group</c>). Default false.</summary>
    public bool NumericInterCodes { get; init; }

    /// <summary>Gets a value indicating whether about 4% of events fall in neighbouring countries
    /// (Benin, Togo, Côte d'Ivoire, Nigeria, Mauritania, Algeria, Chad), which the built-in gazetteer does not cover. Default true.</summary>
    public bool IncludeNeighbours { get; init; } = true;

    /// <summary>Gets a value indicating whether the seed-story events of 2–3 November 2024 are written when
    /// their dates fall inside the period. Default true.</summary>
    public bool IncludeSeedStory { get; init; } = true;

    /// <summary>Gets the share of events (0 to 1) that are written a second time later in the file as an edit
    /// (same <c>event_id_cnty</c>, newer timestamp, fatalities possibly revised). Default 0.</summary>
    public double RevisionRate { get; init; }

    /// <summary>Gets the share of admin names written in an ASCII or alias spelling (<c>Tillaberi</c>, <c>Segou</c>)
    /// instead of the accented official name. Default 0.3.</summary>
    public double AsciiNameRate { get; init; } = 0.3;

    /// <summary>Gets the line terminator. Default <c>"\n"</c>.</summary>
    public string NewLine { get; init; } = "\n";

    /// <summary>Validates the options.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    internal void Validate()
    {
        if (End < Start)
        {
            throw new ArgumentException($"End ({End:yyyy-MM-dd}) must not be before Start ({Start:yyyy-MM-dd}).", nameof(End));
        }

        if (Delimiter is not (',' or ';'))
        {
            throw new ArgumentException($"Delimiter must be ',' or ';'; got '{Delimiter}'.", nameof(Delimiter));
        }

        if (RevisionRate is < 0 or > 1 || double.IsNaN(RevisionRate))
        {
            throw new ArgumentException($"RevisionRate must be between 0 and 1; got {RevisionRate}.", nameof(RevisionRate));
        }

        if (AsciiNameRate is < 0 or > 1 || double.IsNaN(AsciiNameRate))
        {
            throw new ArgumentException($"AsciiNameRate must be between 0 and 1; got {AsciiNameRate}.", nameof(AsciiNameRate));
        }

        if (NewLine is not ("\n" or "\r\n" or "\r"))
        {
            throw new ArgumentException("NewLine must be \\n, \\r\\n or \\r.", nameof(NewLine));
        }
    }
}
