using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SahelReports.Import.Acled.Internal;

/// <summary>
/// Decodes UTF-8 field values to strings: validates the bytes, strips invisible characters, normalises to NFC, pools repeated
/// values. The pools are keyed by the value's <em>bytes</em>, so a repeated value (country, region, actor, event type) costs a
/// hash and a byte comparison: no decoding, no allocation. A pooled value also has a small integer id that the row parser uses
/// as a cheap cache key.
/// </summary>
/// <remarks>
/// The decoded string and the repairs made are a function of the bytes alone, so a pooled entry stores both and a hit reports
/// exactly what decoding again would have reported.
/// </remarks>
internal sealed class AcledText
{
    /// <summary>The id of an empty (or all-blank) value.</summary>
    public const int EmptyId = 0;

    /// <summary>The id of a value that is not pooled (too long, or its column's pool is full).</summary>
    public const int NoId = -1;

    private const int MaxPoolEntries = 65_536;
    private const int MaxPooledBytes = 256;

    private static readonly SearchValues<char> s_invisible = SearchValues.Create(
        "\0\u00AD\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF");

    /// <summary>NUL and the lead bytes of characters at or above U+0300 (0xCC–0xFF), found in one vectorised pass.</summary>
    private static readonly SearchValues<byte> s_notPlain = SearchValues.Create([0x00, .. Enumerable.Range(0xCC, 0xFF - 0xCC + 1).Select(b => (byte)b)]);

    private readonly BytePool?[] _pools;
    private char[] _buffer = new char[512];

    public AcledText(int columns) => _pools = new BytePool?[columns];

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
    /// <param name="id"><see cref="EmptyId"/> for an empty value, a positive id unique to these bytes in this column when pooled,
    /// otherwise <see cref="NoId"/>.</param>
    public bool TryDecode(ReadOnlySpan<byte> utf8, int pool, out string? value, out Fixes fixes, out int id)
    {
        utf8 = TrimBlanks(utf8);
        if (utf8.IsEmpty)
        {
            value = null;
            fixes = Fixes.None;
            id = EmptyId;
            return true;
        }

        if (pool < 0 || utf8.Length > MaxPooledBytes)
        {
            id = NoId;
            return TryDecodeCore(utf8, out value, out fixes);
        }

        BytePool p = _pools[pool] ??= new BytePool();
        int entry = p.Find(utf8, out int hash);
        if (entry >= 0)
        {
            (value, fixes) = p.Get(entry);
            id = entry + 1;
            return true;
        }

        if (!TryDecodeCore(utf8, out value, out fixes))
        {
            id = NoId;
            return false;
        }

        id = p.Count < MaxPoolEntries ? p.Add(utf8, hash, value, fixes) + 1 : NoId;
        return true;
    }

    /// <summary>
    /// Checks a value as <see cref="TryDecode"/> would, without keeping the string when it can be avoided: the same validity and
    /// the same repairs are reported.
    /// </summary>
    /// <param name="utf8">The value.</param>
    /// <param name="fixes">The repairs decoding would make.</param>
    /// <returns><see langword="false"/> when the bytes are not valid UTF-8.</returns>
    public bool TryCheck(ReadOnlySpan<byte> utf8, out Fixes fixes)
    {
        fixes = Fixes.None;
        utf8 = TrimBlanks(utf8);
        int first = FirstNonAscii(utf8);
        if (first < 0 || IsPlainUtf8(utf8[first..]))
        {
            return true;
        }

        if (!TryTranscode(utf8, out Span<char> text))
        {
            return false;
        }

        if (text.ContainsAny(s_invisible))
        {
            fixes |= Fixes.InvisibleStripped;
            text = text[..StripInvisible(text)].Trim(' ');
        }

        if (!text.IsEmpty && text.ContainsAnyInRange('\u0300', '\uFFFF') && !((ReadOnlySpan<char>)text).IsNormalized(NormalizationForm.FormC))
        {
            fixes |= Fixes.Normalised;
        }

        return true;
    }

    private bool TryDecodeCore(ReadOnlySpan<byte> utf8, out string? value, out Fixes fixes)
    {
        fixes = Fixes.None;
        int first = FirstNonAscii(utf8);
        if (first < 0)
        {
            // Pure ASCII without NUL (the usual case): valid UTF-8, nothing invisible to strip, already NFC.
            value = Encoding.ASCII.GetString(utf8);
            return true;
        }

        if (IsPlainUtf8(utf8[first..]))
        {
            // Accented Latin text (most non-ASCII values): nothing to strip, already NFC; decoded in one pass.
            value = Encoding.UTF8.GetString(utf8);
            return true;
        }

        if (!TryTranscode(utf8, out Span<char> text))
        {
            value = null;
            return false;
        }

        // Not pure ASCII from here on.
        if (text.ContainsAny(s_invisible))
        {
            fixes |= Fixes.InvisibleStripped;
            text = text[..StripInvisible(text)].Trim(' ');
            if (text.IsEmpty)
            {
                value = null;
                return true;
            }
        }

        string s = new(text);

        // Characters below U+0300 (ASCII, Latin-1, Latin Extended A/B, IPA) are NFC and never combine with their neighbours,
        // so only a value with a later character needs the (ICU) normalisation check.
        if (text.ContainsAnyInRange('\u0300', '\uFFFF') && !s.IsNormalized(NormalizationForm.FormC))
        {
            s = s.Normalize(NormalizationForm.FormC);
            fixes |= Fixes.Normalised;
        }

        value = s;
        return true;
    }

