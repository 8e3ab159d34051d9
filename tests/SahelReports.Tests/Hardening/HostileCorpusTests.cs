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
}
