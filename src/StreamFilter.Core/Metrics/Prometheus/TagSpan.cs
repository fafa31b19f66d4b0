namespace StreamFilter.Core.Metrics.Prometheus;

/// <summary>
/// The tags of one measurement as a lookup key, so a series is found without copying the tags into a
/// new object (the alternate key of <see cref="SeriesTable{TSeries}"/>).
/// </summary>
internal readonly ref struct TagSpan(ReadOnlySpan<KeyValuePair<string, object?>> tags)
{
    public ReadOnlySpan<KeyValuePair<string, object?>> Tags { get; } = tags;
}
