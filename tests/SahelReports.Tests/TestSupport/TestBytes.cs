using System.Text;

namespace SahelReports.Tests.TestSupport;

/// <summary>Test input that is not valid UTF-8, written as text.</summary>
internal static class TestBytes
{
    /// <summary>A placeholder character that <see cref="Utf8WithInvalidBytes"/> turns into the byte 0xFF (never valid in UTF-8).</summary>
    public const char InvalidByte = '\uE000';

    /// <summary>The UTF-8 bytes of <paramref name="text"/>, with each <see cref="InvalidByte"/> replaced by the single byte 0xFF.</summary>
    public static byte[] Utf8WithInvalidBytes(string text)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        byte[] placeholder = Encoding.UTF8.GetBytes(InvalidByte.ToString());
        var bytes = new List<byte>(utf8.Length);
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8.AsSpan(i).StartsWith(placeholder))
            {
                bytes.Add(0xFF);
                i += placeholder.Length - 1;
            }
            else
            {
                bytes.Add(utf8[i]);
            }
        }

        return [.. bytes];
    }
}
