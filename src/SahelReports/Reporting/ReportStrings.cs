using System.Globalization;
using System.Resources;

namespace SahelReports.Reporting;

/// <summary>The fixed texts of reports, per language, from the assembly's resources (<c>Reporting/Resources/ReportText*.resx</c>).</summary>
/// <remarks><para>Adding a language means adding a <c>ReportText.&lt;code&gt;.resx</c> file and a <see cref="ReportLanguage"/>.
/// A missing text is an error, never a silent fallback to another language. Thread-safe.</para></remarks>
public static class ReportStrings
{
    private static readonly ResourceManager s_resources = new("SahelReports.Reporting.Resources.ReportText", typeof(ReportStrings).Assembly);

    /// <summary>Gets a fixed text in a language.</summary>
    /// <param name="key">The text's key, for example <c>KeyFigures</c>.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">The key has no text in that language.</exception>
    public static string Get(string key, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(language);
        CultureInfo culture = language.ResourceCulture;
        ResourceSet? set = s_resources.GetResourceSet(string.Equals(language.Code, "en", StringComparison.Ordinal) ? CultureInfo.InvariantCulture : culture, createIfNotExists: true, tryParents: false);
        return set?.GetString(key) ?? throw new KeyNotFoundException($"The report text '{key}' has no '{language.Code}' translation.");
    }

    /// <summary>Gets a fixed text with placeholders filled in (<c>{0}</c>, <c>{1}</c>…), culture-invariant.</summary>
    /// <param name="key">The text's key.</param>
    /// <param name="language">The language.</param>
    /// <param name="args">The already-formatted values for the placeholders.</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">The key has no text in that language.</exception>
    public static string Format(string key, ReportLanguage language, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, language), args);

    /// <summary>Gets every key of the default (English) texts, for checking that translations are complete.</summary>
    /// <returns>The keys, sorted.</returns>
    public static IReadOnlyList<string> Keys()
    {
        ResourceSet? set = s_resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        return set is null ? [] : set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToArray();
    }
}
