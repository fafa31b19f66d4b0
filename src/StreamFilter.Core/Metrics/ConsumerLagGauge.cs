using System.Globalization;
using System.Text;
using System.Text.Json;
using Prometheus;

namespace StreamFilter.Core.Metrics;

/// <summary>
/// The latest consumer lag per partition, set from every librdkafka statistics callback (every
/// <c>statistics.interval.ms</c>, not per event). A partition the latest statistics no longer report
/// (revoked) is removed from the gauge, so a dashboard never shows a stale lag.
/// </summary>
internal sealed class ConsumerLagGauge(Gauge gauge)
{
    private readonly Lock _gate = new();
    private HashSet<(string Topic, string Partition)> _reported = [];
    private int _partitions;

    /// <summary>Partitions the latest readable statistics reported a lag for.</summary>
    public int Partitions => Volatile.Read(ref _partitions);

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

        lock (_gate)
        {
            var reported = new HashSet<(string Topic, string Partition)>();
            foreach (var lag in lags)
            {
                var series = (lag.Topic, lag.Partition.ToString(CultureInfo.InvariantCulture));
                gauge.WithLabels(series.Topic, series.Item2).Set(lag.Lag);
                reported.Add(series);
            }

            foreach (var (topic, partition) in _reported)
            {
                if (!reported.Contains((topic, partition)))
                {
                    gauge.RemoveLabelled(topic, partition);
                }
            }

            _reported = reported;
            Volatile.Write(ref _partitions, reported.Count);
        }

        return true;
    }
}