    /// <summary>Removes leading and trailing blanks (U+0020), as <c>Trim((byte)' ')</c> does; a value with none, the usual case,
    /// costs two byte comparisons.</summary>
    /// <param name="utf8">The value.</param>
    /// <returns>The value without its leading and trailing blanks.</returns>
    internal static ReadOnlySpan<byte> TrimBlanks(ReadOnlySpan<byte> utf8) =>
        utf8.IsEmpty || (utf8[0] != (byte)' ' && utf8[^1] != (byte)' ') ? utf8 : utf8.Trim((byte)' ');

    /// <summary>
    /// The index of the first byte that is not ASCII other than NUL (0x01–0x7F), or -1 when there is none: then the value is
    /// valid UTF-8, has nothing invisible to strip and is NFC. One vectorised pass.
    /// </summary>
    internal static int FirstNonAscii(ReadOnlySpan<byte> utf8) => utf8.IndexOfAnyExceptInRange((byte)0x01, (byte)0x7F);

    /// <summary>
    /// Whether the bytes are valid UTF-8 with no character that could be invisible or not NFC: no NUL, no U+00AD (C2 AD) and no
    /// lead byte of a character at or above U+0300 (0xCC and up; every other invisible character is above U+0300, and characters
    /// below it are NFC and never combine). All checks are vectorised; such a value needs no repair. Callers pass the value from
    /// its first non-ASCII byte on (<see cref="FirstNonAscii"/>): an ASCII prefix without NUL changes none of these answers.
    /// </summary>
    private static bool IsPlainUtf8(ReadOnlySpan<byte> utf8) =>
        utf8.IndexOfAny(s_notPlain) < 0 && utf8.IndexOf("\u00AD"u8) < 0 && Utf8.IsValid(utf8);

    private bool TryTranscode(ReadOnlySpan<byte> utf8, out Span<char> text)
    {
        if (_buffer.Length < utf8.Length)
        {
            _buffer = new char[Math.Max(utf8.Length, _buffer.Length * 2)];
        }

        OperationStatus status = Utf8.ToUtf16(utf8, _buffer, out _, out int written, replaceInvalidSequences: false);
        text = _buffer.AsSpan(0, written);
        return status == OperationStatus.Done;
    }

    private static int StripInvisible(Span<char> text)
    {
        int w = 0;
        for (int r = 0; r < text.Length; r++)
        {
            char c = text[r];
            if (!s_invisible.Contains(c))
            {
                text[w++] = c;
            }
        }

        return w;
    }

    /// <summary>An open-addressing table from a value's bytes to its decoded string and repairs.</summary>
    private sealed class BytePool
    {
        private int[] _slots = new int[64];
        private Entry[] _entries = new Entry[32];
        private int _last = -1;

        public int Count { get; private set; }

        /// <summary>The entry holding these bytes, or -1; then <paramref name="hash"/> is their hash, for <see cref="Add"/>.</summary>
        public int Find(ReadOnlySpan<byte> key, out int hash)
        {
            // Consecutive rows often repeat a value (same country, region, event type): compare with the last hit before hashing.
            int last = _last;
            if (last >= 0 && key.SequenceEqual(_entries[last].Key))
            {
                hash = 0;
                return last;
            }

            hash = ByteHash.Hash(key);
            int mask = _slots.Length - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask)
            {
                int slot = _slots[i];
                if (slot == 0)
                {
                    return -1;
                }

                ref Entry e = ref _entries[slot - 1];
                if (e.Hash == hash && key.SequenceEqual(e.Key))
                {
                    _last = slot - 1;
                    return slot - 1;
                }
            }
        }

        public (string? Value, Fixes Fixes) Get(int entry) => (_entries[entry].Value, _entries[entry].Fixes);

        public int Add(ReadOnlySpan<byte> key, int hash, string? value, Fixes fixes)
        {
            if (Count == _entries.Length)
            {
                Array.Resize(ref _entries, Count * 2);
            }

            int index = Count++;
            _entries[index] = new Entry(hash, key.ToArray(), value, fixes);
            _slots = SlotTable.Added(_slots, _entries, Count);

            _last = index;
            return index;
        }

        private readonly record struct Entry(int Hash, byte[] Key, string? Value, Fixes Fixes) : SlotTable.IEntry;
    }
}
