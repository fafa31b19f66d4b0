using System.Numerics;

namespace StreamFilter.Core.Detection.People;

/// <summary>
/// An open-addressing table from a 64-bit <see cref="FoldedHash"/> to a 16-bit payload, packed into one
/// ulong per slot (the hash's top 48 bits and the payload), so a look-up costs one memory access in the
/// common case: no string comparison, no allocation. 48 bits keep a collision among 300k keys below
/// one in a billion. Built once at start; read by every worker.
/// </summary>
internal sealed class FingerprintTable
{
    private const ulong KeyMask = ~0xFFFFUL;

    private readonly ulong[] _slots;
    private readonly int _mask;

    public FingerprintTable(IReadOnlyCollection<KeyValuePair<ulong, ushort>> entries)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries.Count + entries.Count / 2));
        _slots = new ulong[size];
        _mask = size - 1;
        foreach (var (key, value) in entries)
        {
            var k = Key(key);
            var i = Slot(k);
            while (_slots[i] != 0 && (_slots[i] & KeyMask) != k)
            {
                i = (i + 1) & _mask;
            }
            _slots[i] = k | value;
        }
        Count = entries.Count;
    }

    public int Count { get; }

    // A direct-mapped cache of recent look-ups (32 KB, stays in the core's cache while the 4 MB table
    // does not): words repeat (Zipf), so most look-ups of ordinary text end here. Slots are whole
    // ulongs (fingerprint and payload together), so racing writers can only replace an entry, never
    // tear one; a slot holding another key is a miss.
    private readonly ulong[] _recent = new ulong[4096];

    /// <summary>The payload of <paramref name="key"/>, or 0 when absent.</summary>
    public ushort Get(ulong key)
    {
        var k = Key(key);
        var r = (int)(k >> 16) & (_recent.Length - 1);
        var cached = _recent[r];
        if ((cached & KeyMask) == k)
        {
            return (ushort)cached;
        }
        var value = Find(k);
        _recent[r] = k | value;
        return value;
    }

    private ushort Find(ulong k)
    {
        var i = Slot(k);
        while (true)
        {
            var slot = _slots[i];
            if ((slot & KeyMask) == k)
            {
                return (ushort)slot;
            }
            if (slot == 0)
            {
                return 0;
            }
            i = (i + 1) & _mask;
        }
    }

    // Key 0 would read as an empty slot: such a hash is moved to the next fingerprint on both sides.
    private static ulong Key(ulong hash) => (hash & KeyMask) == 0 ? 0x10000UL : hash & KeyMask;

    private int Slot(ulong k) => (int)(k >> 40) & _mask;
}
