using System.Globalization;
using SahelReports.Reporting;

namespace SahelReports.Excel.Internal;

/// <summary>Excel number format codes. Codes in the file are locale-neutral (Excel shows the reader's separators); dates follow the report language.</summary>
internal sealed class NumberFormats(ReportLanguage language)
{
    /// <summary>Whole numbers with thousands grouping.</summary>
    public const string Integer = "#,##0";

    /// <summary>Signed change: +12, -3, 0.</summary>
    public const string Change = "+#,##0;-#,##0;0";

    /// <summary>Gets the date format: ISO <c>yyyy-mm-dd</c> in English, <c>dd/mm/yyyy</c> in French.</summary>
    public string Date { get; } = string.Equals(language.Code, "fr", StringComparison.Ordinal) ? "dd/mm/yyyy" : "yyyy-mm-dd";

    /// <summary>Gets the date-and-time format.</summary>
    public string DateTime => Date + " hh:mm";

    /// <summary>A grouped number with <paramref name="decimals"/> decimals.</summary>
    public static string Decimal(int decimals) => decimals <= 0 ? Integer : "#,##0." + new string('0', decimals);

    /// <summary>A percentage (the cell holds the ratio) with <paramref name="decimals"/> decimals.</summary>
    public static string Percent(int decimals) => decimals <= 0 ? "0%" : "0." + new string('0', decimals) + "%";

    /// <summary>A signed percentage change.</summary>
    public static string SignedPercent(int decimals) =>
        string.Create(CultureInfo.InvariantCulture, $"+{Percent(decimals)};-{Percent(decimals)};{Percent(decimals)}");
}
