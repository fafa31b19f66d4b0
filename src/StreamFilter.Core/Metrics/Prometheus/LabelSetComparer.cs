namespace StreamFilter.Core.Metrics.Prometheus;

/// <summary>
/// Compares stored label sets with each other and with the tags of a measurement, so the recording
/// path finds its series through <see cref="TagSpan"/> without allocating.
/// </summary>
internal sealed class LabelSetComparer : IEqualityComparer<LabelSet>, IAlternateEqualityComparer<TagSpan, LabelSet>
{
    public static LabelSetComparer Instance { get; } = new();

    public bool Equals(LabelSet? x, LabelSet? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.HashCode == y.HashCode && x.Body == y.Body);

    public int GetHashCode(LabelSet obj) => obj.HashCode;

    public bool Equals(TagSpan alternate, LabelSet other)
    {
        var tags = alternate.Tags;
        var labels = other.Labels;
        if (tags.Length != labels.Length)
        {
            return false;
        }

        foreach (var tag in tags)
        {
            if (!Contains(labels, tag))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(TagSpan alternate)
    {
        int hash = alternate.Tags.Length;
        foreach (var tag in alternate.Tags)
        {
            hash = unchecked(hash + LabelSet.HashOf(tag.Key, LabelSet.ValueText(tag.Value)));
        }

        return hash;
    }

    public LabelSet Create(TagSpan alternate) => LabelSet.From(alternate.Tags);

    // Measurements carry one to three tags: a linear scan beats anything cleverer.
    private static bool Contains(KeyValuePair<string, string>[] labels, KeyValuePair<string, object?> tag)
    {
        foreach (var (name, value) in labels)
        {
            if (string.Equals(name, tag.Key, StringComparison.Ordinal))
            {
                return tag.Value is string s
                    ? string.Equals(s, value, StringComparison.Ordinal)
                    : string.Equals(LabelSet.ValueText(tag.Value), value, StringComparison.Ordinal);
            }
        }

        return false;
    }
}
