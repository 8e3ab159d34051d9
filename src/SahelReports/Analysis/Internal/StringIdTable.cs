using System.Runtime.CompilerServices;

namespace SahelReports.Analysis.Internal;

/// <summary>Assigns dense ids to strings (ordinal), with a small cache keyed by object identity so that repeated references to the
/// same string instance (the usual case: importers pool repeated values) skip hashing the characters.</summary>
internal sealed class StringIdTable
{
    private const int CacheSize = 256;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];
    private readonly string?[] _cacheKeys = new string?[CacheSize];
    private readonly int[] _cacheIds = new int[CacheSize];

    public int Count => _values.Count;

    public string this[int id] => _values[id];

    /// <summary>Gets the id of a string; <paramref name="added"/> tells whether it was new.</summary>
    public int GetId(string value, out bool added)
    {
        int slot = RuntimeHelpers.GetHashCode(value) & (CacheSize - 1);
        if (ReferenceEquals(_cacheKeys[slot], value))
        {
            added = false;
            return _cacheIds[slot];
        }

        added = false;
        if (!_ids.TryGetValue(value, out int id))
        {
            id = _values.Count;
            _ids.Add(value, id);
            _values.Add(value);
            added = true;
        }

        _cacheKeys[slot] = value;
        _cacheIds[slot] = id;
        return id;
    }
}
