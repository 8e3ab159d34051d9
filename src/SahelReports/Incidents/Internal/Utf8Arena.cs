namespace SahelReports.Incidents.Internal;

/// <summary>
/// Copies many short byte strings (notes) into shared 256 KiB blocks instead of one array each: a million notes become a few
/// hundred large objects, which the garbage collector never copies (they live on the large object heap), instead of a million
/// small ones copied from generation to generation. A block lives as long as any text in it. Not thread-safe: one per parser.
/// </summary>
internal sealed class Utf8Arena
{
    /// <summary>The size of a block (above the large-object threshold of 85,000 bytes).</summary>
    public const int BlockSize = 256 * 1024;

    private byte[] _block = [];
    private int _used;

    /// <summary>Copies bytes into a block.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The block and the offset of the copy. A text longer than a quarter block gets an array of its own.</returns>
    public (byte[] Block, int Offset) Copy(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > BlockSize / 4)
        {
            return (bytes.ToArray(), 0);
        }

        if (_block.Length - _used < bytes.Length)
        {
            _block = new byte[BlockSize];
            _used = 0;
        }

        int offset = _used;
        bytes.CopyTo(_block.AsSpan(offset));
        _used += bytes.Length;
        return (_block, offset);
    }
}
