namespace SahelReports.Displacement;

/// <summary>The population group a displacement figure counts.</summary>
/// <remarks>
/// <para>Groups are never added together: an internally displaced person and a refugee are different legal situations,
/// and sources count them in different ways. <see cref="PopulationGroups.TryParse(string?, out PopulationGroup)"/> maps
/// the UNHCR and HDX HAPI codes (<c>IDP</c>, <c>REF</c>, <c>ASY</c>…).</para>
/// </remarks>
public enum PopulationGroup
{
    /// <summary>Internally displaced persons (UNHCR/HAPI code <c>IDP</c>).</summary>
    Idp = 0,

    /// <summary>Refugees, including people in a refugee-like situation (<c>REF</c>, <c>ROC</c>).</summary>
    Refugee = 1,

    /// <summary>Asylum seekers (<c>ASY</c>).</summary>
    AsylumSeeker = 2,

    /// <summary>Refugees who returned to their country of origin (<c>RET</c>, UNHCR's <c>returned_refugees</c>).</summary>
    Returnee = 3,

    /// <summary>Internally displaced persons who returned to their place of origin (<c>RDP</c>, UNHCR's <c>returned_idps</c>).</summary>
    ReturnedIdp = 4,

    /// <summary>Stateless persons (<c>STA</c>).</summary>
    Stateless = 5,

    /// <summary>Other people of concern or in need of international protection (<c>OOC</c>, <c>OIP</c>, <c>IOC</c>, <c>HST</c>).</summary>
    OtherOfConcern = 6,
}
