using System.Collections.Concurrent;

namespace StreamFilter.Core.Metrics.Prometheus;

/// <summary>
/// The series of one metric family, keyed by label set. Finding an existing series is a lock-free
/// dictionary read keyed directly by the measurement's tags; only a new label combination allocates.
/// </summary>
internal sealed class SeriesTable<TSeries>
    where TSeries : class
{
    /// <summary>Caps memory if a tag is ever given unbounded values; the excess is counted in one overflow series.</summary>
    internal const int MaxSeries = 2000;

    private readonly ConcurrentDictionary<LabelSet, TSeries> _series = new(LabelSetComparer.Instance);
    private readonly ConcurrentDictionary<LabelSet, TSeries>.AlternateLookup<TagSpan> _byTags;
    private readonly Func<TSeries> _create;
    private int _count;

    public SeriesTable(Func<TSeries> create)
    {
        _create = create;
        _byTags = _series.GetAlternateLookup<TagSpan>();
    }

    public TSeries Get(ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _byTags.TryGetValue(new TagSpan(tags), out var series) ? series : Add(tags);

    public void Clear()
    {
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
}
