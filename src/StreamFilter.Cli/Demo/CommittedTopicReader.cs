using Confluent.Kafka;

namespace StreamFilter.Cli.Demo;

/// <summary>Reads whole topics as a training job would: read_committed, every partition, from the beginning to the end.</summary>
internal static class CommittedTopicReader
{
    public static List<Message<byte[], byte[]>> ReadAll(string bootstrapServers, string topic, int partitions, TimeSpan timeout)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = "streamfilter-demo-reader",
            IsolationLevel = IsolationLevel.ReadCommitted,
            EnablePartitionEof = true,
            EnableAutoCommit = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
        };
        using var consumer = new ConsumerBuilder<byte[], byte[]>(config).Build();
        var assignment = new List<TopicPartitionOffset>(partitions);
        for (var p = 0; p < partitions; p++)
        {
            assignment.Add(new TopicPartitionOffset(topic, p, Offset.Beginning));
        }
        consumer.Assign(assignment);
        var open = new HashSet<int>();
        for (var p = 0; p < partitions; p++)
        {
            open.Add(p);
        }
        var messages = new List<Message<byte[], byte[]>>();
        var deadline = DateTime.UtcNow + timeout;
        while (open.Count > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Reading topic {topic} did not reach its end within {timeout}.");
            }
            var record = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (record is null)
            {
                continue;
            }
            if (record.IsPartitionEOF)
            {
                open.Remove(record.Partition.Value);
            }
            else
            {
                messages.Add(record.Message);
            }
        }
        consumer.Close();
        return messages;
    }
}
