using System.Globalization;
using System.Text;
using NodaTime;

namespace SahelReports.Synthetic.Internal;

/// <summary>The type, actors and figures of an event before it is placed in time.</summary>
internal sealed record EventDraft(
    string DisorderType, string EventType, string SubEventType,
    ActorInfo Actor1, string AssocActor1, ActorInfo? Actor2, string AssocActor2,
    bool CivilianTargeting, int Fatalities, string Source, string Tags);

/// <summary>Draws event types with plausible Central Sahel frequencies, actors to match, fatalities and notes.</summary>
internal static class EventDrafts
{
    private const string PoliticalViolence = "Political violence";
    private const string Demonstrations = "Demonstrations";
    private const string Strategic = "Strategic developments";
    private const string Mixed = "Political violence; Demonstrations";

    private enum Kind
    {
        ArmedClash, GovernmentRegains, NonStateOvertakes, Attack, Abduction, SexualViolence, Ied, Shelling, AirDrone,
        Grenade, SuicideBomb, PeacefulProtest, ProtestIntervention, ExcessiveForce, ViolentDemonstration, MobViolence,
        Looting, Arrests, ChangeToGroup, DisruptedWeapons, Other, NonViolentTransfer, Agreement, Headquarters,
    }

    private static readonly (Kind Kind, string Disorder, string Event, string Sub, double Weight)[] s_kinds =
    [
        (Kind.ArmedClash, PoliticalViolence, "Battles", "Armed clash", 30),
        (Kind.GovernmentRegains, PoliticalViolence, "Battles", "Government regains territory", 1.5),
        (Kind.NonStateOvertakes, PoliticalViolence, "Battles", "Non-state actor overtakes territory", 1),
        (Kind.Attack, PoliticalViolence, "Violence against civilians", "Attack", 20),
        (Kind.Abduction, PoliticalViolence, "Violence against civilians", "Abduction/forced disappearance", 8),
        (Kind.SexualViolence, PoliticalViolence, "Violence against civilians", "Sexual violence", 0.7),
        (Kind.Ied, PoliticalViolence, "Explosions/Remote violence", "Remote explosive/landmine/IED", 6),
        (Kind.Shelling, PoliticalViolence, "Explosions/Remote violence", "Shelling/artillery/missile attack", 2),
        (Kind.AirDrone, PoliticalViolence, "Explosions/Remote violence", "Air/drone strike", 3.5),
        (Kind.Grenade, PoliticalViolence, "Explosions/Remote violence", "Grenade", 0.3),
        (Kind.SuicideBomb, PoliticalViolence, "Explosions/Remote violence", "Suicide bomb", 0.2),
        (Kind.PeacefulProtest, Demonstrations, "Protests", "Peaceful protest", 7),
        (Kind.ProtestIntervention, Demonstrations, "Protests", "Protest with intervention", 0.8),
        (Kind.ExcessiveForce, Mixed, "Protests", "Excessive force against protesters", 0.2),
        (Kind.ViolentDemonstration, Demonstrations, "Riots", "Violent demonstration", 1.2),
        (Kind.MobViolence, Mixed, "Riots", "Mob violence", 0.8),
        (Kind.Looting, Strategic, "Strategic developments", "Looting/property destruction", 5),
        (Kind.Arrests, Strategic, "Strategic developments", "Arrests", 2),
        (Kind.ChangeToGroup, Strategic, "Strategic developments", "Change to group/activity", 2.5),
        (Kind.DisruptedWeapons, Strategic, "Strategic developments", "Disrupted weapons use", 1.5),
        (Kind.Other, Strategic, "Strategic developments", "Other", 1),
        (Kind.NonViolentTransfer, Strategic, "Strategic developments", "Non-violent transfer of territory", 0.8),
        (Kind.Agreement, Strategic, "Strategic developments", "Agreement", 0.4),
        (Kind.Headquarters, Strategic, "Strategic developments", "Headquarters or base established", 0.3),
    ];

    private static readonly double[] s_cumulative = Cumulate();

