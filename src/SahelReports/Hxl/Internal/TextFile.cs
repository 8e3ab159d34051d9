using System.Text;

namespace SahelReports.Hxl.Internal;

/// <summary>Reads a text file: strict UTF-8 (BOM removed), else Latin-1 with a flag, never a silent U+FFFD.</summary>
internal static class TextFile
{
    /// <summary>The largest file read whole into memory (displacement, HXL and HAPI files: a few MB in practice): 256 MiB.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns <see langword="true"/> when the file is over <see cref="MaxFileBytes"/> (checked before reading: nothing is loaded).</summary>
    public static bool IsTooLarge(string path, out long length)
    {
        length = new FileInfo(path).Length;
        return length > MaxFileBytes;
    }

    /// <summary>The message of the file-too-large issue.</summary>
    public static string TooLargeMessage(long length) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"The file has {length} bytes; files read whole are limited to {MaxFileBytes} bytes (256 MiB). Split it, or filter it to the Sahel rows first.");

    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && bytes[2] == 3 && bytes[3] == 4)
        {
            return true;
        }

        ReadOnlySpan<byte> head = bytes[..Math.Min(bytes.Length, 4096)];
        return head.Contains((byte)0) || (head.Length >= 8 && head[0] == 0x89 && head[1] == (byte)'P') || (head.Length >= 8 && head[0] == 0xD0 && head[1] == 0xCF);
    }

    public static string Decode(byte[] bytes, out bool usedLatin1)
    {
        usedLatin1 = false;
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return s_strictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            usedLatin1 = true;
            return Encoding.Latin1.GetString(bytes, start, bytes.Length - start);
        }
    }
}
