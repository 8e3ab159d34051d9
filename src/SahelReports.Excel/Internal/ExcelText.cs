using SahelReports.Reporting;

namespace SahelReports.Excel.Internal;

/// <summary>Workbook-specific labels (sheet names, column headers) in English and French.</summary>
internal static class ExcelText
{
    private static readonly Dictionary<string, (string En, string Fr)> s_text = new(StringComparer.Ordinal)
    {
        ["Sheet.Summary"] = ("Summary", "Synthèse"),
        ["Sheet.Trends"] = ("Trends", "Tendances"),
        ["Sheet.Displacement"] = ("Displacement", "Déplacements"),
        ["Sheet.Sources"] = ("Sources & methodology", "Sources et méthodologie"),
        ["Sheet.Incidents"] = ("Incidents", "Incidents"),
        ["Sheet.Table"] = ("Table", "Tableau"),
        ["Title"] = ("Title", "Titre"),
        ["Area"] = ("Area", "Zone"),
        ["ReportNumber"] = ("Report number", "Numéro du rapport"),
        ["PeriodLabel"] = ("Period", "Période"),
        ["PeriodStart"] = ("Period start", "Début de la période"),
        ["PeriodEnd"] = ("Period end", "Fin de la période"),
        ["AsOf"] = ("Data as of", "Données au"),
        ["GeneratedAt"] = ("Generated (UTC)", "Produit le (UTC)"),
        ["Publisher"] = ("Published by", "Publié par"),
        ["Language"] = ("Language", "Langue"),
        ["Figure"] = ("Figure", "Indicateur"),
        ["Value"] = ("Value", "Valeur"),
        ["Previous"] = ("Previous period", "Période précédente"),
        ["Change"] = ("Change", "Variation"),
        ["ChangePercent"] = ("Change (%)", "Variation (%)"),
        ["Unit"] = ("Unit", "Unité"),
        ["Source"] = ("Source", "Source"),
        ["Date"] = ("Date", "Date"),
        ["Note"] = ("Note", "Note"),
        ["Description"] = ("Description", "Description"),
        ["Url"] = ("Link", "Lien"),
        ["Methodology"] = ("Methodology and caveats", "Méthodologie et mises en garde"),
        ["Category"] = ("Category", "Catégorie"),
        ["DisplacementFigures"] = ("Displacement and other sourced figures (each with its own date; never summed across sources)", "Chiffres de déplacement et autres chiffres sourcés (chacun à sa date ; jamais additionnés entre sources)"),
        ["Stat.Caption"] = ("Trend statistics: {0}", "Statistiques de tendance : {0}"),
        ["Stat.Note"] = ("Over the {0} weeks shown (the last is the reported week). Label: Mann–Kendall p < {1} with a least-squares slope of the same sign gives rising or falling; a last week unusually high against the {2} weeks before it (Poisson, p < {3}) gives unusual.", "Sur les {0} semaines présentées (la dernière est la semaine du rapport). Qualification : un p de Mann–Kendall < {1} avec une pente des moindres carrés de même signe donne « en hausse » ou « en baisse » ; une dernière semaine inhabituellement élevée par rapport aux {2} semaines précédentes (Poisson, p < {3}) donne « inhabituelle »."),
        ["Stat.Statistic"] = ("Statistic", "Statistique"),
        ["Stat.Label"] = ("Trend", "Tendance"),
        ["Stat.Last"] = ("Last week", "Dernière semaine"),
        ["Stat.ChangePrevious"] = ("Change vs previous week", "Variation par rapport à la semaine précédente"),
        ["Stat.ChangePreviousPercent"] = ("Change vs previous week (%)", "Variation par rapport à la semaine précédente (%)"),
        ["Stat.ChangeLastYear"] = ("Change vs same week last year", "Variation par rapport à la même semaine l'an dernier"),
        ["Stat.ChangeLastYearPercent"] = ("Change vs same week last year (%)", "Variation par rapport à la même semaine l'an dernier (%)"),
        ["Stat.RollingMean"] = ("Rolling mean, last {0} weeks", "Moyenne mobile, {0} dernières semaines"),
        ["Stat.Slope"] = ("Least-squares slope per week", "Pente des moindres carrés par semaine"),
        ["Stat.SlopeLow"] = ("Slope, 95 % CI lower bound", "Pente, borne basse de l'IC à 95 %"),
        ["Stat.SlopeHigh"] = ("Slope, 95 % CI upper bound", "Pente, borne haute de l'IC à 95 %"),
        ["Stat.SlopeP"] = ("Slope p-value", "Valeur p de la pente"),
        ["Stat.MkS"] = ("Mann–Kendall S", "S de Mann–Kendall"),
        ["Stat.MkZ"] = ("Mann–Kendall Z", "Z de Mann–Kendall"),
        ["Stat.MkP"] = ("Mann–Kendall p-value", "Valeur p de Mann–Kendall"),
        ["Stat.Sen"] = ("Sen's slope per week", "Pente de Sen par semaine"),
        ["Stat.BaselineMean"] = ("Baseline mean ({0} weeks before the last)", "Moyenne de référence ({0} semaines avant la dernière)"),
        ["Stat.PoissonP"] = ("Poisson p-value, last week", "Valeur p de Poisson, dernière semaine"),
        ["Stat.Unusual"] = ("Last week unusually high", "Dernière semaine inhabituellement élevée"),
        ["Stat.Yes"] = ("yes", "oui"),
        ["Stat.No"] = ("no", "non"),
        ["Trend.NotEnoughData"] = ("not enough data", "données insuffisantes"),
        ["Trend.NoClearTrend"] = ("no clear trend", "pas de tendance nette"),
        ["Trend.Rising"] = ("rising", "en hausse"),
        ["Trend.Falling"] = ("falling", "en baisse"),
        ["Trend.Unusual"] = ("unusual", "inhabituelle"),
        ["Truncated"] = ("[truncated: {0} characters in the original]", "[tronqué : {0} caractères dans l'original]"),
    };

    /// <summary>Returns the label <paramref name="key"/> in <paramref name="language"/>.</summary>
    public static string Get(string key, ReportLanguage language)
    {
        (string en, string fr) = s_text[key];
        return string.Equals(language.Code, "fr", StringComparison.Ordinal) ? fr : en;
    }
}
