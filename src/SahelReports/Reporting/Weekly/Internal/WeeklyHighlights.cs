using SahelReports.Analysis;

namespace SahelReports.Reporting.Internal;

/// <summary>Generates the highlights of a weekly report: each sentence states a fact computed from <see cref="WeeklyFacts"/>,
/// with its basis where it is a statistical judgement.</summary>
/// <remarks><para>Candidates, in priority order: the week's totals against the previous week; the largest toll by area; statistically
/// supported rises by region (Poisson test against the mean of the history weeks); attacks on local defence forces; the largest
/// change in displacement figures (or a stale figure); events in several countries; newly affected areas. At most six are kept; a quiet week can give fewer than three.</para></remarks>
internal static class WeeklyHighlights
{
    public const int MaxHighlights = 6;
    private const int MaxNewAreasListed = 5;
    private const int MaxRises = 2;

    public static IReadOnlyList<RichText> Generate(WeeklyFacts facts, WeeklyReportOptions options, WeeklyText text, string? displacement)
    {
        var list = new List<RichText> { Overview(facts, text) };
        if (LargestToll(facts, text) is { } toll)
        {
            list.Add(toll);
        }

        list.AddRange(Rises(facts, options, text));
        if (LocalDefence(facts, text) is { } ld)
        {
            list.Add(ld);
        }

        if (displacement is not null)
        {
            list.Add(Lead(displacement));
        }

        if (MultiCountry(facts, text) is { } mc)
        {
            list.Add(mc);
        }

        if (NewlyAffected(facts, text) is { } na)
        {
            list.Add(na);
        }

        return list.Take(MaxHighlights).ToArray();
    }

    /// <summary>Sets the part of a sentence before its first colon (the area or the subject) in bold.</summary>
    private static RichText Lead(string sentence)
    {
        int colon = sentence.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return new RichText(sentence);
        }

        return new RichText([new TextRun(sentence[..(colon + 1)], TextStyle.Strong), new TextRun(sentence[(colon + 1)..])]);
    }

    private static RichText Overview(WeeklyFacts facts, WeeklyText text)
    {
        AreaSeries t = facts.Totals;
        int c = facts.Current;
        string sentence = text.Format("H.Overview", text.Count("Events", t.Events[c]), text.Count("Fatalities", t.Fatalities[c]), text.Change(t.Events[c] - t.Events[c - 1]), text.Change(t.Fatalities[c] - t.Fatalities[c - 1]));
        return Lead(sentence);
    }

    private static RichText? LargestToll(WeeklyFacts facts, WeeklyText text)
    {
        int c = facts.Current;
        AreaSeries? top = facts.ByAdmin2.Values
            .Where(s => s.HasAdmin2 && s.Fatalities[c] > 0)
            .OrderByDescending(s => s.Fatalities[c]).ThenByDescending(s => s.Events[c]).ThenBy(s => s.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (top is null)
        {
            return null;
        }

        int since = -1;
        for (int w = c - 1; w >= 0; w--)
        {
            if (top.Fatalities[w] >= top.Fatalities[c])
            {
                since = w;
                break;
            }
        }

        string suffix = since < 0 ? text.Format("H.TollInWeeks", text.Int(facts.Weeks.Count))
            : since < c - 1 ? text.Format("H.TollSince", text.Date(facts.Weeks[since].Monday))
            : string.Empty;
        (string name, string context) = text.Admin2Label(top);
        return Lead(text.Format("H.LargestToll", name, context, text.Count("Fatalities", top.Fatalities[c]), text.Count("Events", top.Events[c]), suffix));
    }

    private static IEnumerable<RichText> Rises(WeeklyFacts facts, WeeklyReportOptions options, WeeklyText text)
    {
        int c = facts.Current;
        return facts.ByAdmin1.Values
            .Where(s => s.Events[c] >= options.RiseMinimumEvents && s.EventsBefore() > 0)
            .Select(s => (Series: s, Test: TrendStatistics.PoissonUnusual(s.Events.Take(c).Select(v => (double)v).ToArray(), s.Events[c], options.RiseProbability)))
            .Where(x => x.Test.IsUnusual)
            .OrderBy(x => x.Test.PValue).ThenBy(x => x.Series.Key, StringComparer.Ordinal)
            .Take(MaxRises)
            .Select(x => Lead(text.Format("H.UnusualRise", text.Admin1Name(x.Series), text.CountryName(x.Series.Country), text.Count("Events", x.Series.Events[c]), text.Decimal(x.Test.BaselineMean, 1), text.Int(x.Test.BaselinePeriods), text.Probability(x.Test.PValue))))
            .ToArray();
    }

    private static RichText? LocalDefence(WeeklyFacts facts, WeeklyText text)
    {
        AreaSeries t = facts.Totals;
        int c = facts.Current;
        if (t.LocalDefence[c] == 0)
        {
            return null;
        }

        string share = ReportFormatter.FormatPercent((double)t.LocalDefence[c] / t.Events[c], 0, text.Language);
        return Lead(text.Format("H.LocalDefence", text.Count("Events", t.LocalDefence[c]), share, text.Count("Fatalities", t.LocalDefenceFatalities[c])));
    }

    private static RichText? MultiCountry(WeeklyFacts facts, WeeklyText text)
    {
        int c = facts.Current;
        AreaSeries[] active = facts.ByCountry.Values.Where(s => s.Events[c] > 0)
            .OrderByDescending(s => s.Events[c]).ThenBy(s => text.CountryName(s.Country), StringComparer.Ordinal).ToArray();
        if (active.Length < 2)
        {
            return null;
        }

        string list = text.Join(active.Select(s => text.CountryName(s.Country) + " (" + text.Count("Events", s.Events[c]) + ")"));
        return Lead(text.Format("H.MultiCountry", text.Int(active.Length), list));
    }

    private static RichText? NewlyAffected(WeeklyFacts facts, WeeklyText text)
    {
        int c = facts.Current;
        AreaSeries[] fresh = facts.ByAdmin2.Values.Where(s => s.HasAdmin2 && s.Events[c] > 0 && s.EventsBefore() == 0)
            .OrderByDescending(s => s.Events[c]).ThenByDescending(s => s.Fatalities[c]).ThenBy(s => s.Key, StringComparer.Ordinal).ToArray();
        if (fresh.Length == 0)
        {
            return null;
        }

        var names = fresh.Take(MaxNewAreasListed).Select(s =>
        {
            (string name, string context) = text.Admin2Label(s);
            return $"{name} ({context})";
        }).ToList();
        if (fresh.Length > MaxNewAreasListed)
        {
            names.Add("…");
        }

        return Lead(text.Format(fresh.Length == 1 ? "H.NewlyAffected.One" : "H.NewlyAffected.Other", text.Int(facts.History), string.Join(text.Get("ListSeparator"), names)));
    }
}
