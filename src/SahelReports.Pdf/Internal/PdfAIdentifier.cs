using System.Security.Cryptography;
using System.Text;

namespace SahelReports.Pdf.Internal;

/// <summary>
/// Skia writes a random UUID into a PDF/A document (XMP DocumentID and InstanceID, trailer /ID). This replaces it,
/// byte for byte and at the same length (so the cross-reference offsets stay valid), with one derived from a SHA-256
/// of the document with the UUID blanked: the same report and clock then give the same PDF/A bytes.
/// Skia writes the trailer's <c>/ID</c> as a hex string, or as a literal string when that is shorter (about one document
/// in a hundred, when the random bytes are mostly printable); a literal one is first rewritten in hex. The trailer follows
/// the cross-reference table, so its length may change without moving any offset.
/// </summary>
internal static class PdfAIdentifier
{
    private static readonly byte[] s_uuidPrefix = "uuid:"u8.ToArray();

    public static byte[] MakeDeterministic(byte[] pdf)
    {
        int at = pdf.AsSpan().IndexOf(s_uuidPrefix);
        if (at < 0 || at + s_uuidPrefix.Length + 36 > pdf.Length)
        {
            return pdf;
        }

        string dashed = Encoding.ASCII.GetString(pdf, at + s_uuidPrefix.Length, 36);
        if (!Guid.TryParseExact(dashed, "D", out _))
        {
            return pdf;
        }

        byte[] dashedBytes = Encoding.ASCII.GetBytes(dashed);
        string hexText = dashed.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        byte[] hexBytes = Encoding.ASCII.GetBytes(hexText);
        pdf = TrailerIdInHex(pdf, Convert.FromHexString(hexText), hexText);
        byte[] blanked = (byte[])pdf.Clone();
        ReplaceAll(blanked, dashedBytes, Encoding.ASCII.GetBytes(new string('0', 8) + "-0000-0000-0000-" + new string('0', 12)));
        ReplaceAll(blanked, hexBytes, Encoding.ASCII.GetBytes(new string('0', 32)));
        byte[] hash = SHA256.HashData(blanked);
        string hex = Convert.ToHexString(hash, 0, 16);
        string newDashed = string.Join('-', hex[..8], hex[8..12], hex[12..16], hex[16..20], hex[20..32]).ToLowerInvariant();
        byte[] result = (byte[])pdf.Clone();
        ReplaceAll(result, dashedBytes, Encoding.ASCII.GetBytes(newDashed));
        ReplaceAll(result, hexBytes, Encoding.ASCII.GetBytes(hex));
        return result;
    }

    /// <summary>
    /// Returns <paramref name="pdf"/> with its trailer's <c>/ID</c> array written as two hex strings when Skia wrote the
    /// identifier <paramref name="id"/> as literal strings; otherwise <paramref name="pdf"/> unchanged.
    /// </summary>
    internal static byte[] TrailerIdInHex(byte[] pdf, byte[] id, string hex)
    {
        int trailer = pdf.AsSpan().LastIndexOf("trailer"u8);
        int start = trailer < 0 ? -1 : pdf.AsSpan(trailer).IndexOf("/ID ["u8);
        if (start < 0)
        {
            return pdf;
        }

        start += trailer;
        int at = start + "/ID [".Length;
        for (int n = 0; n < 2; n++)
        {
            while (at < pdf.Length && pdf[at] == (byte)' ')
            {
                at++;
            }

            if (at >= pdf.Length || pdf[at] != (byte)'(' || !TryReadLiteral(pdf, ref at, out byte[] value) || !value.AsSpan().SequenceEqual(id))
            {
                return pdf; // already hex, or not the identifier we know: leave it
            }
        }

        if (at >= pdf.Length || pdf[at] != (byte)']')
        {
            return pdf;
        }

        byte[] array = Encoding.ASCII.GetBytes("/ID [<" + hex + "> <" + hex + ">]");
        return [.. pdf.AsSpan(0, start), .. array, .. pdf.AsSpan(at + 1)];
    }

    /// <summary>Reads a PDF literal string starting at the <c>(</c> at <paramref name="at"/> (ISO 32000-1 §7.3.4.2); <paramref name="at"/> ends after its <c>)</c>.</summary>
    private static bool TryReadLiteral(byte[] pdf, ref int at, out byte[] value)
    {
        var bytes = new List<byte>(16);
        int depth = 0;
        value = [];
        for (int i = at; i < pdf.Length; i++)
        {
            byte c = pdf[i];
            if (c == (byte)'\\' && i + 1 < pdf.Length)
            {
                byte e = pdf[++i];
                if (e is >= (byte)'0' and <= (byte)'7')
                {
                    int code = e - '0';
                    for (int k = 0; k < 2 && i + 1 < pdf.Length && pdf[i + 1] is >= (byte)'0' and <= (byte)'7'; k++)
                    {
                        code = (code * 8) + (pdf[++i] - '0');
                    }

                    bytes.Add((byte)code);
                }
                else
                {
                    bytes.Add(e switch { (byte)'n' => (byte)'\n', (byte)'r' => (byte)'\r', (byte)'t' => (byte)'\t', (byte)'b' => (byte)'\b', (byte)'f' => (byte)'\f', _ => e });
                }

                continue;
            }

            if (c == (byte)'(')
            {
                if (depth++ == 0)
                {
                    continue;
                }
            }
            else if (c == (byte)')' && --depth == 0)
            {
                at = i + 1;
                value = [.. bytes];
                return true;
            }

            bytes.Add(c);
        }

        return false;
    }

    private static void ReplaceAll(byte[] data, byte[] find, byte[] replacement)
    {
        int start = 0;
        while (start < data.Length)
        {
            int i = data.AsSpan(start).IndexOf(find);
            if (i < 0)
            {
                return;
            }

            replacement.CopyTo(data, start + i);
            start += i + find.Length;
        }
    }
}
