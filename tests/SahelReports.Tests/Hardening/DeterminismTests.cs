using System.Globalization;
using SahelReports.Reporting;

namespace SahelReports.Tests.Hardening;

/// <summary>
/// Issue 9 item 5: the same input and clock give identical Markdown, PDF and XLSX bytes across runs and whatever the
/// process culture (en-US, fr-FR, tr-TR with its dotless i, ar-SA with its Umm al-Qura calendar and Arabic digits).
/// </summary>
public sealed class DeterminismTests
{
    private static readonly string[] s_cultures = ["en-US", "fr-FR", "tr-TR", "ar-SA"];

    public static TheoryData<string> Languages => new(ReportLanguage.All.Select(l => l.Code));

    [Theory]
    [MemberData(nameof(Languages))]
    public void SampleReport_SameBytes_AcrossCulturesAndRuns(string code)
    {
        ReportLanguage language = ReportLanguage.All.Single(l => l.Code == code);
        (byte[] Markdown, byte[] Pdf, byte[] Xlsx) reference = InCulture(CultureInfo.InvariantCulture, () => SamplePipeline.Render(language, HostileCorpus.Clock));
        Assert.NotEmpty(reference.Markdown);
        foreach (string name in s_cultures)
        {
            // Each culture is a separate run of the whole path (import, analysis, report, renderers): equal bytes mean
            // equal across runs and across cultures.
            (byte[] Markdown, byte[] Pdf, byte[] Xlsx) again = InCulture(CultureInfo.GetCultureInfo(name), () => SamplePipeline.Render(language, HostileCorpus.Clock));
            Assert.True(reference.Markdown.AsSpan().SequenceEqual(again.Markdown), $"Markdown differs under {name}");
            Assert.True(reference.Pdf.AsSpan().SequenceEqual(again.Pdf), $"PDF differs under {name}");
            Assert.True(reference.Xlsx.AsSpan().SequenceEqual(again.Xlsx), $"XLSX differs under {name}");
        }
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
