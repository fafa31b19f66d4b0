using Confluent.Kafka;

namespace StreamFilter.Kafka.Stage;

/// <summary>One key of one input partition's state, new value or deletion (null).</summary>
public readonly record struct StateChange(TopicPartition Input, string Key, byte[]? Value);
