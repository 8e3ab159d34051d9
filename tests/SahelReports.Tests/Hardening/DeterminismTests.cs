using System.Globalization;
using SahelReports.Displacement;
using SahelReports.Incidents;
using SahelReports.Reporting;

namespace SahelReports.Tests.Hardening;

/// <summary>
/// Issue 9 item 5: the same input and clock give identical Markdown, PDF and XLSX bytes across runs and whatever the
/// process culture (en-US, fr-FR, tr-TR with its dotless i, ar-SA with its Umm al-Qura calendar and Arabic digits).
/// </summary>
public sealed class DeterminismTests
{
    private static readonly string[] s_cultures = ["en-US", "fr-FR", "tr-TR", "ar-SA"];

    [Fact]
    public void SampleReport_SameBytes_AcrossCulturesAndRuns()
    {
        Dictionary<string, byte[]> reference = InCulture(CultureInfo.InvariantCulture, RenderAll);
        Assert.Equal(6, reference.Count);
        foreach (string name in s_cultures)
        {
            // Each culture is a separate run of the whole path (import, analysis, report, renderers, both languages): equal
            // bytes mean equal across runs and across cultures.
            Dictionary<string, byte[]> again = InCulture(CultureInfo.GetCultureInfo(name), RenderAll);
            foreach ((string output, byte[] bytes) in reference)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(again[output]), $"{output} differs under {name}");
            }
        }
    }

    private static Dictionary<string, byte[]> RenderAll()
    {
        IncidentSet incidents = SamplePipeline.ImportIncidents().Data;
        DisplacementSet displacement = SamplePipeline.ImportDisplacement().Data;
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (ReportLanguage language in ReportLanguage.All)
        {
            (byte[] md, byte[] pdf, byte[] xlsx) = SamplePipeline.Render(SamplePipeline.Build(incidents, displacement, language, HostileCorpus.Clock), HostileCorpus.Clock);
            result[language.Code + ".md"] = md;
            result[language.Code + ".pdf"] = pdf;
            result[language.Code + ".xlsx"] = xlsx;
        }

        return result;
    }

    [Fact]
    public void CultureIsRestored_AndTheCulturesAreReal()
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        string upper = InCulture(CultureInfo.GetCultureInfo("tr-TR"), () => "i".ToUpper(CultureInfo.CurrentCulture));
        Assert.Equal("\u0130", upper); // Turkish dotted capital I: ICU cultures are loaded, not invariant stand-ins
        Assert.Equal(",", CultureInfo.GetCultureInfo("fr-FR").NumberFormat.NumberDecimalSeparator);
        Assert.Equal(before, CultureInfo.CurrentCulture);
    }

    /// <summary>Runs <paramref name="action"/> with the current culture and UI culture set, and restores both.</summary>
    internal static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        CultureInfo culture0 = CultureInfo.CurrentCulture, ui0 = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = ui0;
        }
    }
}
