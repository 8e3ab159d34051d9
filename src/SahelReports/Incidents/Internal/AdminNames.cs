using SahelReports.Geography;

namespace SahelReports.Incidents.Internal;

/// <summary>The country and admin names and codes of an <see cref="IncidentLocation"/>, shared between locations of the same areas.</summary>
/// <remarks>Changed only while the location in <see cref="Owner"/> is being initialised, as <see cref="IncidentCoding"/> is.
/// Equality compares the values, never the owner.</remarks>
internal sealed class AdminNames : IEquatable<AdminNames>
{
    /// <summary>Creates fixed (shareable) names.</summary>
    public AdminNames(string country, string? admin1, string? admin2, string? admin3, PCode? admin1Code, PCode? admin2Code) =>
        (Country, Admin1, Admin2, Admin3, Admin1Code, Admin2Code) = (country, admin1, admin2, admin3, admin1Code, admin2Code);

    /// <summary>Nothing set yet (a location being initialised).</summary>
    public static AdminNames None { get; } = new(null!, null, null, null, null, null);

    public string Country { get; set; }

    public string? Admin1 { get; set; }

    public string? Admin2 { get; set; }

    public string? Admin3 { get; set; }

    public PCode? Admin1Code { get; set; }

    public PCode? Admin2Code { get; set; }

    /// <summary>The location being initialised that may still change this instance, or <see langword="null"/> (shared, fixed).</summary>
    public object? Owner { get; private set; }

    /// <summary>Makes this instance fixed (no owner): called when its owner is copied, so that neither changes it again and the
    /// copy does not keep the owner alive through it.</summary>
    public AdminNames Freeze()
    {
        if (!ReferenceEquals(this, None))
        {
            Owner = null;
        }

        return this;
    }

    /// <summary>This instance when <paramref name="owner"/> owns it, otherwise a copy owned by it.</summary>
    public AdminNames WritableBy(object owner) =>
        ReferenceEquals(Owner, owner) ? this : new AdminNames(Country, Admin1, Admin2, Admin3, Admin1Code, Admin2Code) { Owner = owner };

    /// <inheritdoc/>
    public bool Equals(AdminNames? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Country, other.Country, StringComparison.Ordinal)
        && string.Equals(Admin1, other.Admin1, StringComparison.Ordinal) && string.Equals(Admin2, other.Admin2, StringComparison.Ordinal)
        && string.Equals(Admin3, other.Admin3, StringComparison.Ordinal) && Admin1Code == other.Admin1Code && Admin2Code == other.Admin2Code));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AdminNames);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Country, Admin1, Admin2, Admin3, Admin1Code, Admin2Code);
}
