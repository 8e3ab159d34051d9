using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SahelReports.Import.Acled.Internal;

/// <summary>
/// A bounded cache from a byte string (a group of a row's fields, see <see cref="AcledRowParser"/>) to what the row parser
/// worked out from exactly those bytes, so that a repeated group costs one hash and one comparison instead of a decode, a
/// pool look-up and a dictionary look-up per field. Open addressing; the keys are stored back to back in one array.
/// </summary>
/// <remarks>
/// Memory is bounded: at most <see cref="MaxEntries"/> entries and <see cref="MaxKeyBytes"/> bytes of keys; when full, nothing
/// more is added (look-ups still hit the entries already there). A cache that does not pay (fewer than one hit in four after
/// <see cref="TrialLookups"/> look-ups: a file whose groups hardly repeat) switches itself off and frees its memory. Only the
/// speed depends on any of this, never a result: the caller computes a miss exactly as it would without the cache.
/// </remarks>
/// <typeparam name="T">What is cached.</typeparam>
internal sealed class ByteKeyCache<T>
{
    /// <summary>The most entries kept.</summary>
    public const int MaxEntries = 16_384;

    /// <summary>The most key bytes kept.</summary>
    public const int MaxKeyBytes = 4 << 20;

    /// <summary>The look-ups after which a cache with too few hits switches itself off.</summary>
    public const int TrialLookups = 20_000;

    private int[] _slots = new int[256];
    private Entry[] _entries = new Entry[128];
    private byte[] _keys = new byte[16_384];
    private int _keyBytes;
    private int _lookups;

    /// <summary>The entries kept.</summary>
    public int Count { get; private set; }

    /// <summary>The look-ups that found their key.</summary>
    public long Hits { get; private set; }

    /// <summary>Whether the cache is in use (it switches itself off when it does not pay).</summary>
    public bool Enabled { get; private set; } = true;

    /// <summary>Looks a key up.</summary>
    /// <param name="key">The key's bytes.</param>
    /// <param name="value">The cached value, when found.</param>
    /// <param name="hash">The key's hash, for <see cref="Add"/> after a miss.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(ReadOnlySpan<byte> key, out T value, out int hash)
    {
        hash = ByteHash.Hash(key);
        bool trial = _lookups < TrialLookups;
        if (trial)
        {
            _lookups++;
        }

        int mask = _slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            int slot = _slots[i];
            if (slot == 0)
            {
                break;
            }

            ref Entry e = ref _entries[slot - 1];
            if (e.Hash == hash && key.SequenceEqual(_keys.AsSpan(e.Offset, e.Length)))
            {
                Hits++;
                value = e.Value;
                return true;
            }
        }

        if (trial && _lookups == TrialLookups && Hits < TrialLookups / 4)
        {
            Disable();
        }

        value = default!;
        return false;
    }

    /// <summary>Adds the value of a key <see cref="TryGet"/> has just missed (nothing happens when the cache is full or off).</summary>
    /// <param name="key">The key's bytes.</param>
    /// <param name="hash">The hash <see cref="TryGet"/> gave.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether the value was added.</returns>
    public bool Add(ReadOnlySpan<byte> key, int hash, T value)
    {
        if (!Enabled || Count == MaxEntries || _keyBytes + key.Length > MaxKeyBytes)
        {
            return false;
        }

        if (_keyBytes + key.Length > _keys.Length)
        {
            Array.Resize(ref _keys, Math.Min(MaxKeyBytes, Math.Max(_keys.Length * 2, _keyBytes + key.Length)));
        }

        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, Count * 2);
        }

        key.CopyTo(_keys.AsSpan(_keyBytes));
        int index = Count++;
        _entries[index] = new Entry(hash, _keyBytes, key.Length, value);
        _keyBytes += key.Length;
        _slots = SlotTable.Added(_slots, _entries, Count);

        return true;
    }

    private void Disable()
    {
        Enabled = false;
        Count = 0;
        _keyBytes = 0;
        _slots = new int[1];
        _entries = [];
        _keys = [];
    }

    private readonly record struct Entry(int Hash, int Offset, int Length, T Value) : SlotTable.IEntry;
}

