namespace SahelReports.Displacement;

/// <summary>Who published a figure: the organisation and, where it runs several, the operation or data set.</summary>
/// <remarks>
/// <para>Figures from different sources are never added: two sources usually count the same people. Two DTM operations are
/// two sources for the same reason, so <see cref="Operation"/> takes part in equality (compared ordinally).</para>
/// </remarks>
public sealed record DisplacementSource
{
    /// <summary>Creates a source.</summary>
    /// <param name="kind">The publishing organisation.</param>
    /// <param name="operation">The operation or data set (DTM's <c>operation</c>, for example
    /// <c>Lake Chad Basin Crisis</c>), or <see langword="null"/>. Blank text counts as none.</param>
    /// <param name="name">A display name for <see cref="DisplacementSourceKind.Other"/> sources, or <see langword="null"/>.
    /// Blank text counts as none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public DisplacementSource(DisplacementSourceKind kind, string? operation = null, string? name = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined DisplacementSourceKind value.");
        }

        Kind = kind;
        Operation = string.IsNullOrWhiteSpace(operation) ? null : operation.Trim();
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
    }

    /// <summary>Gets the IOM DTM source with no operation named.</summary>
    public static DisplacementSource Dtm { get; } = new(DisplacementSourceKind.Dtm);

    /// <summary>Gets the UNHCR population statistics source.</summary>
    public static DisplacementSource Unhcr { get; } = new(DisplacementSourceKind.Unhcr);

    /// <summary>Gets the CONASUR (Burkina Faso) source.</summary>
    public static DisplacementSource Conasur { get; } = new(DisplacementSourceKind.Conasur);

    /// <summary>Gets the publishing organisation.</summary>
    public DisplacementSourceKind Kind { get; }

    /// <summary>Gets the operation or data set, or <see langword="null"/>.</summary>
    public string? Operation { get; }

    /// <summary>Gets the display name of an <see cref="DisplacementSourceKind.Other"/> source, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>Gets the short label of the organisation: <c>IOM DTM</c>, <c>UNHCR</c>, <c>CONASUR</c>, <c>CMP</c>,
    /// <c>IDMC</c>, or <see cref="Name"/> (else <c>Other</c>).</summary>
    public string Label => Kind switch
    {
        DisplacementSourceKind.Dtm => "IOM DTM",
        DisplacementSourceKind.Unhcr => "UNHCR",
        DisplacementSourceKind.Conasur => "CONASUR",
        DisplacementSourceKind.Cmp => "CMP",
        DisplacementSourceKind.Idmc => "IDMC",
        _ => Name ?? "Other",
    };

    /// <summary>Returns the label followed by the operation in parentheses, if any (<c>IOM DTM (Lake Chad Basin Crisis)</c>).</summary>
    /// <returns>The display text.</returns>
    public override string ToString() => Operation is null ? Label : $"{Label} ({Operation})";
}
