using System.Text;

namespace SahelReports.Fuzz.Internal;

/// <summary>
/// A seeded, structure-blind byte mutator for the in-process smoke loop (no coverage feedback: AFL++ does that in the long
/// run). The same seed and corpus give the same sequence of inputs, so a crash is reproduced by its seed and iteration,
/// and the failing input is also written to disk.
/// </summary>
/// <remarks>Operations: flip a bit, set an interesting byte, delete a range, duplicate a range, insert a dictionary token,
/// replace a digit run by an extreme number, truncate, splice two corpus files, swap two lines. One to four per input.</remarks>
internal sealed class Mutator
{
    private const int MaxLength = 64 * 1024;

    private static readonly byte[] s_interesting =
    [
        0, 0x09, 0x0A, 0x0D, 0x20, (byte)'"', (byte)',', (byte)';', (byte)'#', (byte)'+', (byte)'-', (byte)'.', (byte)'0',
        (byte)'9', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)':', (byte)'\\', 0x7F, 0x80, 0xA0, 0xC3, 0xE2, 0xEF, 0xFE, 0xFF,
    ];

    private static readonly string[] s_numbers =
    [
        "0", "-1", "-0", "1e308", "NaN", "Infinity", "2147483648", "9223372036854775808", "99999999999999999999999", "1,5",
        "1 000", "0.0000001", "4294967296", "-2147483649", "00", "1.7976931348623157E+309",
    ];

    private readonly Random _random;
    private readonly IReadOnlyList<byte[]> _corpus;
    private readonly IReadOnlyList<byte[]> _tokens;

    public Mutator(int seed, IReadOnlyList<byte[]> corpus, IReadOnlyList<byte[]> tokens)
    {
        if (corpus.Count == 0)
        {
            throw new ArgumentException("The corpus is empty: the mutator needs at least one seed file.", nameof(corpus));
        }

        _random = new Random(seed);
        _corpus = corpus;
        _tokens = tokens.Count > 0 ? tokens : [Encoding.UTF8.GetBytes(",")];
    }

    public byte[] Next()
    {
        var data = new List<byte>(_corpus[_random.Next(_corpus.Count)]);
        int count = 1 + _random.Next(4);
        for (int i = 0; i < count; i++)
        {
            Mutate(data);
        }

        if (data.Count > MaxLength)
        {
            data.RemoveRange(MaxLength, data.Count - MaxLength);
        }

        return [.. data];
    }

    private void Mutate(List<byte> data)
    {
        switch (_random.Next(9))
        {
            case 0 when data.Count > 0:
                int bit = _random.Next(data.Count * 8);
                data[bit / 8] ^= (byte)(1 << (bit % 8));
                break;
            case 1 when data.Count > 0:
                data[_random.Next(data.Count)] = s_interesting[_random.Next(s_interesting.Length)];
                break;
            case 2 when data.Count > 1:
                (int start, int length) = Range(data.Count);
                data.RemoveRange(start, length);
                break;
            case 3 when data.Count > 1:
                (int from, int len) = Range(data.Count);
                data.InsertRange(_random.Next(data.Count + 1), data.GetRange(from, len));
                break;
            case 4:
                data.InsertRange(_random.Next(data.Count + 1), _tokens[_random.Next(_tokens.Count)]);
                break;
            case 5:
                ReplaceNumber(data);
                break;
            case 6 when data.Count > 0:
                int keep = _random.Next(data.Count);
                data.RemoveRange(keep, data.Count - keep);
                break;
            case 7:
                byte[] other = _corpus[_random.Next(_corpus.Count)];
                int cut = _random.Next(data.Count + 1);
                int otherCut = _random.Next(other.Length + 1);
                data.RemoveRange(cut, data.Count - cut);
                data.AddRange(other.AsSpan(otherCut).ToArray());
                break;
            default:
                SwapLines(data);
                break;
        }
    }

    private (int Start, int Length) Range(int count)
    {
        int start = _random.Next(count);
        int length = 1 + _random.Next(Math.Min(count - start, 1 + _random.Next(64)));
        return (start, length);
    }

    private void ReplaceNumber(List<byte> data)
    {
        var digits = new List<int>();
        for (int i = 0; i < data.Count; i++)
        {
            if (data[i] is >= (byte)'0' and <= (byte)'9' && (i == 0 || data[i - 1] is < (byte)'0' or > (byte)'9'))
            {
                digits.Add(i);
            }
        }

        if (digits.Count == 0)
        {
            return;
        }

        int start = digits[_random.Next(digits.Count)];
        int end = start;
        while (end < data.Count && data[end] is >= (byte)'0' and <= (byte)'9')
        {
            end++;
        }

        data.RemoveRange(start, end - start);
        data.InsertRange(start, Encoding.ASCII.GetBytes(s_numbers[_random.Next(s_numbers.Length)]));
    }

    private void SwapLines(List<byte> data)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < data.Count; i++)
        {
            if (data[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        starts.Add(data.Count);
        int lines = starts.Count - 1;
        if (lines < 2)
        {
            return;
        }

        int a = _random.Next(lines);
        int b = _random.Next(lines);
        if (a == b)
        {
            return;
        }

        (a, b) = (Math.Min(a, b), Math.Max(a, b));
        byte[] first = data.GetRange(starts[a], starts[a + 1] - starts[a]).ToArray();
        byte[] second = data.GetRange(starts[b], starts[b + 1] - starts[b]).ToArray();
        data.RemoveRange(starts[b], second.Length);
        data.InsertRange(starts[b], first);
        data.RemoveRange(starts[a], first.Length);
        data.InsertRange(starts[a], second);
    }
}
