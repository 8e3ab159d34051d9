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
        ["Truncated"] = ("[truncated: {0} characters in the original]", "[tronqué : {0} caractères dans l'original]"),
    };

    /// <summary>Returns the label <paramref name="key"/> in <paramref name="language"/>.</summary>
    public static string Get(string key, ReportLanguage language)
    {
        (string en, string fr) = s_text[key];
        return string.Equals(language.Code, "fr", StringComparison.Ordinal) ? fr : en;
    }
}