/// <summary>
/// The slot table of the byte-keyed pools and caches (<see cref="ByteKeyCache{T}"/>, <see cref="AcledText"/>'s pools): a
/// power-of-two array whose non-zero slots hold an entry's index + 1, probed linearly from the entry's hash, at most half full.
/// </summary>
internal static class SlotTable
{
    /// <summary>An entry of a table: what its slot is found by.</summary>
    public interface IEntry
    {
        /// <summary>The hash of the entry's key.</summary>
        int Hash { get; }
    }

    /// <summary>Gives the slots once the entry <paramref name="count"/> − 1 has been appended to <paramref name="entries"/>: the same
    /// array with its slot filled, or one twice as large with every entry's slot when the table would be more than half full.</summary>
    public static int[] Added<TEntry>(int[] slots, TEntry[] entries, int count)
        where TEntry : struct, IEntry
    {
        if (count * 2 <= slots.Length)
        {
            Insert(slots, entries[count - 1].Hash, count - 1);
            return slots;
        }

        var grown = new int[slots.Length * 2];
        for (int e = 0; e < count; e++)
        {
            Insert(grown, entries[e].Hash, e);
        }

        return grown;
    }

    private static void Insert(int[] slots, int hash, int entry)
    {
        int mask = slots.Length - 1;
        int i = hash & mask;
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = entry + 1;
    }
}

/// <summary>The hash of the import's byte-keyed tables (<see cref="AcledText"/>'s pools, <see cref="ByteKeyCache{T}"/>).</summary>
internal static class ByteHash
{
    private static readonly ulong s_seed = (ulong)Random.Shared.NextInt64();

    /// <summary>
    /// A fast hash of short byte strings: 8 bytes per multiply (the last word overlaps), seeded per process so that a hostile
    /// file cannot be built to collide. Only look-up speed depends on it, never a result.
    /// </summary>
    /// <param name="key">The bytes.</param>
    /// <returns>The hash.</returns>
    public static int Hash(ReadOnlySpan<byte> key)
    {
        unchecked
        {
            int n = key.Length;
            ref byte p = ref MemoryMarshal.GetReference(key);
            ulong h = s_seed ^ ((ulong)n * 0x9E3779B97F4A7C15UL);
            if (n >= 8)
            {
                int i = 0;
                if (n >= 32)
                {
                    // Four independent lanes of 8 bytes, so that the multiplies of a long key (a group of fields) overlap.
                    ulong a = h, b = h ^ 0x243F6A8885A308D3UL, c = h ^ 0x13198A2E03707344UL, d = h ^ 0xA4093822299F31D0UL;
                    do
                    {
                        a = Mix(a ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, i)));
                        b = Mix(b ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, i + 8)));
                        c = Mix(c ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, i + 16)));
                        d = Mix(d ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, i + 24)));
                        i += 32;
                    }
                    while (i <= n - 32);

                    h = Mix(Mix(Mix(a ^ BitOperations.RotateLeft(b, 17)) ^ BitOperations.RotateLeft(c, 31)) ^ BitOperations.RotateLeft(d, 47));
                }

                for (; i <= n - 8; i += 8)
                {
                    h = Mix(h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, i)));
                }

                if (i < n)
                {
                    // The last word overlaps the previous one.
                    h = Mix(h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, n - 8)));
                }
            }
            else
            {
                ulong v = 0;
                foreach (byte b in key)
                {
                    v = (v << 8) | b;
                }

                h = Mix(h ^ v);
            }

            return (int)(h ^ (h >> 32));
        }
    }

    private static ulong Mix(ulong x)
    {
        unchecked
        {
            x *= 0xBF58476D1CE4E5B9UL;
            return x ^ (x >> 31);
        }
    }
}
