namespace SahelReports.Reporting;

/// <summary>A titled section of a report; its blocks can be added, removed and reordered before rendering.</summary>
public sealed class ReportSection
{
    /// <summary>Creates a section.</summary>
    /// <param name="id">A stable identifier (for example <c>security-overview</c>) so callers can find the section to change it.</param>
    /// <param name="title">The title shown in the report.</param>
    /// <param name="blocks">The initial blocks.</param>
    public ReportSection(string id, string title, IEnumerable<ReportBlock>? blocks = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(title);
        Id = id;
        Title = title;
        Blocks = blocks?.ToList() ?? [];
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets or sets the title.</summary>
    public string Title { get; set; }

    /// <summary>Gets the blocks, in order; editable.</summary>
    public IList<ReportBlock> Blocks { get; }
}
