using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SahelReports.Incidents.Internal;

/// <summary>
/// A text stored as its UTF-8 bytes (about half the memory of a .NET string for mostly-ASCII text such as ACLED notes) and
/// decoded on each read. A text UTF-8 cannot carry exactly (one with a lone surrogate) is kept as the string itself, so every
/// value reads back exactly as it was set. The bytes are an array of their own or a slice of a shared block
/// (<see cref="Utf8Arena"/>, used by the importer: no object per text for the garbage collector to copy).
/// </summary>
internal readonly struct CompactText : IEquatable<CompactText>
{
    /// <summary><see langword="null"/>, the UTF-8 bytes (<c>byte[]</c>, from <see cref="_offset"/> for <see cref="_length"/>
    /// bytes), or the string when it is not valid UTF-16.</summary>
    private readonly object? _value;
    private readonly int _offset;
    private readonly int _length;

    private CompactText(object? value) => _value = value;

    private CompactText(byte[] bytes, int offset, int length) => (_value, _offset, _length) = (bytes, offset, length);

    private ReadOnlySpan<byte> Bytes => ((byte[])_value!).AsSpan(_offset, _length);

    /// <summary>Stores a string.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The compact text.</returns>
    public static CompactText FromString(string? text)
    {
        if (text is null)
        {
            return default;
        }

        byte[] bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        OperationStatus status = Utf8.FromUtf16(text, bytes, out _, out int written, replaceInvalidSequences: false);
        return status == OperationStatus.Done && written == bytes.Length ? new CompactText(bytes, 0, bytes.Length) : new CompactText(text);
    }

    /// <summary>Stores bytes already known to be valid UTF-8 (copied).</summary>
    /// <param name="utf8">The text's UTF-8 bytes.</param>
    /// <returns>The compact text.</returns>
    public static CompactText FromValidUtf8(ReadOnlySpan<byte> utf8) => new(utf8.ToArray(), 0, utf8.Length);

    /// <summary>Stores bytes already known to be valid UTF-8, copied into a shared block of <paramref name="arena"/>.</summary>
    /// <param name="utf8">The text's UTF-8 bytes.</param>
    /// <param name="arena">The blocks to copy into.</param>
    /// <returns>The compact text.</returns>
    public static CompactText FromValidUtf8(ReadOnlySpan<byte> utf8, Utf8Arena arena)
    {
        (byte[] block, int offset) = arena.Copy(utf8);
        return new CompactText(block, offset, utf8.Length);
    }

    /// <summary>Decodes the text.</summary>
    /// <returns>The text, or <see langword="null"/> when none was set.</returns>
    public override string? ToString() => _value switch
    {
        byte[] => Encoding.UTF8.GetString(Bytes),
        string s => s,
        _ => null,
    };

    /// <summary>Whether two texts are the same characters (UTF-8 is one-to-one on valid text, so the bytes decide).</summary>
    /// <param name="other">The other text.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(CompactText other) => (_value, other._value) switch
    {
        (null, null) => true,
        (byte[], byte[]) => Bytes.SequenceEqual(other.Bytes),
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        _ => false, // valid and invalid UTF-16 are never equal; null differs from any text
    };

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CompactText other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        switch (_value)
        {
            case byte[]:
                var hash = default(HashCode);
                hash.AddBytes(Bytes);
                return hash.ToHashCode();
            case string s:
                return string.GetHashCode(s, StringComparison.Ordinal);
            default:
                return 0;
        }
    }
}
