namespace SahelReports.Reporting;

/// <summary>The organisation that publishes a report, shown in the masthead.</summary>
/// <param name="Name">The organisation's name.</param>
/// <param name="ContactLine">A contact line (email, website), or <see langword="null"/>.</param>
/// <param name="Logo">The organisation's logo, or <see langword="null"/>.</param>
public sealed record Publisher(string Name, string? ContactLine = null, ReportImage? Logo = null)
{
    /// <summary>Gets the default publisher used when the caller gives none.</summary>
    public static Publisher Default { get; } = new("SahelReports");
}
