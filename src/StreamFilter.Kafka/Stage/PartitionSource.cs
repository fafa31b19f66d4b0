using Confluent.Kafka;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// One input partition as the stage names it: built once per partition, then shared by reference by
/// every record read from it (the "topic[partition]" name of source positions is not formatted per record).
/// </summary>
internal sealed class PartitionSource(string topic, int partition)
{
    public TopicPartition TopicPartition { get; } = new(topic, partition);

    /// <summary>"topic[partition]", the source of positions, audit records and dead letters.</summary>
    public string Name { get; } = $"{topic}[{partition}]";
}