    public static EventDraft Draw(Random rng, Place place)
    {
        double u = rng.NextDouble() * s_cumulative[^1];
        int i = Array.BinarySearch(s_cumulative, u);
        i = i < 0 ? Math.Min(~i, s_kinds.Length - 1) : i;
        (Kind kind, string disorder, string eventType, string sub, _) = s_kinds[i];
        string countryName = place.Country.NameEn;
        ActorInfo state = Catalog.StateOf(place.Country.Alpha3, countryName);
        ActorInfo civilians = Catalog.CiviliansOf(countryName);

        ActorInfo a1;
        ActorInfo? a2 = null;
        bool civ = false;
        int fat = 0;
        string tags = "";
        switch (kind)
        {
            case Kind.ArmedClash:
                if (rng.NextDouble() < 0.3)
                {
                    a1 = state;
                    a2 = Rebel(rng, place);
                }
                else
                {
                    a1 = Rebel(rng, place);
                    double v = rng.NextDouble();
                    a2 = v < 0.55 ? state : v < 0.85 ? Militia(rng, place) : OtherRebel(a1);
                }

                fat = Fatal(rng, 0.4, 7);
                break;
            case Kind.GovernmentRegains:
                (a1, a2, fat) = (state, Rebel(rng, place), Fatal(rng, 0.5, 5));
                break;
            case Kind.NonStateOvertakes:
                (a1, a2, fat) = (Rebel(rng, place), rng.NextDouble() < 0.7 ? state : Militia(rng, place), Fatal(rng, 0.5, 6));
                break;
            case Kind.Attack:
                {
                    double v = rng.NextDouble();
                    a1 = v < 0.55 ? Rebel(rng, place) : v < 0.7 ? state : v < 0.85 ? Militia(rng, place) : Catalog.UnidentifiedOf(countryName);
                    (a2, civ, fat) = (civilians, true, Fatal(rng, 0.3, 4));
                    break;
                }

            case Kind.Abduction:
                {
                    double v = rng.NextDouble();
                    a1 = v < 0.6 ? Rebel(rng, place) : v < 0.9 ? Catalog.UnidentifiedOf(countryName) : state;
                    (a2, civ, fat) = (civilians, true, Fatal(rng, 0.95, 1));
                    break;
                }

            case Kind.SexualViolence:
                (a1, a2, civ) = (rng.NextDouble() < 0.7 ? Rebel(rng, place) : state, civilians, true);
                break;
            case Kind.Ied:
                a1 = rng.NextDouble() < 0.7 ? Rebel(rng, place) : Catalog.UnidentifiedOf(countryName);
                if (rng.NextDouble() < 0.65)
                {
                    a2 = state;
                }
                else
                {
                    (a2, civ) = (civilians, true);
                }

                fat = Fatal(rng, 0.5, 3);
                break;
            case Kind.Shelling:
                (a1, a2, fat) = (Rebel(rng, place), state, Fatal(rng, 0.75, 2));
                break;
            case Kind.AirDrone:
                a1 = state;
                if (rng.NextDouble() < 0.7)
                {
                    a2 = Rebel(rng, place);
                }
                else
                {
                    (a2, civ) = (civilians, true);
                }

                fat = Fatal(rng, 0.35, 8);
                break;
            case Kind.Grenade:
                (a1, a2, fat) = (Rebel(rng, place), state, Fatal(rng, 0.8, 1));
                break;
            case Kind.SuicideBomb:
                (a1, a2, fat) = (Rebel(rng, place), state, Fatal(rng, 0, 6));
                break;
            case Kind.PeacefulProtest:
                (a1, tags) = (Catalog.ProtestersOf(countryName), "crowd size=no report");
                break;
            case Kind.ProtestIntervention:
                (a1, a2, tags) = (Catalog.ProtestersOf(countryName), state, "crowd size=around 100");
                break;
            case Kind.ExcessiveForce:
                (a1, a2, fat, tags) = (state, Catalog.ProtestersOf(countryName), Fatal(rng, 0.5, 1), "crowd size=no report");
                break;
            case Kind.ViolentDemonstration:
                (a1, tags) = (Catalog.RiotersOf(countryName), "crowd size=no report");
                if (rng.NextDouble() < 0.3)
                {
                    a2 = state;
                }

                break;
            case Kind.MobViolence:
                (a1, a2, civ, fat) = (Catalog.RiotersOf(countryName), civilians, true, Fatal(rng, 0.5, 1));
                break;
            case Kind.Looting:
                (a1, a2, civ) = (rng.NextDouble() < 0.75 ? Rebel(rng, place) : Catalog.UnidentifiedOf(countryName), civilians, true);
                break;
            case Kind.Arrests:
                (a1, a2) = (state, civilians);
                break;
            case Kind.ChangeToGroup:
            case Kind.Headquarters:
                a1 = Rebel(rng, place);
                break;
            case Kind.DisruptedWeapons:
                (a1, a2) = (state, Rebel(rng, place));
                break;
            case Kind.NonViolentTransfer:
                a1 = rng.NextDouble() < 0.7 ? Rebel(rng, place) : state;
                break;
            case Kind.Agreement:
                (a1, a2) = (Rebel(rng, place), Militia(rng, place));
                break;
            default:
                a1 = state;
                break;
        }

        string[] sources = place.Country.Alpha3 switch
        {
            "MLI" => Catalog.SourcesMali,
            "BFA" => Catalog.SourcesBurkina,
            "NER" => Catalog.SourcesNiger,
            _ => ["Local Source", "Twitter", "AFP"],
        };
        return new EventDraft(
            disorder, eventType, sub, a1, Associated(rng, a1, place), a2, a2 is null ? "" : Associated(rng, a2, place),
            civ, fat, sources[rng.Next(sources.Length)], tags);
    }

