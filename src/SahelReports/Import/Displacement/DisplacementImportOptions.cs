using SahelReports.Displacement;

namespace SahelReports.Import.Displacement;

/// <summary>Options of <see cref="DisplacementImporter"/>.</summary>
public sealed record DisplacementImportOptions
{
    /// <summary>Gets the default options.</summary>
    public static DisplacementImportOptions Default { get; } = new();

    /// <summary>Gets the source given to figures of generic HXL tables that have no <c>#meta+source</c> or <c>#org</c>
    /// column; <see langword="null"/> (the default) for <see cref="DisplacementSourceKind.Other"/>.</summary>
    public DisplacementSource? Source { get; init; }

    /// <summary>Gets how many issues are kept in the report (all are counted); defaults to <see cref="ImportReport.DefaultIssueLimit"/>.</summary>
    public int IssueLimit { get; init; } = ImportReport.DefaultIssueLimit;
}
