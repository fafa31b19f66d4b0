using Confluent.Kafka;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// The Kafka client settings of the stage: the topology's pass-through settings first, then the ones
/// exactly-once depends on, which always win.
/// </summary>
internal static class StageClientConfig
{
    public static ProducerConfig Producer(KafkaClusterOptions kafka, string transactionalId)
    {
        var config = new ProducerConfig(Merge(kafka.Client, kafka.Producer))
        {
            BootstrapServers = kafka.BootstrapServers,
            TransactionalId = transactionalId,
            EnableIdempotence = true,
            // No per-record delivery reports: the stage passes no delivery handler, and a record that
            // fails puts the transaction in an abortable state that CommitTransaction reports (then the
            // batch is aborted and re-read). Without this, every record costs a report marshalled to .NET.
            EnableDeliveryReports = false,
        };
        // Throughput defaults a topology may override. CommitTransaction flushes without waiting for
        // linger, so a longer linger only fills bigger requests while the batch is being produced.
        config.LingerMs ??= 50;
        config.CompressionType ??= CompressionType.None;
        return config;
    }

    public static ConsumerConfig Consumer(KafkaClusterOptions kafka)
    {
        var config = new ConsumerConfig(Merge(kafka.Client, kafka.Consumer))
        {
            BootstrapServers = kafka.BootstrapServers,
            GroupId = kafka.GroupId,
            IsolationLevel = IsolationLevel.ReadCommitted,
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
        };
        config.AutoOffsetReset ??= AutoOffsetReset.Earliest;
        return config;
    }

    /// <summary>A group-less reader for compacted tables (changelog, consent): read_committed, never commits.</summary>
    public static ConsumerConfig TableReader(KafkaClusterOptions kafka)
    {
        return new ConsumerConfig(new Dictionary<string, string>(kafka.Client))
        {
            BootstrapServers = kafka.BootstrapServers,
            GroupId = kafka.GroupId + "-table-reader",
            IsolationLevel = IsolationLevel.ReadCommitted,
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            EnablePartitionEof = true,
            AutoOffsetReset = AutoOffsetReset.Earliest,
        };
    }

    private static Dictionary<string, string> Merge(Dictionary<string, string> common, Dictionary<string, string> specific)
    {
        var merged = new Dictionary<string, string>(common);
        foreach (var (name, value) in specific)
        {
            merged[name] = value;
        }
        return merged;
    }
}
