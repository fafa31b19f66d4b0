using System.Globalization;
using System.Text;

namespace StreamFilter.Core.Metrics.Prometheus;

/// <summary>
/// The labels that identify one series, sorted by name, with their exposition text rendered once
/// (<c>entity_type="US_SSN",reason="x"</c>, escaped, without braces) so a scrape only copies strings.
/// </summary>
internal sealed class LabelSet
{
    private LabelSet(KeyValuePair<string, string>[] labels)
    {
        Labels = labels;
        var body = new StringBuilder();
        foreach (var (name, value) in labels)
        {
            if (body.Length > 0)
            {
                body.Append(',');
            }

            body.Append(PrometheusNaming.LabelName(name)).Append("=\"");
            PrometheusNaming.AppendEscapedLabelValue(body, value);
            body.Append('"');
        }

        Body = body.ToString();
        HashCode = ComputeHash(labels);
    }

    public static LabelSet Empty { get; } = new([]);

    /// <summary>Where measurements go once a family has too many series (a tag with unbounded values is a bug).</summary>
    public static LabelSet Overflow { get; } = new([new("otel_metric_overflow", "true")]);

    public KeyValuePair<string, string>[] Labels { get; }

    public string Body { get; }

    public int HashCode { get; }

    public static LabelSet From(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.IsEmpty)
        {
            return Empty;
        }

        var labels = new KeyValuePair<string, string>[tags.Length];
        for (int i = 0; i < tags.Length; i++)
        {
            labels[i] = new(tags[i].Key, ValueText(tags[i].Value));
        }

        Array.Sort(labels, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new LabelSet(labels);
    }

    /// <summary>Tag values are normally strings; anything else is shown in invariant culture.</summary>
    public static string ValueText(object? value) =>
        value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>Order-independent, so tags given in any order find the same series.</summary>
    public static int HashOf(string name, string value) => System.HashCode.Combine(name.GetHashCode(StringComparison.Ordinal), value.GetHashCode(StringComparison.Ordinal));

    private static int ComputeHash(KeyValuePair<string, string>[] labels)
    {
        int hash = labels.Length;
        foreach (var (name, value) in labels)
        {
            hash = unchecked(hash + HashOf(name, value));
        }

        return hash;
    }
}
