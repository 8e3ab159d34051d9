using SahelReports.Incidents;

namespace SahelReports.Tests.Incidents;

public sealed class AcledTaxonomyTests
{
    [Fact]
    public void SubEventTypes_AreTheTwentyFiveOfTheCodebook() => Assert.Equal(25, AcledTaxonomy.SubEventTypes.Count);

    [Fact]
    public void EveryEventType_HasAtLeastOneSubEventType()
    {
        EventType[] covered = AcledTaxonomy.SubEventTypes.Select(AcledTaxonomy.EventTypeOf).Distinct().ToArray();
        Assert.Equal(Enum.GetValues<EventType>().Order(), covered.Order());
    }

    [Fact]
    public void Names_RoundTrip()
    {
        foreach (SubEventType sub in AcledTaxonomy.SubEventTypes)
        {
            Assert.True(AcledTaxonomy.TryParseSubEventType(AcledTaxonomy.GetName(sub).ToUpperInvariant(), out SubEventType parsed));
            Assert.Equal(sub, parsed);
        }

        foreach (EventType type in Enum.GetValues<EventType>())
        {
            Assert.True(AcledTaxonomy.TryParseEventType(AcledTaxonomy.GetName(type), out EventType parsed));
            Assert.Equal(type, parsed);
        }
    }

    [Theory]
    [InlineData("1", ActorType.StateForces)]
    [InlineData("4", ActorType.IdentityMilitia)]
    [InlineData("Identity militia", ActorType.IdentityMilitia)]
    [InlineData(" state forces ", ActorType.StateForces)]
    [InlineData("External/Other forces", ActorType.ExternalOtherForces)]
    public void TryParseActorType_NumberOrLabel(string text, ActorType expected)
    {
        Assert.True(AcledTaxonomy.TryParseActorType(text, out ActorType type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("Bandits")]
    public void TryParseActorType_Unknown_ReturnsFalse(string text) => Assert.False(AcledTaxonomy.TryParseActorType(text, out _));

    [Fact]
    public void LegacyMapping_CoversEveryPre2019Type()
    {
        string[] legacy =
        [
            "Battle-No change of territory", "Battle-Non-state actor overtakes territory", "Battle-Government regains territory",
            "Riots/Protests", "Remote violence", "Violence against civilians", "Strategic development",
            "Non-violent transfer of territory", "Headquarters or base established",
        ];
        foreach (string name in legacy)
        {
            Assert.True(AcledTaxonomy.TryGetLegacyMapping(name, out LegacyEventTypeMapping? mapping), name);
            Assert.Equal(mapping.EventType, AcledTaxonomy.EventTypeOf(mapping.SubEventType));
        }
    }

    [Theory]
    [InlineData("13", 13)]
    [InlineData("20", 20)]
    [InlineData("State forces-Political militia", 13)]
    [InlineData("Identity militia-Rebel group", 24)]
    [InlineData("Civilians only", 70)]
    public void Interaction_TryParse_CodeOrLabel(string text, int code)
    {
        Assert.True(Interaction.TryParse(text, out Interaction interaction));
        Assert.Equal(code, interaction.Code);
    }
}
