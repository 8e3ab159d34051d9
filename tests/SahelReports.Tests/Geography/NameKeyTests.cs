using System.Text;
using CsCheck;
using SahelReports.Geography;

namespace SahelReports.Tests.Geography;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Tillabéri", "tillaberi")]
    [InlineData("TILLABERI", "tillaberi")]
    [InlineData(" Tillabéri ", "tillaberi")]
    [InlineData("Hauts-Bassins", "hautsbassins")]
    [InlineData("Birni N'Konni", "birninkonni")]
    [InlineData("Côte d’Ivoire", "cotedivoire")]
    [InlineData("Dioïla", "dioila")]
    [InlineData("Ségou", "segou")]
    [InlineData("Se\u0301gou", "segou")] // decomposed e + combining acute
    [InlineData("-- '", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void From_Name_GivesKey(string? name, string expected) => Assert.Equal(expected, NameKey.From(name));

    [Fact]
    public void From_AsciiFastPath_AgreesWithUnicodePath()
    {
        // Appending "é" forces the accent-stripping path; the key must be the ASCII key plus "e".
        Gen.Char[' ', '~'].Array[0, 60].Select(chars => new string(chars)).Sample(s =>
            Assert.Equal(NameKey.From(s) + "e", NameKey.From(s + "é")));
    }

    [Fact]
    public void From_LongName_UsesFullLength()
    {
        string name = new string('a', 300) + "-B";
        Assert.Equal(new string('a', 300) + "b", NameKey.From(name));
    }

    [Fact]
    public void Match_EveryDefaultAreaWithCaseAndPunctuationNoise_FindsTheSameArea()
    {
        IReadOnlyList<AdminArea> areas = Gazetteer.Default.Areas;
        Gen.Select(Gen.Int[0, areas.Count - 1], Gen.Int).Sample((index, seed) =>
        {
            AdminArea area = areas[index];
            string noisy = AddNoise(area.NameEn, new Random(seed));
            PlaceMatch match = Gazetteer.Default.Match(area.CountryAlpha3, area.Level, noisy, area.Parent);
            Assert.Same(area, match.Area);
        });
    }

    private static string AddNoise(string name, Random random)
    {
        const string Punctuation = " -'.,_/";
        var sb = new StringBuilder();
        foreach (char c in name)
        {
            sb.Append(random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            if (random.Next(4) == 0)
            {
                sb.Append(Punctuation[random.Next(Punctuation.Length)]);
            }
        }

        return sb.ToString();
    }
}
