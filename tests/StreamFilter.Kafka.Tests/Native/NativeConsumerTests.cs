using System.Text;
using Confluent.Kafka;
using StreamFilter.Kafka.Native;
using StreamFilter.Kafka.Tests.Support;

namespace StreamFilter.Kafka.Tests.Native;

/// <summary>Records polled on a Confluent consumer's native handle are the ones Confluent's Consume returns, through rebalances.</summary>
public sealed class NativeConsumerTests : IDisposable
{
    private const string Topic = "native-in";
    private const int Partitions = 3;
    private readonly MockCluster cluster;

    public NativeConsumerTests()
    {
        Librdkafka.EnsureLoaded();
        cluster = MockCluster.Start(1);
        cluster.CreateTopic(Topic, Partitions);
    }

    public void Dispose() => cluster.Dispose();

    [Fact]
    public void Native_poll_returns_the_records_confluent_reads_with_topic_partition_offset_key_and_value()
    {
        Produce(0, 60);
        var expected = TopicContents.ReadAllRecords(cluster.BootstrapServers, Topic, Partitions, StageHarness.Timeout)
            .Select(r => Describe(r.Topic, r.Partition.Value, r.Offset.Value, r.Message.Key, r.Message.Value)).Order().ToList();

        using var consumer = Consumer("g", assigned: null, revoked: null);
        using var native = NativeConsumer.Of(consumer);
        consumer.Subscribe(Topic);
        var read = new List<string>();
        string? topicName = null;
        var deadline = DateTime.UtcNow + StageHarness.Timeout;
        while (read.Count < expected.Count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"only {read.Count} of {expected.Count} records were polled");
            var message = native.Poll(100, out var error);
            Assert.Null(error);
            if (!message.IsNone)
            {
                var name = native.TopicName(message.Topic);
                // Read from librdkafka once per topic, then the same string for every record.
                Assert.True(topicName is null || ReferenceEquals(topicName, name));
                topicName = name;
                read.Add(Describe(name, message.Partition, message.Offset, message.Key.ToArray(), message.Value.ToArray()));
                message.Destroy();
            }
        }
        consumer.Close();

        Assert.Equal(expected, read.Order().ToList());
    }

    [Fact]
    public void Rebalance_callbacks_run_inside_native_poll_and_the_group_reads_every_record_once()
    {
        var assignedA = new List<List<TopicPartition>>();
        var revokedA = 0;
        var assignedB = new List<List<TopicPartition>>();
        using var a = Consumer("shared", assigned: assignedA.Add, revoked: () => revokedA++);
        using var nativeA = NativeConsumer.Of(a);
        using var b = Consumer("shared", assigned: assignedB.Add, revoked: null);
        var read = new List<string>();
        a.Subscribe(Topic);
        Produce(0, 30);
        PollUntil(() => read.Count == 30, "a (native) never read the first records");
        Assert.Single(assignedA);
        Assert.Equal(Partitions, assignedA[0].Count);

        b.Subscribe(Topic);
        PollUntil(() => revokedA > 0 && assignedA.Count > 1 && assignedB.Count > 0, "the rebalance never completed on both members");
        Assert.True(assignedA[^1].Count is > 0 and < Partitions, "a should keep a share after b joined");
        Assert.Empty(assignedA[^1].Intersect(assignedB[^1]));
        Produce(30, 90);
        PollUntil(() => read.Count >= 90, "the group did not read every record");

        var keys = read.Select(r => r.Split('|')[3]).ToList();
        Assert.Equal(90, keys.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 90).Select(i => $"key-{i}").Order(), keys.Order());
        a.Close();
        b.Close();

        void PollUntil(Func<bool> done, string what)
        {
            var deadline = DateTime.UtcNow + StageHarness.Timeout;
            while (!done())
            {
                Assert.True(DateTime.UtcNow < deadline, $"{what} ({read.Count} records read)");
                var message = nativeA.Poll(50, out var error);
                Assert.Null(error);
                if (!message.IsNone)
                {
                    read.Add(Describe(nativeA.TopicName(message.Topic), message.Partition, message.Offset, message.Key.ToArray(), message.Value.ToArray()));
                    // Committed at once, so a partition that moves is read from here by its new owner.
                    a.Commit([new TopicPartitionOffset(Topic, message.Partition, message.Offset + 1)]);
                    message.Destroy();
                }
                if (b.Consume(TimeSpan.FromMilliseconds(50)) is { } record)
                {
                    read.Add(Describe(record.Topic, record.Partition.Value, record.Offset.Value, record.Message.Key, record.Message.Value));
                    b.Commit([new TopicPartitionOffset(record.TopicPartition, record.Offset + 1)]);
                }
            }
        }
    }

    [Fact]
    public void An_exception_thrown_in_a_rebalance_handler_surfaces_from_native_poll_as_from_consume()
    {
        using var consumer = Consumer("failing", assigned: _ => throw new InvalidOperationException("assigned handler failed"), revoked: null);
        using var native = NativeConsumer.Of(consumer);
        consumer.Subscribe(Topic);
        var deadline = DateTime.UtcNow + StageHarness.Timeout;
        Exception? thrown = null;
        while (thrown is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "no assignment arrived");
            thrown = Record.Exception(() => native.Poll(100, out _));
        }

        Assert.IsType<InvalidOperationException>(thrown);
        Assert.Equal("assigned handler failed", thrown.Message);
        // Taken once: the next poll does not throw it again.
        Assert.Null(Record.Exception(() => native.Poll(10, out _)));
    }

    private void Produce(int from, int to)
    {
        using var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();
        for (var i = from; i < to; i++)
        {
            producer.Produce(Topic, new Message<byte[], byte[]> { Key = Encoding.UTF8.GetBytes($"key-{i}"), Value = i % 10 == 0 ? null! : Encoding.UTF8.GetBytes($"value {i} ✓") });
        }
        Assert.Equal(0, producer.Flush(StageHarness.Timeout));
    }

    private IConsumer<byte[], byte[]> Consumer(string group, Action<List<TopicPartition>>? assigned, Action? revoked)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            GroupId = group,
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            SessionTimeoutMs = 6000,
            HeartbeatIntervalMs = 1000,
        };
        var builder = new ConsumerBuilder<byte[], byte[]>(config);
        if (assigned is not null)
        {
            builder.SetPartitionsAssignedHandler((_, partitions) => assigned(partitions));
        }
        if (revoked is not null)
        {
            builder.SetPartitionsRevokedHandler((_, _) => revoked());
        }
        return builder.Build();
    }

    /// <summary>A null value reads as empty, as the stage always read it (Confluent's null became an empty event).</summary>
    private static string Describe(string topic, int partition, long offset, byte[]? key, byte[]? value) =>
        $"{topic}|{partition}|{offset}|{(key is null ? "null" : Encoding.UTF8.GetString(key))}|{Convert.ToHexString(value ?? [])}";
}
