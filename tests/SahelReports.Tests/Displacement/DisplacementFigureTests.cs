using NodaTime;
using SahelReports.Displacement;

namespace SahelReports.Tests.Displacement;

public sealed class DisplacementFigureTests
{
    private static readonly DisplacementArea s_niger = DisplacementArea.ForCountry("NER");
    private static readonly LocalDate s_date = new(2024, 10, 31);

    [Fact]
    public void Constructor_BreakdownLargerThanTotal_Throws()
    {
        var ex = Assert.Throws<ArgumentException>("breakdown", () =>
            new DisplacementFigure(s_niger, PopulationGroup.Idp, 100, s_date, DisplacementSource.Dtm, breakdown: new SexAgeBreakdown(females: 60, males: 41)));
        Assert.Contains("101", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BreakdownThatFits_Kept()
    {
        var f = new DisplacementFigure(s_niger, PopulationGroup.Idp, 100, s_date, DisplacementSource.Dtm, breakdown: new SexAgeBreakdown(females: 60, males: 40, children: 55));
        Assert.Equal(60, f.Breakdown!.Females);
    }

    [Fact]
    public void Constructor_HouseholdsAboveIndividuals_Throws() =>
        Assert.Throws<ArgumentException>("households", () => new DisplacementFigure(s_niger, PopulationGroup.Idp, 10, s_date, DisplacementSource.Dtm, households: 11));

    [Fact]
    public void Constructor_PartsNotAddingUp_Throws() =>
        Assert.Throws<ArgumentException>("parts", () => new DisplacementFigure(s_niger, PopulationGroup.Idp, 10, s_date, DisplacementSource.Dtm,
            parts: [new DisplacementPart("Conflict", null, 6), new DisplacementPart("Natural disaster", null, 3)]));

    [Fact]
    public void Constructor_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("individuals", () => new DisplacementFigure(s_niger, PopulationGroup.Idp, -1, s_date, DisplacementSource.Dtm));

    [Theory]
    [InlineData("IDP", PopulationGroup.Idp)]
    [InlineData("ref", PopulationGroup.Refugee)]
    [InlineData("ROC", PopulationGroup.Refugee)]
    [InlineData("ASY", PopulationGroup.AsylumSeeker)]
    [InlineData("returned_idps", PopulationGroup.ReturnedIdp)]
    [InlineData("RET", PopulationGroup.Returnee)]
    [InlineData("OOC", PopulationGroup.OtherOfConcern)]
    public void PopulationGroups_TryParse_MapsCodes(string code, PopulationGroup expected)
    {
        Assert.True(PopulationGroups.TryParse(code, out PopulationGroup g));
        Assert.Equal(expected, g);
    }

    [Fact]
    public void AssessmentType_CaseInsensitiveAndNone()
    {
        Assert.Equal(AssessmentType.Baseline, new AssessmentType("ba"));
        Assert.True(AssessmentType.TryParse(" ", out AssessmentType none));
        Assert.True(none.IsNone);
        Assert.False(AssessmentType.TryParse("B A", out _));
        Assert.Throws<ArgumentException>("code", () => new AssessmentType("B/A"));
    }
}
