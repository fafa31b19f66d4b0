using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace StreamFilter.Core.Metrics.Prometheus;

/// <summary>
/// The series of one metric family, keyed by label set. The event path nearly always records with no
/// tag or one tag whose value is a constant string, so those are found first by reference (a field, or
/// a small identity-hashed cache: no string hashing, no comparison of characters); anything else goes
/// through a lock-free dictionary keyed directly by the measurement's tags. Only a new label
/// combination allocates.
/// </summary>
internal sealed class SeriesTable<TSeries>
    where TSeries : class
{
    /// <summary>Caps memory if a tag is ever given unbounded values; the excess is counted in one overflow series.</summary>
    internal const int MaxSeries = 2000;

    private const int IdentitySlots = 128;
    private const int IdentityProbes = 8;

    private readonly ConcurrentDictionary<LabelSet, TSeries> _series = new(LabelSetComparer.Instance);
    private readonly ConcurrentDictionary<LabelSet, TSeries>.AlternateLookup<TagSpan> _byTags;
    private readonly IdentityEntry?[] _byIdentity = new IdentityEntry?[IdentitySlots];
    private readonly Func<TSeries> _create;
    private TSeries? _untagged;
    private int _count;

    public SeriesTable(Func<TSeries> create)
    {
        _create = create;
        _byTags = _series.GetAlternateLookup<TagSpan>();
    }

    public TSeries Get(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0 && Volatile.Read(ref _untagged) is { } untagged)
        {
            return untagged;
        }

        if (tags.Length == 1 && tags[0].Value is { } value)
        {
            int start = RuntimeHelpers.GetHashCode(value);
            for (int probe = 0; probe < IdentityProbes; probe++)
            {
                var entry = Volatile.Read(ref _byIdentity[(start + probe) & (IdentitySlots - 1)]);
                if (entry is null)
                {
                    break;
                }

                if (ReferenceEquals(entry.Value, value) && ReferenceEquals(entry.Key, tags[0].Key))
                {
                    return entry.Series;
                }
            }
        }

        var series = _byTags.TryGetValue(new TagSpan(tags), out var found) ? found : Add(tags);
        Remember(tags, series);
        return series;
    }

    /// <summary>Only for observed families, whose measurements all arrive on the scraping thread.</summary>
    public void Clear()
    {
        Volatile.Write(ref _untagged, null);
        Array.Clear(_byIdentity);
        _series.Clear();
        Volatile.Write(ref _count, 0);
    }

    /// <summary>The series sorted by their label text: stable output, scrape after scrape.</summary>
    public KeyValuePair<LabelSet, TSeries>[] Snapshot()
    {
        var all = _series.ToArray();
        Array.Sort(all, static (a, b) => string.CompareOrdinal(a.Key.Body, b.Key.Body));
        return all;
    }

    private TSeries Add(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = Volatile.Read(ref _count) >= MaxSeries ? LabelSet.Overflow : LabelSet.From(tags);
        var created = _create();
        var series = _series.GetOrAdd(labels, created);
        if (ReferenceEquals(series, created))
        {
            Interlocked.Increment(ref _count);
        }

        return series;
    }

    /// <summary>
    /// Caches the series under the tag's object identity. The cache only fills empty slots, so tag values
    /// that are new objects on every call (a caller bug) cost at most <see cref="IdentitySlots"/> entries.
    /// </summary>
    private void Remember(ReadOnlySpan<KeyValuePair<string, object?>> tags, TSeries series)
    {
        if (tags.Length == 0)
        {
            Volatile.Write(ref _untagged, series);
            return;
        }

        if (tags.Length != 1 || tags[0].Value is not { } value)
        {
            return;
        }

        int start = RuntimeHelpers.GetHashCode(value);
        for (int probe = 0; probe < IdentityProbes; probe++)
        {
            ref var slot = ref _byIdentity[(start + probe) & (IdentitySlots - 1)];
            if (Volatile.Read(ref slot) is null
                && Interlocked.CompareExchange(ref slot, new IdentityEntry(tags[0].Key, value, series), null) is null)
            {
                return;
            }
        }
    }

    private sealed record IdentityEntry(string Key, object Value, TSeries Series);
}
