using System.Security.Cryptography;
using System.Text;

namespace SahelReports.Pdf.Internal;

/// <summary>
/// Skia writes a random UUID into a PDF/A document (XMP DocumentID and InstanceID, trailer /ID). This replaces it,
/// byte for byte and at the same length (so the cross-reference offsets stay valid), with one derived from a SHA-256
/// of the document with the UUID blanked: the same report and clock then give the same PDF/A bytes.
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
        byte[] hexBytes = Encoding.ASCII.GetBytes(dashed.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
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
