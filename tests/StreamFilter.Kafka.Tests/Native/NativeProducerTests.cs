using System.Text;
using Confluent.Kafka;
using StreamFilter.Kafka.Native;
using StreamFilter.Kafka.Tests.Support;

namespace StreamFilter.Kafka.Tests.Native;

/// <summary>Records produced on a Confluent producer's native handle read back as Confluent would have written them.</summary>
public sealed class NativeProducerTests : IDisposable
{
    private const string Topic = "native-out";
    private readonly MockCluster cluster;

    public NativeProducerTests()
    {
        Librdkafka.EnsureLoaded();
        cluster = MockCluster.Start(1);
        cluster.CreateTopic(Topic, 4);
    }

    public void Dispose() => cluster.Dispose();

    [Fact]
    public void A_record_reads_back_byte_identical_with_key_value_partition_and_headers()
    {
        var value = Encoding.UTF8.GetBytes("{\"text\":\"é – ✓\"}");
        var tag = new byte[] { 0, 1, 255 };
        using (var producer = Producer())
        using (var native = NativeProducer.Of(producer))
        {
            var timestamp = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
            Assert.Null(native.TryProduce(Topic, 2, "user-1"u8, value, nullValue: false, timestamp, [new NativeHeader("sf-txn", tag), new NativeHeader("h2", [])]));
            Assert.Null(native.TryProduce(Topic, 1, "tombstone"u8, default, nullValue: true, 0));
            Assert.Null(native.TryProduce(Topic, 1, ""u8, ""u8, nullValue: false, 0));
            Assert.Equal(0, producer.Flush(StageHarness.Timeout));
        }

        var records = TopicContents.ReadAllRecords(cluster.BootstrapServers, Topic, 4, StageHarness.Timeout);
        Assert.Equal(3, records.Count);
        var first = Assert.Single(records, r => r.Partition.Value == 2);
        Assert.Equal("user-1"u8.ToArray(), first.Message.Key);
        Assert.Equal(value, first.Message.Value);
        Assert.Equal(new DateTime(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc), first.Message.Timestamp.UtcDateTime);
        Assert.Equal(["sf-txn", "h2"], first.Message.Headers.Select(h => h.Key));
        Assert.Equal(tag, first.Message.Headers[0].GetValueBytes());
        Assert.Empty(first.Message.Headers[1].GetValueBytes());
        var tombstone = Assert.Single(records, r => r.Message.Key is { Length: 9 });
        Assert.Equal(1, tombstone.Partition.Value);
        Assert.Null(tombstone.Message.Value);
        // Empty is not null: an empty key or value must not turn into a null one (a tombstone).
        var empty = Assert.Single(records, r => r.Message.Key is { Length: 0 });
        Assert.NotNull(empty.Message.Value);
        Assert.Empty(empty.Message.Value);
    }

    [Fact]
    public void Records_without_a_partition_land_where_confluent_would_put_the_same_key()
    {
        var keys = Enumerable.Range(0, 40).Select(i => $"user-{i}").ToList();
        using (var producer = Producer())
        using (var native = NativeProducer.Of(producer))
        {
            foreach (var key in keys)
            {
                Assert.Null(native.TryProduce(Topic, LibrdkafkaNative.AnyPartition, Encoding.UTF8.GetBytes(key), "native"u8, nullValue: false, 0));
                producer.Produce(Topic, new Message<byte[], byte[]> { Key = Encoding.UTF8.GetBytes(key), Value = "confluent"u8.ToArray() });
            }
            Assert.Equal(0, producer.Flush(StageHarness.Timeout));
        }

        var records = TopicContents.ReadAllRecords(cluster.BootstrapServers, Topic, 4, StageHarness.Timeout);
        Assert.Equal(80, records.Count);
        var partitions = records.GroupBy(r => Encoding.UTF8.GetString(r.Message.Key)).ToList();
        Assert.All(partitions, byKey => Assert.Single(byKey.Select(r => r.Partition.Value).Distinct()));
        Assert.True(records.Select(r => r.Partition.Value).Distinct().Count() > 1, "40 keys should spread over several partitions");
    }

    [Fact]
    public void A_full_local_queue_is_reported_as_queue_full_not_as_a_fatal_error()
    {
        using var producer = Producer(new() { ["queue.buffering.max.messages"] = "3", ["linger.ms"] = "10000" });
        using var native = NativeProducer.Of(producer);
        Error? error = null;
        for (var i = 0; i < 10 && error is null; i++)
        {
            error = native.TryProduce(Topic, 0, "k"u8, "v"u8, nullValue: false, 0);
        }

        Assert.NotNull(error);
        Assert.Equal(ErrorCode.Local_QueueFull, error.Code);
        Assert.False(error.IsFatal);
    }

    private IProducer<byte[], byte[]> Producer(Dictionary<string, string>? settings = null)
    {
        var config = new ProducerConfig(settings ?? []) { BootstrapServers = cluster.BootstrapServers, EnableDeliveryReports = false };
        return new ProducerBuilder<byte[], byte[]>(config).Build();
    }
}
