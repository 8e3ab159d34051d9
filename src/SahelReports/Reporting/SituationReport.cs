using SahelReports.Incidents;

namespace SahelReports.Reporting;

/// <summary>
/// A renderer-neutral situation report: metadata, key figures, highlights, sections of blocks and sources.
/// Renderers (Markdown here; PDF and Excel in their packages) draw it without knowing where the numbers came from.
/// </summary>
/// <remarks><para>A built report stays open for extension: key figures, highlights, sections, their blocks and sources are
/// editable lists, so a caller can add, remove or reorder content before rendering. Not thread-safe while being edited;
/// rendering only reads it.</para></remarks>
public sealed class SituationReport
{
    /// <summary>Creates an empty report with its metadata.</summary>
    /// <param name="metadata">The metadata.</param>
    public SituationReport(ReportMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        Metadata = metadata;
    }

    /// <summary>Gets or sets the metadata.</summary>
    public ReportMetadata Metadata { get; set; }

    /// <summary>Gets the key figure cards, in display order.</summary>
    public IList<KeyFigure> KeyFigures { get; } = [];

    /// <summary>Gets the highlights (3–6 sentences in the standard weekly report).</summary>
    public IList<RichText> Highlights { get; } = [];

    /// <summary>Gets the sections, in order.</summary>
    public IList<ReportSection> Sections { get; } = [];

    /// <summary>Gets the sources cited.</summary>
    public IList<SourceReference> Sources { get; } = [];

    /// <summary>
    /// Gets or sets the incident records the report was built from, in their order in the source, so renderers can list them
    /// (the Excel workbook's Incidents sheet); <see langword="null"/> when the report was not built from incident records.
    /// <see cref="WeeklySituationReportBuilder"/> sets the incidents of the covered countries, of every date it was given.
    /// </summary>
    public IReadOnlyList<ConflictIncident>? Incidents { get; set; }

    /// <summary>Finds a section by its identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The section, or <see langword="null"/>.</returns>
    public ReportSection? FindSection(string id) => Sections.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
}
