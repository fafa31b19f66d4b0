using System.Buffers;
using System.Runtime.CompilerServices;

namespace StreamFilter.Core.Detection;

/// <summary>
/// A growable, reusable list of findings backed by a pooled array. One instance is reused per
/// worker so that scanning a string allocates nothing beyond the rare growth of this buffer.
/// Not thread-safe.
/// </summary>
public sealed class FindingList : IDisposable
{
    private Finding[] _items;
    private int _count;

    public FindingList(int capacity = 16) => _items = ArrayPool<Finding>.Shared.Rent(capacity);

    public int Count => _count;

    public ref readonly Finding this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowIndex();
            }
            return ref _items[index];
        }
    }

    public ReadOnlySpan<Finding> AsSpan() => _items.AsSpan(0, _count);

    internal Span<Finding> AsWritableSpan() => _items.AsSpan(0, _count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in Finding finding)
    {
        if (_count == _items.Length)
        {
            Grow();
        }
        _items[_count++] = finding;
    }

    public void Add(string entityType, int start, int end, float score) => Add(new Finding(entityType, start, end, score));

    /// <summary>Keeps the first <paramref name="count"/> items; used after in-place compaction.</summary>
    internal void Truncate(int count) => _count = Math.Min(count, _count);

    public void Clear() => _count = 0;

    public Finding[] ToArray() => AsSpan().ToArray();

    private void Grow()
    {
        var bigger = ArrayPool<Finding>.Shared.Rent(_items.Length * 2);
        _items.AsSpan(0, _count).CopyTo(bigger);
        ArrayPool<Finding>.Shared.Return(_items, clearArray: true);
        _items = bigger;
    }

    public void Dispose()
    {
        ArrayPool<Finding>.Shared.Return(_items, clearArray: true);
        _items = [];
        _count = 0;
    }

    private static void ThrowIndex() => throw new ArgumentOutOfRangeException("index");
}
