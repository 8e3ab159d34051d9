using System.Globalization;
using System.Text;
using CsCheck;
using SahelReports.Import.Acled.Internal;

namespace SahelReports.Tests.Import.Acled;

/// <summary>The set a streamed read uses to notice repeated event ids agrees with a set of the id strings themselves.</summary>
public sealed class AcledIdKeySetTests
{
    [Fact]
    public void Add_SameAnswersAsASetOfTheIdStrings()
    {
        // Ids of ACLED's form with 1–13 digits (bitsets up to 7 digits, the table beyond), leading zeros, other forms (hashed),
        // drawn from a small pool so that ids repeat; prefixes interleave as countries do in an export.
        string[] prefixes = ["MLI", "BFO", "NIR", "MLJ", "AAA", "ZZZ"];
        string[] others = ["mli12", "MLI-12", "ML12", "MLIX", "ÉTÉ1", "BFO 12", "A", "MLI12345678901234"];
        Gen<string> acled = Gen.Select(Gen.Int[0, prefixes.Length - 1], Gen.Int[1, 13], Gen.Long[0, 9_999_999_999_999])
            .Select((p, d, n) => prefixes[p] + (n % (long)Math.Pow(10, d)).ToString(CultureInfo.InvariantCulture).PadLeft(d, '0'));
        Gen<string> id = Gen.Select(Gen.Int[0, 5], acled, Gen.Int[0, others.Length - 1]).Select((c, a, o) => c == 0 ? others[o] : a);
        // A small byte limit for some sets: their later prefixes and larger numbers go to the table instead, with the same answers.
        Gen.Select(id.Array[1, 40], Gen.Int[1, 3000], Gen.Int[0, 2]).Sample((pool, rows, limit) =>
        {
            var set = limit == 0 ? new AcledIdKeySet() : new AcledIdKeySet(limit * 8192);
            var expected = new HashSet<string>(StringComparer.Ordinal);
            var random = new Random(rows);
            for (int i = 0; i < rows; i++)
            {
                string s = pool[random.Next(pool.Length)];
                Assert.Equal(expected.Add(s), set.Add(AcledIdKeys.Of(Encoding.UTF8.GetBytes(s))));
            }
        }, iter: 200);
    }

    [Fact]
    public void Keys_OfStringsAndBytesAgree_AndAcledFormIdsAreExact()
    {
        Assert.Equal(AcledIdKeys.Of("MLI12345"u8), AcledIdKeys.Of("MLI12345"));
        Assert.Equal(AcledIdKeys.Of("Tillabéri-7"u8), AcledIdKeys.Of("Tillabéri-7"));
        long[] distinct = [.. new[] { "MLI1", "MLI01", "MLI001", "MLJ1", "MLI10", "NIR1" }.Select(s => AcledIdKeys.Of(Encoding.UTF8.GetBytes(s)))];
        Assert.Equal(distinct.Length, distinct.Distinct().Count());
        Assert.All(distinct, k => Assert.True(k < 0)); // exact keys have the top bit set; hashed ones never do
        Assert.True(AcledIdKeys.Of("mli1"u8) > 0);
    }

    [Fact]
    public void Add_AMillionAcledIds_EachOnce_ThenAllRepeat()
    {
        var set = new AcledIdKeySet();
        string[] prefixes = ["BFO", "MLI", "NIR"];
        for (int pass = 0; pass < 2; pass++)
        {
            for (int n = 0; n < 1_000_000; n++)
            {
                byte[] id = Encoding.ASCII.GetBytes(prefixes[n % 3] + n.ToString(CultureInfo.InvariantCulture));
                Assert.Equal(pass == 0, set.Add(AcledIdKeys.Of(id)));
            }
        }
    }
}
