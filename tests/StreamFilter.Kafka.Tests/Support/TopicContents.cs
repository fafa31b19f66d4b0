using Confluent.Kafka;

namespace StreamFilter.Kafka.Tests.Support;

/// <summary>Reads whole topics as a downstream job would: read_committed, from the beginning to the end.</summary>
internal static class TopicContents
{
    public static List<Message<byte[], byte[]>> ReadAll(string bootstrap, string topic, int partitions, TimeSpan timeout) =>
        ReadAllRecords(bootstrap, topic, partitions, timeout).ConvertAll(record => record.Message);

    /// <summary>Like <see cref="ReadAll"/>, with each record's partition and offset.</summary>
    public static List<ConsumeResult<byte[], byte[]>> ReadAllRecords(string bootstrap, string topic, int partitions, TimeSpan timeout)
    {
        using var consumer = OpenReader(bootstrap, topic, partitions, reportEndOfPartition: true);
        AssertNothingTrimmed(consumer, topic, partitions, timeout);
        var open = new HashSet<int>(Enumerable.Range(0, partitions));
        var messages = new List<ConsumeResult<byte[], byte[]>>();
        var deadline = DateTime.UtcNow + timeout;
        while (open.Count > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Reading {topic} did not reach the end within {timeout}.");
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
                messages.Add(record);
            }
        }
        consumer.Close();
        return messages;
    }

    /// <summary>
    /// librdkafka's mock broker keeps at most 5 MiB or 100,000 message sets per partition and deletes the
    /// oldest beyond that without telling anyone; a reader from the beginning would then silently start
    /// later. Every whole-topic read checks that each partition still starts at offset 0.
    /// </summary>
    private static void AssertNothingTrimmed(IConsumer<byte[], byte[]> consumer, string topic, int partitions, TimeSpan timeout)
    {
        for (var p = 0; p < partitions; p++)
        {
            var low = consumer.QueryWatermarkOffsets(new TopicPartition(topic, p), timeout).Low.Value;
            Assert.True(low <= 0, $"{topic}[{p}] starts at offset {low}: the mock broker trimmed it (5 MiB / 100,000 message sets per partition), so its first records are gone.");
        }
    }

    /// <summary>Blocks until a record with each of <paramref name="keys"/> (UTF-8) is readable on <paramref name="topic"/>.</summary>
    public static void WaitForKeys(string bootstrap, string topic, int partitions, IEnumerable<string> keys, TimeSpan timeout)
    {
        var missing = new HashSet<string>(keys, StringComparer.Ordinal);
        using var consumer = OpenReader(bootstrap, topic, partitions, reportEndOfPartition: false);
        var deadline = DateTime.UtcNow + timeout;
        while (missing.Count > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{missing.Count} keys never arrived on {topic} within {timeout}.");
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { Message.Key: { } key })
            {
                missing.Remove(System.Text.Encoding.UTF8.GetString(key));
            }
        }
        consumer.Close();
    }

    /// <summary>Blocks until at least <paramref name="count"/> records are readable (read_committed), then returns them.</summary>
    public static List<Message<byte[], byte[]>> ReadAtLeast(string bootstrap, string topic, int partitions, int count, TimeSpan timeout)
    {
        using var consumer = OpenReader(bootstrap, topic, partitions, reportEndOfPartition: false);
        var messages = new List<Message<byte[], byte[]>>();
        var deadline = DateTime.UtcNow + timeout;
        while (messages.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"only {messages.Count} of {count} records arrived on {topic} within {timeout}.");
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { } record)
            {
                messages.Add(record.Message);
            }
        }
        consumer.Close();
        return messages;
    }

    /// <summary>A consumer of every partition of <paramref name="topic"/> from the beginning, as a downstream job reads: read_committed, in a group of its own.</summary>
    private static IConsumer<byte[], byte[]> OpenReader(string bootstrap, string topic, int partitions, bool reportEndOfPartition)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = bootstrap,
            GroupId = "test-reader-" + Guid.NewGuid().ToString("N"),
            IsolationLevel = IsolationLevel.ReadCommitted,
            EnablePartitionEof = reportEndOfPartition,
            EnableAutoCommit = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
        };
        var consumer = new ConsumerBuilder<byte[], byte[]>(config).Build();
        consumer.Assign(Enumerable.Range(0, partitions).Select(p => new TopicPartitionOffset(topic, p, Offset.Beginning)));
        return consumer;
    }
}