    public static string Notes(Random rng, EventDraft d, Place place, LocalDate day)
    {
        var sb = new StringBuilder(200);
        string date = day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        string where = place.Admin2.Length > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{place.Location} ({place.Admin2}, {place.Admin1})")
            : string.Create(CultureInfo.InvariantCulture, $"{place.Location} ({place.Admin1})");
        string a1 = Short(d.Actor1.Name);
        string a2 = d.Actor2 is null ? "" : Short(d.Actor2.Name);
        sb.Append(CultureInfo.InvariantCulture, $"On {date}, ");
        sb.Append(d.SubEventType switch
        {
            "Armed clash" => $"{a1} and {a2} clashed near {where}.",
            "Government regains territory" => $"{a1} retook positions held by {a2} around {where}.",
            "Non-state actor overtakes territory" => $"{a1} seized positions of {a2} in {where}, capturing weapons and vehicles.",
            "Attack" => $"{a1} attacked civilians in {where}, burning granaries, shops and motorbikes.",
            "Abduction/forced disappearance" => $"{a1} abducted several civilians, including a village chief, in {where}.",
            "Sexual violence" => $"{a1} committed sexual violence against women in {where}.",
            "Remote explosive/landmine/IED" => $"an IED planted by {a1} exploded as {a2} passed near {where}.",
            "Shelling/artillery/missile attack" => $"{a1} fired mortar shells at a position of {a2} in {where}.",
            "Air/drone strike" => $"{a1} carried out a drone strike targeting {a2} in {where}.",
            "Peaceful protest" => $"residents demonstrated in {where} against insecurity, fuel prices and power cuts.",
            "Violent demonstration" => $"youths burned tyres, blocked roads and damaged a police post in {where}.",
            "Looting/property destruction" => $"{a1} looted livestock, food and fuel in {where}.",
            "Arrests" => $"{a1} arrested several people suspected of collaborating with armed groups in {where}.",
            "Change to group/activity" => $"{a1} imposed a blockade on {where}, banning travel by motorbike.",
            "Disrupted weapons use" => $"{a1} defused an IED on the road near {where}.",
            _ => $"{a1} {(a2.Length > 0 ? "and " + a2 + " " : "")}were involved in an incident ({d.SubEventType.ToLowerInvariant()}) in {where}.",
        });
        sb.Append(' ');
        if (rng.NextDouble() < 0.08)
        {
            sb.Append(CultureInfo.InvariantCulture, $"A resident said: \"{Catalog.Quotes[rng.Next(Catalog.Quotes.Length)]}\". ");
        }

        sb.Append(d.Fatalities switch
        {
            0 when d.EventType is "Battles" or "Violence against civilians" or "Explosions/Remote violence" => "Casualties unknown.",
            0 => "No fatalities reported.",
            1 => "1 fatality.",
            _ => string.Create(CultureInfo.InvariantCulture, $"{d.Fatalities} fatalities."),
        });
        return sb.ToString();
    }

