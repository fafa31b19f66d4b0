using System.Globalization;
using System.Text;
using Prometheus;
using StreamFilter.Core.Metrics;

namespace StreamFilter.Core.Tests.Metrics;

/// <summary>
/// What /metrics would serve for a <see cref="StreamFilterMetrics"/>, written by prometheus-net's own
/// exporter, and its samples read back by series (<c>name{label="value",...}</c>) so tests assert values.
/// Shared with the Kafka tests (linked there).
/// </summary>
internal static class Exposition
{
    public static string Text(StreamFilterMetrics metrics, ExpositionFormat format = ExpositionFormat.PrometheusText)
    {
        using var buffer = new MemoryStream();
        metrics.Registry.CollectAndExportAsTextAsync(buffer, format).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Every sample line of a 0.0.4 exposition: series text to value.</summary>
    public static Dictionary<string, double> Samples(string text)
    {
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // Label values never contain a space followed by the value: StreamFilter's labels are fixed words.
            int space = line.LastIndexOf(' ');
            samples.Add(line[..space], double.Parse(line[(space + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return samples;
    }

    public static Dictionary<string, double> Samples(StreamFilterMetrics metrics) => Samples(Text(metrics));

    /// <summary>The names the exposition declares with a <c># TYPE</c> line, with their type.</summary>
    public static Dictionary<string, string> Families(string text) =>
        text.Split('\n')
            .Where(l => l.StartsWith("# TYPE ", StringComparison.Ordinal))
            .Select(l => l.Split(' '))
            .ToDictionary(parts => parts[2], parts => parts[3], StringComparer.Ordinal);
}
