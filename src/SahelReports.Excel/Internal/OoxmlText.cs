using System.Globalization;
using System.Text;

namespace SahelReports.Excel.Internal;

/// <summary>The OOXML <c>ST_Xstring</c> escape shared by every text we write ourselves (streamed sheets and repaired shared strings).</summary>
internal static class OoxmlText
{
    /// <summary>Applies the OOXML <c>_xHHHH_</c> escape: control characters (except tab and LF) and lone surrogates are encoded, a literal <c>_xHHHH_</c> gets its underscore escaped.</summary>
    public static string Escape(string text)
    {
        bool plain = true;
        foreach (char ch in text)
        {
            if ((ch < ' ' && ch != '\t' && ch != '\n') || char.IsSurrogate(ch) || ch == '_')
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return text;
        }

        var buffer = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch == '_' && i + 6 < text.Length && text[i + 1] == 'x' && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3]) && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]) && text[i + 6] == '_')
            {
                buffer.Append("_x005F_");
            }
            else if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                buffer.Append(ch).Append(text[++i]);
            }
            else if ((ch < ' ' && ch != '\t' && ch != '\n') || char.IsSurrogate(ch))
            {
                buffer.Append("_x").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                buffer.Append(ch);
            }
        }

        return buffer.ToString();
    }
}
