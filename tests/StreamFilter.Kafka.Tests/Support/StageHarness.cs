using System.Security.Cryptography;
using Confluent.Kafka;
using StreamFilter.Core.DeadLetters;
using Microsoft.Extensions.Logging.Abstractions;
using StreamFilter.Kafka.Native;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Tests.Support;

/// <summary>A mock cluster with the stage's topics created, a topology pointing at it, and helpers to feed and read it.</summary>
internal sealed class StageHarness : IDisposable
{
    public const int Partitions = 3;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public StageHarness(int brokers = 3)
    {
        Librdkafka.EnsureLoaded();
        Cluster = MockCluster.Start(brokers);
        foreach (var topic in new[] { "input", "output", "audit", "dead-letter", "quarantine", "changelog" })
        {
            Cluster.CreateTopic(topic, Partitions, replicationFactor: 3);
        }
        Topology = new TopologyOptions
        {
            Kafka = new KafkaClusterOptions
            {
                BootstrapServers = Cluster.BootstrapServers,
                GroupId = "stage",
                TransactionalIdPrefix = "stage",
                // The mock cluster drops offsets sent with SendOffsetsToTransaction; see docs/kafka.md.
                CommitOffsetsAfterTransaction = true,
                // The mock broker does not complete a LeaveGroup rebalance promptly; a short session
                // lets a second instance take over a closed one's partitions in seconds.
                Consumer = new Dictionary<string, string> { ["session.timeout.ms"] = "6000", ["heartbeat.interval.ms"] = "1000" },
            },
            Inputs = new InputOptions { Topics = ["input"] },
            Outputs = new OutputOptions { Default = "output" },
            Audit = "audit",
            DeadLetter = "dead-letter",
            Quarantine = "quarantine",
            Changelog = "changelog",
            Batch = new BatchOptions { MaxRecords = 100, MaxWaitMs = 50 },
        };
        Key = RandomNumberGenerator.GetBytes(32);
        Cipher = new DeadLetterCipher(Key);
    }

    public MockCluster Cluster { get; }

    public TopologyOptions Topology { get; }

    public byte[] Key { get; }

    /// <summary>Opens the stage's dead letters with the stage's key.</summary>
    public DeadLetterCipher Cipher { get; }

    /// <summary>Transactions aborted by any stage of this harness; their records are invisible to a real read_committed reader.</summary>
    public HashSet<string> AbortedTransactions { get; } = [];

    private readonly List<KafkaStage> stages = [];

    public KafkaStage NewStage(string instance = "a", IEventProcessor? processor = null, IStateStore? state = null, Microsoft.Extensions.Logging.ILogger<KafkaStage>? logger = null,
        IConsentTable? consent = null, TimeProvider? time = null, TopologyOptions? topology = null)
    {
        var stage = new KafkaStage(topology ?? Topology, instance, processor ?? new MarkingProcessor(), Key, logger ?? new WaitableLogger(), state, consent, time) { TagTransactions = true };
        stages.Add(stage);
        return stage;
    }

    /// <summary>Produces input values keyed by user, waiting for every delivery.</summary>
    public void ProduceInput(IEnumerable<(string User, byte[] Value)> events, string topic = "input")
    {
        using var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = Cluster.BootstrapServers, EnableIdempotence = true }).Build();
        foreach (var (user, value) in events)
        {
            producer.Produce(topic, new Message<byte[], byte[]> { Key = System.Text.Encoding.UTF8.GetBytes(user), Value = value });
        }
        Assert.Equal(0, producer.Flush(Timeout));
    }

    /// <summary>
    /// The committed contents of a topic. librdkafka's mock broker (2.16.0) writes commit and abort markers
    /// but its Fetch reports no aborted transactions and no last stable offset, so a read_committed reader
    /// still sees the records of aborted and open transactions (only the markers' offsets are skipped);
    /// the stage tags records with their transaction in tests and aborted ones are filtered here, as a
    /// real broker's read_committed would.
    /// </summary>
    public List<Message<byte[], byte[]>> Read(string topic)
    {
        foreach (var stage in stages)
        {
            AbortedTransactions.UnionWith(stage.AbortedTransactionTags);
        }
        var committed = new List<Message<byte[], byte[]>>();
        foreach (var message in TopicContents.ReadAll(Cluster.BootstrapServers, topic, Partitions, Timeout))
        {
            var tag = message.Headers.GetLastBytes(RecordHeaders.Transaction);
            if (!AbortedTransactions.Contains(System.Text.Encoding.UTF8.GetString(tag)))
            {
                committed.Add(message);
            }
        }
        return committed;
    }

    /// <summary>The committed offset of each partition of <paramref name="topic"/> for the stage's group or <paramref name="group"/> (read without joining it).</summary>
    public List<TopicPartitionOffset> CommittedOffsets(string topic, string? group = null)
    {
        using var consumer = new ConsumerBuilder<byte[], byte[]>(new ConsumerConfig { BootstrapServers = Cluster.BootstrapServers, GroupId = group ?? Topology.Kafka.GroupId }).Build();
        return consumer.Committed(Enumerable.Range(0, Partitions).Select(p => new TopicPartition(topic, p)), Timeout);
    }

    /// <summary>
    /// Blocks until the group's committed offsets reach the end of the input: every input record is
    /// processed and committed. Counting committed records instead would be fooled by records read twice.
    /// Woken by each commit of <paramref name="counters"/>' stage (the last one to run).
    /// </summary>
    public void WaitForInputCommitted(StageCounters counters, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var seen = counters.CommittedTransactions;
            var ends = EndOffsets("input");
            var committed = CommittedOffsets("input");
            if (ends.All(end => end.Offset.Value == 0 || committed.Single(c => c.TopicPartition == end.TopicPartition).Offset == end.Offset))
            {
                return;
            }
            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero, $"{what}: committed {string.Join(',', committed.Select(c => c.Offset))} of {string.Join(',', ends.Select(e => e.Offset))}");
            counters.WaitForCommittedTransactions(seen + 1, left);
        }
    }

    /// <summary>The end offset of each partition of <paramref name="topic"/>.</summary>
    public List<TopicPartitionOffset> EndOffsets(string topic)
    {
        using var consumer = new ConsumerBuilder<byte[], byte[]>(new ConsumerConfig { BootstrapServers = Cluster.BootstrapServers, GroupId = "offsets-" + Guid.NewGuid().ToString("N") }).Build();
        var ends = new List<TopicPartitionOffset>();
        for (var p = 0; p < Partitions; p++)
        {
            var partition = new TopicPartition(topic, p);
            ends.Add(new TopicPartitionOffset(partition, consumer.QueryWatermarkOffsets(partition, Timeout).High));
        }
        return ends;
    }

    public void Dispose()
    {
        Cipher.Dispose();
        Cluster.Dispose();
    }
}
