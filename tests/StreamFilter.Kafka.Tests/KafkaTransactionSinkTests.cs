using System.Text;
using Confluent.Kafka;
using StreamFilter.Core.Pipeline;
using StreamFilter.Kafka.Native;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Tests.Support;

namespace StreamFilter.Kafka.Tests;

/// <summary>The sink produces natively inside the Confluent producer's transaction, with back-pressure on a full local queue.</summary>
public sealed class KafkaTransactionSinkTests
{
    [Fact]
    public void A_transaction_larger_than_the_local_queue_waits_for_room_and_commits_every_record()
    {
        using var harness = new StageHarness(brokers: 1);
        harness.Topology.Kafka.Producer["queue.buffering.max.messages"] = "10";
        using var producer = new ProducerBuilder<byte[], byte[]>(StageClientConfig.Producer(harness.Topology.Kafka, "sink-test")).Build();
        producer.InitTransactions(StageHarness.Timeout);
        using var native = NativeProducer.Of(producer);
        using var sink = new KafkaTransactionSink(producer, native, harness.Topology, harness.Cipher) { TransactionTag = "sink-test:1"u8.ToArray() };

        for (var i = 0; i < 300; i++)
        {
            sink.Forward($"user-{i % 7}", Encoding.UTF8.GetBytes($"{{\"event_id\":\"e{i}\"}}"));
        }
        sink.DeadLetter("raw"u8, "test", new SourcePosition("input[0]", 1));
        Assert.True(sink.InTransaction);
        Assert.Equal(301, sink.Produced);
        producer.CommitTransaction(StageHarness.Timeout);

        var output = harness.Read("output");
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"{{\"event_id\":\"e{i}\"}}").Order(), output.Select(m => Encoding.UTF8.GetString(m.Value)).Order());
        Assert.All(output, m => Assert.Equal("sink-test:1", Encoding.UTF8.GetString(m.Headers.GetLastBytes(RecordHeaders.Transaction))));
        // One key's records share a partition, in the order they were produced.
        foreach (var user in output.GroupBy(m => Encoding.UTF8.GetString(m.Key)))
        {
            var ids = user.Select(m => int.Parse(Encoding.UTF8.GetString(m.Value)[14..^2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(ids.Order(), ids);
        }
        var deadLetter = Assert.Single(harness.Read("dead-letter"));
        Assert.Equal("input[0]:1", Encoding.UTF8.GetString(deadLetter.Key));
    }
}
