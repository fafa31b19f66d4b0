namespace StreamFilter.Core.Pipeline;

/// <summary>
/// The encoded bytes of a run of fields that repeats with its key (a user's audit fields, a session's
/// focus and device fields), so a fixed-shape writer copies the run once instead of looking up and
/// copying each value. Direct-mapped and bounded: a new key takes its slot over. Keys compare by value
/// (strings ordinally), so a hit always writes the bytes these very values encode to. Not thread-safe.
/// </summary>
internal sealed class FragmentMemo<TKey>
    where TKey : struct, IEquatable<TKey>
{
    /// <summary>Sets of two slots: ids that collide on one set (a few among hundreds of users) do not evict each other.</summary>
    private const int SetBits = 10;

    private readonly (TKey Key, byte[]? Bytes)[] _slots = new (TKey, byte[]?)[2 << SetBits];

    /// <param name="spread">The key's most varying string (user or session id): picks the set.</param>
    public bool TryGet(string spread, in TKey key, out ReadOnlySpan<byte> bytes)
    {
        var set = SetOf(spread);
        for (var i = set; i < set + 2; i++)
        {
            if (_slots[i].Bytes is { } known && _slots[i].Key.Equals(key))
            {
                bytes = known;
                return true;
            }
        }
        bytes = default;
        return false;
    }

    /// <summary>Into the set's first slot; the one it held moves to the second (the older one there is dropped).</summary>
    public void Remember(string spread, in TKey key, ReadOnlySpan<byte> bytes)
    {
        var set = SetOf(spread);
        _slots[set + 1] = _slots[set];
        _slots[set] = (key, bytes.ToArray());
    }

    private static int SetOf(string spread) => StringSlot.Of(spread, SetBits) * 2;
}
