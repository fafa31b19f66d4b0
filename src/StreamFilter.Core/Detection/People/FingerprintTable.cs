using System.Numerics;

namespace StreamFilter.Core.Detection.People;

/// <summary>
/// An open-addressing table from a 64-bit <see cref="FoldedHash"/> to a small payload: one probe into
/// a power-of-two array in the common case, no string comparison (the 64-bit hash is the key), no
/// allocation per look-up. Built once at start; read by every worker.
/// </summary>
internal sealed class FingerprintTable
{
    private readonly ulong[] _keys;
    private readonly ushort[] _values;
    private readonly int _mask;

    public FingerprintTable(IReadOnlyCollection<KeyValuePair<ulong, ushort>> entries)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries.Count * 2));
        _keys = new ulong[size];
        _values = new ushort[size];
        _mask = size - 1;
        foreach (var (key, value) in entries)
        {
            // Key 0 marks an empty slot; a real hash of 0 is moved to 1 on both sides.
            var k = key == 0 ? 1 : key;
            var i = (int)(k & (uint)_mask);
            while (_keys[i] != 0 && _keys[i] != k)
            {
                i = (i + 1) & _mask;
            }
            _keys[i] = k;
            _values[i] = value;
        }
        Count = entries.Count;
    }

    public int Count { get; }

    /// <summary>The payload of <paramref name="key"/>, or 0 when absent.</summary>
    public ushort Get(ulong key)
    {
        var k = key == 0 ? 1 : key;
        var i = (int)(k & (uint)_mask);
        while (true)
        {
            var slot = _keys[i];
            if (slot == k)
            {
                return _values[i];
            }
            if (slot == 0)
            {
                return 0;
            }
            i = (i + 1) & _mask;
        }
    }
}
