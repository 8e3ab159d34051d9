using System.Globalization;

namespace SahelReports.Incidents;

/// <summary>ACLED's interaction: the pair of actor types in an event, such as 13 (state forces vs political militia).</summary>
/// <param name="First">The first actor's type.</param>
/// <param name="Second">The second actor's type, or <see langword="null"/> for events with a sole actor (code <c>N0</c>).</param>
public readonly record struct Interaction(ActorType First, ActorType? Second)
{
    /// <summary>Gets ACLED's numeric interaction code: 10 × the lower type + the higher type (or 0 for a sole actor).</summary>
    public int Code
    {
        get
        {
            int a = (int)First;
            if (Second is not { } second)
            {
                return a * 10;
            }

            int b = (int)second;
            return Math.Min(a, b) * 10 + Math.Max(a, b);
        }
    }

    /// <summary>Returns the label in ACLED's text form, for example <c>State forces-Rebel group</c> or <c>Civilians only</c>.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Second is { } s
        ? $"{AcledTaxonomy.GetName(First)}-{AcledTaxonomy.GetName(s)}"
        : $"{AcledTaxonomy.GetName(First)} only";

    /// <summary>Parses a numeric ACLED interaction code (<c>13</c>, <c>20</c>) or a label (<c>State forces-Rebel group</c>, <c>Sole rioter action</c> forms are not accepted).</summary>
    /// <param name="text">The value.</param>
    /// <param name="result">The interaction, when recognised.</param>
    /// <returns><see langword="true"/> when recognised.</returns>
    public static bool TryParse(string? text, out Interaction result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string t = text.Trim();
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out int code) && code is >= 10 and <= 88)
        {
            int a = code / 10;
            int b = code % 10;
            if (a is < 1 or > 8 || b > 8)
            {
                return false;
            }

            result = new Interaction((ActorType)a, b == 0 ? null : (ActorType)b);
            return true;
        }

        if (t.EndsWith(" only", StringComparison.OrdinalIgnoreCase) && AcledTaxonomy.TryParseActorType(t[..^5], out ActorType sole))
        {
            result = new Interaction(sole, null);
            return true;
        }

        int dash = t.IndexOf('-', StringComparison.Ordinal);
        while (dash > 0)
        {
            if (AcledTaxonomy.TryParseActorType(t[..dash], out ActorType first) && AcledTaxonomy.TryParseActorType(t[(dash + 1)..], out ActorType second))
            {
                result = new Interaction(first, second);
                return true;
            }

            dash = t.IndexOf('-', dash + 1);
        }

        return false;
    }
}
