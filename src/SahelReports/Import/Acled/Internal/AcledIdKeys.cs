using System.Text;

namespace SahelReports.Import.Acled.Internal;

/// <summary>
/// A 64-bit key per event id, and the set of the keys a streamed read has seen, so that a streamed aggregate (which does not
/// merge rows) can say when a file repeats an event id. An id of ACLED's form (three capital letters and 1–12 digits, such as
/// <c>MLI12345</c>) is encoded exactly, letters, digits and leading zeros included, so two such ids share a key only when they are
/// equal; any other id is hashed (two different ones could then share a key, with a chance of about one in 10¹⁰ for a million ids).
/// </summary>
internal static class AcledIdKeys
{
    private const long Exact = long.MinValue;

    /// <summary>The key of an id given as its UTF-8 bytes (already trimmed, valid UTF-8, needing no repair).</summary>
    public static long Of(ReadOnlySpan<byte> id)
    {
        if (id.Length is >= 4 and <= 15 && TryExact(id, out long key))
        {
            return key;
        }

        // FNV-1a, 64 bits, with the top bit cleared (exact keys have it set) and never 0 (the empty slot).
        ulong h = 14695981039346656037;
        foreach (byte b in id)
        {
            h = unchecked((h ^ b) * 1099511628211);
        }

        return (long)(h & long.MaxValue) | 1;
    }

    /// <summary>The key of an id given as a string (one that was repaired: invisible characters removed, NFC).</summary>
    public static long Of(string id)
    {
        Span<byte> buffer = stackalloc byte[256];
        int count = Encoding.UTF8.GetMaxByteCount(id.Length) <= buffer.Length ? Encoding.UTF8.GetBytes(id, buffer) : -1;
        return count >= 0 ? Of(buffer[..count]) : Of(Encoding.UTF8.GetBytes(id));
    }

    private static bool TryExact(ReadOnlySpan<byte> id, out long key)
    {
        key = 0;
        long letters = 0;
        for (int i = 0; i < 3; i++)
        {
            uint l = unchecked((uint)(id[i] - 'A'));
            if (l > 25)
            {
                return false;
            }

            letters = (letters << 5) | l;
        }

        long number = 0;
        ReadOnlySpan<byte> digits = id[3..];
        foreach (byte b in digits)
        {
            uint d = unchecked((uint)(b - '0'));
            if (d > 9)
            {
                return false;
            }

            number = (number * 10) + d;
        }

        // Top bit: exact; then 15 bits of letters, 4 bits of digit count (1–12), 40 bits of number (< 10¹² < 2⁴⁰).
        key = Exact | (letters << 44) | ((long)digits.Length << 40) | number;
        return true;
    }
}

/// <summary>
/// A set of <see cref="AcledIdKeys"/> keys. An ACLED-form id with up to 7 digits is a bit in a bitset per three-letter prefix,
/// indexed by its digits with a leading 1 (so <c>MLI01</c> and <c>MLI1</c> differ): a few hundred kilobytes for a million ids,
/// and a look-up that stays in the processor's caches. Other keys (other forms, longer numbers, or past
/// the bitsets' byte limit) go to an open-addressing table of 8 bytes per slot.
/// </summary>
internal sealed class AcledIdKeySet
{
    /// <summary>The default limit of the bitsets' bytes (past it, new prefixes and longer numbers use the table).</summary>
    public const int DefaultMaxBitsetBytes = 16 << 20;

    private readonly long _maxBitsetBytes;

    private static readonly long[] s_pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000];

    // The bitset of each three-letter prefix (26³ = 17,576 of the 32,768 five-bit-letter codes), found by one array index.
    private readonly ulong[]?[] _bitsets = new ulong[]?[1 << 15];
    private long _bitsetBytes;
    private long[] _slots = [];
    private int _count;

    /// <param name="maxBitsetBytes">The bitsets' byte limit (tests use a small one).</param>
    public AcledIdKeySet(int maxBitsetBytes = DefaultMaxBitsetBytes) => _maxBitsetBytes = maxBitsetBytes;

    /// <summary>Adds a key.</summary>
    /// <returns><see langword="false"/> when the key was already there.</returns>
    public bool Add(long key)
    {
        if (key < 0)
        {
            int digits = (int)((key >> 40) & 0xF);
            if (digits < s_pow10.Length)
            {
                int prefix = (int)((key >> 44) & 0x7FFF);
                long index = s_pow10[digits] + (key & ((1L << 40) - 1));
                ulong[]? bits = _bitsets[prefix] ?? Bitset(prefix);
                if (bits is not null && (index >> 6) >= bits.Length)
                {
                    bits = Grow(prefix, bits, index);
                }

                if (bits is not null)
                {
                    ulong mask = 1UL << (int)(index & 63);
                    ref ulong word = ref bits[index >> 6];
                    bool added = (word & mask) == 0;
                    word |= mask;
                    return added;
                }
            }
        }

        return AddToTable(key);
    }

    /// <summary>A new prefix's (empty) bitset, or <see langword="null"/> when the bitsets are full.</summary>
    private ulong[]? Bitset(int prefix) => _bitsetBytes >= _maxBitsetBytes ? null : _bitsets[prefix] = [];

    /// <summary>Grows a prefix's bitset to hold <paramref name="index"/>, or gives <see langword="null"/> past the byte limit.</summary>
    private ulong[]? Grow(int prefix, ulong[] bits, long index)
    {
        long words = Math.Max(bits.Length, 1024);
        while (words <= (index >> 6))
        {
            words *= 2;
        }

        if (_bitsetBytes + ((words - bits.Length) * 8) > _maxBitsetBytes)
        {
            return null;
        }

        var grown = new ulong[words];
        bits.CopyTo(grown, 0);
        _bitsetBytes += (words - bits.Length) * 8;
        _bitsets[prefix] = grown;
        return grown;
    }

    private bool AddToTable(long key)
    {
        if (_count + 1 > (_slots.Length >> 2) * 3)
        {
            var slots = new long[Math.Max(4096, _slots.Length * 2)];
            foreach (long k in _slots)
            {
                if (k != 0)
                {
                    Insert(slots, k);
                }
            }

            _slots = slots;
        }

        if (!Insert(_slots, key))
        {
            return false;
        }

        _count++;
        return true;
    }

    private static bool Insert(long[] slots, long key)
    {
        int mask = slots.Length - 1;
        for (int i = (int)(unchecked((ulong)(key * -7046029254386353131L)) >> 33) & mask; ; i = (i + 1) & mask)
        {
            long k = slots[i];
            if (k == 0)
            {
                slots[i] = key;
                return true;
            }

            if (k == key)
            {
                return false;
            }
        }
    }
}
