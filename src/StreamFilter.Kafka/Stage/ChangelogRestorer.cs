using System.Text;
using Confluent.Kafka;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// Replays a changelog partition into an <see cref="IStateStore"/>: reads committed records from the
/// beginning to the end of the partition (read_committed stops at the last stable offset).
/// </summary>
internal sealed class ChangelogRestorer(KafkaClusterOptions kafka, string changelogTopic, TimeSpan timeout)
{
    /// <summary>Restores the state of each input partition; returns the number of records replayed.</summary>
    public long Restore(IEnumerable<TopicPartition> inputs, IStateStore store)
    {
        var wanted = new Dictionary<int, List<string>>();
        foreach (var input in inputs)
        {
            store.Drop(input);
            if (!wanted.TryGetValue(input.Partition.Value, out var topics))
            {
                wanted[input.Partition.Value] = topics = [];
            }
            topics.Add(input.Topic);
        }
        if (wanted.Count == 0)
        {
            return 0;
        }
        using var reader = new ConsumerBuilder<byte[], byte[]>(StageClientConfig.TableReader(kafka)).Build();
        var partitions = new List<TopicPartitionOffset>();
        foreach (var partition in wanted.Keys)
        {
            partitions.Add(new TopicPartitionOffset(changelogTopic, partition, Offset.Beginning));
        }
        reader.Assign(partitions);
        var replayed = TopicReplay.ToEnd(reader, wanted.Keys, timeout, $"Restoring state from {changelogTopic} did not finish within {timeout}.", record =>
        {
            var topic = InputTopicOf(record.Message.Headers);
            if (topic is null || !wanted[record.Partition.Value].Contains(topic))
            {
                return 0;
            }
            store.Restore(new TopicPartition(topic, record.Partition), Encoding.UTF8.GetString(record.Message.Key), record.Message.Value);
            return 1;
        });
        reader.Close();
        return replayed;
    }

    private static string? InputTopicOf(Headers? headers) =>
        headers is not null && headers.TryGetLastBytes(RecordHeaders.InputTopic, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;
}
