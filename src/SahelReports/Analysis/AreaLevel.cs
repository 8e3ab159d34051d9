namespace SahelReports.Analysis;

/// <summary>The administrative level areas are ranked at.</summary>
public enum AreaLevel
{
    /// <summary>First-level areas (regions: Mopti, Sahel, Tillabéri).</summary>
    Admin1 = 1,

    /// <summary>Second-level areas (cercles, provinces, departments: Bandiagara, Soum).</summary>
    Admin2 = 2,
}
