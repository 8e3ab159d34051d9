using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SahelReports.Import.Acled.Internal;

/// <summary>Decodes UTF-8 field values to strings: validates the bytes, strips invisible characters, normalises to NFC, pools repeated values.</summary>
internal sealed class AcledText
{
    private const int MaxPoolEntries = 65_536;
    private const int MaxPooledChars = 128;

    private readonly HashSet<string>[] _pools;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _lookups;
    private readonly string?[] _last;
    private char[] _buffer = new char[512];

    public AcledText(int columns)
    {
        _pools = new HashSet<string>[columns];
        _lookups = new HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[columns];
        _last = new string?[columns];
        for (int i = 0; i < columns; i++)
        {
            _pools[i] = new HashSet<string>(StringComparer.Ordinal);
            _lookups[i] = _pools[i].GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    /// <summary>What happened while decoding a value.</summary>
    [Flags]
    public enum Fixes
    {
        None = 0,
        InvisibleStripped = 1,
        Normalised = 2,
    }

    /// <summary>Decodes a value; <see langword="false"/> when the bytes are not valid UTF-8.</summary>
    /// <param name="utf8">The value.</param>
    /// <param name="pool">The pool column, or -1 not to pool (notes).</param>
    /// <param name="value">The string; <see langword="null"/> for an empty (or all-blank) value.</param>
    /// <param name="fixes">The repairs made.</param>
    public bool TryDecode(ReadOnlySpan<byte> utf8, int pool, out string? value, out Fixes fixes)
    {
        fixes = Fixes.None;
        utf8 = utf8.Trim((byte)' ');
        if (utf8.IsEmpty)
        {
            value = null;
            return true;
        }

        if (Ascii.IsValid(utf8) && !utf8.Contains((byte)0))
        {
            // Pure ASCII without NUL (the usual case): valid UTF-8, nothing invisible to strip, already NFC.
            value = DecodeAscii(utf8, pool);
            return true;
        }

        if (_buffer.Length < utf8.Length)
        {
            _buffer = new char[Math.Max(utf8.Length, _buffer.Length * 2)];
        }

        OperationStatus status = Utf8.ToUtf16(utf8, _buffer, out _, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            value = null;
            return false;
        }

        // Not pure ASCII from here on.
        Span<char> text = _buffer.AsSpan(0, written);
        int n = StripInvisible(text);
        if (n != text.Length)
        {
            fixes |= Fixes.InvisibleStripped;
            text = text[..n].Trim(' ');
        }

        if (text.IsEmpty)
        {
            value = null;
            return true;
        }

        bool pooled = pool >= 0 && text.Length <= MaxPooledChars;

        // The pool holds NFC strings only, so a value found there is already NFC and needs no check.
        if (pooled && _lookups[pool].TryGetValue(text, out string? existing))
        {
            value = existing;
            return true;
        }

        string s = new(text);

        // Characters below U+0300 (ASCII, Latin-1, Latin Extended A/B, IPA) are NFC and never combine with their neighbours,
        // so only a value with a later character needs the (ICU) normalisation check.
        if (text.ContainsAnyInRange('\u0300', '\uFFFF') && !s.IsNormalized(NormalizationForm.FormC))
        {
            s = s.Normalize(NormalizationForm.FormC);
            fixes |= Fixes.Normalised;
        }

        value = pooled || (pool >= 0 && s.Length <= MaxPooledChars) ? Intern(pool, s) : s;
        return true;
    }

    private string DecodeAscii(ReadOnlySpan<byte> utf8, int pool)
    {
        if (pool < 0 || utf8.Length > MaxPooledChars)
        {
            return Encoding.ASCII.GetString(utf8);
        }

        // Consecutive rows often repeat a value (same country, region, event type): compare with the last one before hashing.
        string? last = _last[pool];
        if (last is not null && last.Length == utf8.Length && Ascii.Equals(utf8, last))
        {
            return last;
        }

        Span<char> text = _buffer.AsSpan(0, utf8.Length);
        Ascii.ToUtf16(utf8, text, out _);
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = _lookups[pool];
        if (!lookup.TryGetValue(text, out string? value))
        {
            value = new string(text);
            if (_pools[pool].Count < MaxPoolEntries)
            {
                _pools[pool].Add(value);
            }
        }

        _last[pool] = value;
        return value;
    }

    /// <summary>Whether a character is a zero-width character, a bidi control, a BOM or NUL.</summary>
    public static bool IsInvisible(char c) =>
        c is '\0' or '\u00AD' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069') or '\uFEFF';

    private string Intern(int pool, string s)
    {
        if (_pools[pool].TryGetValue(s, out string? existing))
        {
            return existing;
        }

        if (_pools[pool].Count < MaxPoolEntries)
        {
            _pools[pool].Add(s);
        }

        return s;
    }

    private static int StripInvisible(Span<char> text)
    {
        int w = 0;
        for (int r = 0; r < text.Length; r++)
        {
            char c = text[r];
            if (!IsInvisible(c))
            {
                text[w++] = c;
            }
        }

        return w;
    }
}
