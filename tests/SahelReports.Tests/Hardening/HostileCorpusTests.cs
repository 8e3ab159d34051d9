using System.Globalization;
using System.Text;
using SahelReports.Tests.TestSupport;

namespace SahelReports.Tests.Hardening;

/// <summary>Runs the hostile-input corpus (issue 9 item 1) and checks the catalogue itself.</summary>
public sealed class HostileCorpusTests
{
    /// <summary>Gets the ids of every case.</summary>
    public static TheoryData<string> CaseIds => new(HostileCorpus.All.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case_BehavesAsDocumented(string id) => HostileCorpus.All.Single(c => c.Id == id).Check();

    [Fact]
    public void Catalogue_HasAtLeastSixtyCases_UniqueIds_EveryCategory()
    {
        IReadOnlyList<HostileCase> all = HostileCorpus.All;
        Assert.True(all.Count >= 60, $"{all.Count} cases");
        Assert.Equal(all.Count, all.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Enum.GetValues<HostileCategory>(), category => Assert.Contains(all, c => c.Category == category));
        Assert.All(all, c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
    }

    [Fact]
    public void ReliabilityDoc_SummaryTable_MatchesTheCatalogue()
    {
        string doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "reliability.md")).ReplaceLineEndings("\n");
        string table = SummaryTable(HostileCorpus.All);
        Assert.True(doc.Contains(table, StringComparison.Ordinal), "docs/reliability.md must contain the corpus summary:\n" + table);
    }

    /// <summary>The Markdown table of cases per category and outcome that docs/reliability.md shows.</summary>
    internal static string SummaryTable(IReadOnlyList<HostileCase> all)
    {
        HostileOutcome[] outcomes = Enum.GetValues<HostileOutcome>();
        var sb = new StringBuilder("| category | cases | " + string.Join(" | ", outcomes.Select(Label)) + " |\n");
        sb.Append("|---|---:|" + string.Concat(outcomes.Select(_ => "---:|")) + "\n");
        foreach (IGrouping<HostileCategory, HostileCase> g in all.GroupBy(c => c.Category).OrderBy(g => g.Key))
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {Label(g.Key)} | {g.Count()} | ")
                .Append(string.Join(" | ", outcomes.Select(o => g.Count(c => c.Outcome == o) is int n and > 0 ? n.ToString(CultureInfo.InvariantCulture) : "–")))
                .Append(" |\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"| **total** | **{all.Count}** | ")
            .Append(string.Join(" | ", outcomes.Select(o => "**" + all.Count(c => c.Outcome == o).ToString(CultureInfo.InvariantCulture) + "**")))
            .Append(" |\n");
        return sb.ToString();
    }

    private static string Label<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        var sb = new StringBuilder();
        foreach (char c in name)
        {
            if (char.IsUpper(c) && sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(sb.Length == 0 ? c : char.ToLowerInvariant(c));
        }

        return sb.Replace("Csv", "CSV").Replace("Pdf", "PDF").ToString();
    }
}
