using System.Globalization;
using System.Text;

namespace SahelReports.Fuzz.Internal;

/// <summary>Reads an AFL dictionary (<c>name="value"</c> lines, <c>\xNN</c>, <c>\"</c> and <c>\\</c> escapes; <c>#</c> comments):
/// the same file feeds <c>afl-fuzz -x</c> and the in-process mutator.</summary>
internal static class Dictionary
{
    public static IReadOnlyList<byte[]> Load(string path)
    {
        var tokens = new List<byte[]>();
        if (!File.Exists(path))
        {
            return tokens;
        }

        foreach (string raw in File.ReadLines(path, Encoding.UTF8))
        {
            string line = raw.Trim();
            int open = line.IndexOf('"', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || open < 0 || line[^1] != '"' || open == line.Length - 1)
            {
                continue;
            }

            tokens.Add(Unescape(line[(open + 1)..^1]));
        }

        return tokens;
    }

    private static byte[] Unescape(string value)
    {
        var bytes = new List<byte>();
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                char next = value[i + 1];
                if (next == 'x' && i + 3 < value.Length)
                {
                    bytes.Add(byte.Parse(value.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 3;
                    continue;
                }

                bytes.Add((byte)next);
                i++;
                continue;
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
        }

        return [.. bytes];
    }
}
