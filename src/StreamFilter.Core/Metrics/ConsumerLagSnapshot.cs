using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace StreamFilter.Core.Metrics;

/// <summary>
/// The latest consumer lag per partition, replaced as a whole on every librdkafka statistics callback and
/// read by the observable lag gauge on scrape. Partitions that disappear from the statistics (revoked)
/// disappear from the gauge with the next callback.
/// </summary>
internal sealed class ConsumerLagSnapshot
{
    private PartitionLag[] _current = [];

    /// <summary>Partitions the latest statistics reported a lag for.</summary>
    public int Partitions => Volatile.Read(ref _current).Length;

    /// <summary>Parses a statistics payload; a malformed one is refused and the previous values stay.</summary>
    public bool Update(string statisticsJson)
    {
        var lags = new List<PartitionLag>();
        try
        {
            KafkaStatisticsParser.ParseConsumerLag(Encoding.UTF8.GetBytes(statisticsJson), lags);
        }
        catch (JsonException)
        {
            return false;
        }

        Volatile.Write(ref _current, lags.ToArray());
        return true;
    }

    /// <summary>Called on scrape only, so the small allocations here are not on the event path.</summary>
    public IEnumerable<Measurement<long>> Observe()
    {
        var lags = Volatile.Read(ref _current);
        var measurements = new Measurement<long>[lags.Length];
        for (int i = 0; i < lags.Length; i++)
        {
            measurements[i] = new Measurement<long>(
                lags[i].Lag,
                new KeyValuePair<string, object?>(MetricNames.TopicTag, lags[i].Topic),
                new KeyValuePair<string, object?>(MetricNames.PartitionTag, lags[i].Partition.ToString(CultureInfo.InvariantCulture)));
        }

        return measurements;
    }
}
