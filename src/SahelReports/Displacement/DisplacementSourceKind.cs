namespace SahelReports.Displacement;

/// <summary>The organisation that published a displacement figure.</summary>
public enum DisplacementSourceKind
{
    /// <summary>IOM Displacement Tracking Matrix.</summary>
    Dtm = 0,

    /// <summary>UNHCR population statistics.</summary>
    Unhcr = 1,

    /// <summary>Burkina Faso's Conseil national de secours d'urgence et de réhabilitation (national IDP registry).</summary>
    Conasur = 2,

    /// <summary>A Commission Mouvements de Population (Mali's population-movement commission, led by IOM and UNHCR).</summary>
    Cmp = 3,

    /// <summary>Internal Displacement Monitoring Centre.</summary>
    Idmc = 4,

    /// <summary>Any other publisher; name it in <see cref="DisplacementSource.Operation"/> or <see cref="DisplacementSource.Name"/>.</summary>
    Other = 5,
}
