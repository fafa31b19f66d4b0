using Confluent.Kafka;
using StreamFilter.Core.Metrics;
using StreamFilter.Core.Pipeline;
using StreamFilter.Kafka.Ops;

namespace StreamFilter.Kafka.Stage;

/// <summary>What operations see of the stage: metrics of every decision, commit time, lag, readiness.</summary>
public sealed partial class KafkaStage
{
    /// <summary>librdkafka statistics every 5 s feed the consumer lag gauge, unless the topology sets the interval.</summary>
    private const string DefaultStatisticsIntervalMs = "5000";

    /// <summary>The processor's decisions go through this sink: the transaction sink, metered when metrics are on.</summary>
    private IFilterSink? decisions;

    /// <summary>When set: every decision counted, transaction commit time, consumer lag from librdkafka statistics.</summary>
    public StreamFilterMetrics? Metrics { get; init; }

    /// <summary>When set: flipped as partitions are assigned and restored and the producer is up (/readyz).</summary>
    public StageReadiness? Readiness { get; init; }

    private IFilterSink Metered(KafkaTransactionSink sink) => Metrics is null ? sink : new MeteredFilterSink(sink, Metrics);

    private ConsumerConfig ConsumerConfig()
    {
        var config = StageClientConfig.Consumer(topology.Kafka);
        if (Metrics is not null && !topology.Kafka.Client.ContainsKey("statistics.interval.ms") && !topology.Kafka.Consumer.ContainsKey("statistics.interval.ms"))
        {
            config.Set("statistics.interval.ms", DefaultStatisticsIntervalMs);
        }
        return config;
    }

    /// <summary>Whether the lag gauge's first partitions were logged (once: operators and tests learn when lag is on /metrics).</summary>
    private bool lagReported;

    private ConsumerBuilder<byte[], byte[]> WithStatistics(ConsumerBuilder<byte[], byte[]> builder) =>
        Metrics is { } metrics ? builder.SetStatisticsHandler((_, json) => Statistics(metrics, json)) : builder;

    private void Statistics(StreamFilterMetrics metrics, string json)
    {
        if (metrics.KafkaStatistics(json) && !lagReported && metrics.ConsumerLagPartitions > 0)
        {
            lagReported = true;
            LogLagAvailable(metrics.ConsumerLagPartitions);
        }
    }
}