    private static string Short(string actor)
    {
        int colon = actor.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? actor[..colon] : actor;
    }

    private static ActorInfo Rebel(Random rng, Place place)
    {
        double v = rng.NextDouble();
        return (place.Country.Alpha3, place.Admin1PCode) switch
        {
            ("MLI", "ML07" or "ML10") => v < 0.5 ? Catalog.Issp : v < 0.9 ? Catalog.Jnim : Catalog.Csp,
            ("MLI", "ML08" or "ML06") => v < 0.35 ? Catalog.Csp : Catalog.Jnim,
            ("MLI", _) => v < 0.9 ? Catalog.Jnim : Catalog.Issp,
            ("BFA", "BF56") => v < 0.65 ? Catalog.Jnim : Catalog.Issp,
            ("BFA", _) => v < 0.92 ? Catalog.Jnim : Catalog.Issp,
            ("NER", "NE006") => v < 0.55 ? Catalog.Issp : Catalog.Jnim,
            ("NER", "NE002") => v < 0.5
                ? new ActorInfo("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2)
                : new ActorInfo("Islamic State West Africa Province", 2),
            ("NER", _) => v < 0.5 ? Catalog.Issp : Catalog.Jnim,
            _ => v < 0.7 ? Catalog.Jnim : Catalog.Issp,
        };
    }

    private static ActorInfo OtherRebel(ActorInfo rebel) =>
        ReferenceEquals(rebel, Catalog.Jnim) ? Catalog.Issp : Catalog.Jnim;

    private static ActorInfo Militia(Random rng, Place place)
    {
        double v = rng.NextDouble();
        return (place.Country.Alpha3, place.Admin1PCode) switch
        {
            ("MLI", "ML05") => v < 0.6 ? Catalog.DanNaAmbassagou : v < 0.8 ? Catalog.FulaniMali : Catalog.DozoMali,
            ("MLI", "ML04") => v < 0.6 ? Catalog.DozoMali : Catalog.FulaniMali,
            ("MLI", _) => v < 0.5 ? Catalog.FulaniMali : Catalog.DozoMali,
            ("BFA", _) => v < 0.65 ? Catalog.Vdp : Catalog.Koglweogo,
            (_, _) => Catalog.UnidentifiedOf(place.Country.NameEn),
        };
    }

    private static string Associated(Random rng, ActorInfo actor, Place place)
    {
        double v = rng.NextDouble();
        if (ReferenceEquals(actor, Catalog.Jnim))
        {
            return (place.Country.Alpha3, place.Admin1PCode) switch
            {
                ("MLI", "ML05" or "ML04") when v < 0.6 => "Katiba Macina",
                ("BFA", _) when v < 0.2 => "Ansaroul Islam",
                _ => "",
            };
        }

        if (ReferenceEquals(actor, Catalog.MaliArmy) && v < 0.25)
        {
            return "Wagner Group";
        }

        if (ReferenceEquals(actor, Catalog.BurkinaArmy) && v < 0.25)
        {
            return Catalog.Vdp.Name;
        }

        if (actor.Inter == 7 && v < 0.15)
        {
            return place.Country.Alpha3 switch
            {
                "MLI" when place.Admin1PCode == "ML05" => "Dogon Ethnic Group (Mali); Fulani Ethnic Group (Mali)",
                "MLI" => "Fulani Ethnic Group (Mali)",
                "BFA" => "Fulani Ethnic Group (Burkina Faso)",
                "NER" => "Zarma Ethnic Group (Niger)",
                _ => "",
            };
        }

        return "";
    }

    private static int Fatal(Random rng, double zeroShare, double mean)
    {
        if (rng.NextDouble() < zeroShare)
        {
            return 0;
        }

        // Geometric draw by comparisons only (no Math.Log), so every platform gives the same integers.
        double stop = 1 / (1 + mean);
        int extra = 0;
        while (extra < 199 && rng.NextDouble() >= stop)
        {
            extra++;
        }

        return 1 + extra;
    }

    private static double[] Cumulate()
    {
        double[] c = new double[s_kinds.Length];
        double total = 0;
        for (int i = 0; i < s_kinds.Length; i++)
        {
            total += s_kinds[i].Weight;
            c[i] = total;
        }

        return c;
    }
}
