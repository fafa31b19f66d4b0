using System.Text;
using Confluent.Kafka;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Tests.Support;

namespace StreamFilter.Kafka.Tests;

public sealed class ConsentTableLoaderTests
{
    private sealed class LatestPerUser : IConsentTable
    {
        public Dictionary<string, string> Latest { get; } = [];

        public void Apply(string userId, byte[]? consentEventJson)
        {
            if (consentEventJson is null)
            {
                Latest.Remove(userId);
            }
            else
            {
                Latest[userId] = Encoding.UTF8.GetString(consentEventJson);
            }
        }
    }

    /// <summary>Records how many consent entries were known when the first event was processed.</summary>
    private sealed class ConsentAwareProcessor(LatestPerUser table) : IEventProcessor
    {
        private readonly MarkingProcessor inner = new();

        public int? KnownAtFirstEvent { get; private set; }

        public void Process(ReadOnlySpan<byte> utf8Event, StreamFilter.Core.Pipeline.SourcePosition position, StreamFilter.Core.Pipeline.IFilterSink sink)
        {
            KnownAtFirstEvent ??= table.Latest.Count;
            inner.Process(utf8Event, position, sink);
        }

        public void Advance(DateTimeOffset now, StreamFilter.Core.Pipeline.IFilterSink sink)
        {
        }

        public void Complete(StreamFilter.Core.Pipeline.IFilterSink sink)
        {
        }
    }

    [Fact]
    public async Task The_stage_loads_the_consent_table_before_it_processes_any_event()
    {
        using var harness = new StageHarness();
        harness.Cluster.CreateTopic("consent", 3);
        using (var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = harness.Cluster.BootstrapServers }).Build())
        {
            for (var i = 0; i < 20; i++)
            {
                producer.Produce("consent", new Message<byte[], byte[]> { Key = Encoding.UTF8.GetBytes($"u{i}"), Value = Encoding.UTF8.GetBytes("pause") });
            }
            Assert.Equal(0, producer.Flush(StageHarness.Timeout));
        }
        var input = ExactlyOnceTests.Inputs(50);
        harness.ProduceInput(input.Select(e => (e.User, e.Value)));
        harness.Topology.Consent = "consent";
        var table = new LatestPerUser();
        var processor = new ConsentAwareProcessor(table);
        var stage = new KafkaStage(harness.Topology, "c", processor, harness.Key, new WaitableLogger(), consent: table);

        await ExactlyOnceTests.RunUntilCommitted(stage, input.Count);

        Assert.Equal(20, processor.KnownAtFirstEvent);
    }

    [Fact]
    public void The_whole_consent_topic_is_applied_in_order_with_tombstones()
    {
        using var harness = new StageHarness();
        harness.Cluster.CreateTopic("consent", 3);
        using (var producer = new ProducerBuilder<byte[], byte[]?>(new ProducerConfig { BootstrapServers = harness.Cluster.BootstrapServers }).Build())
        {
            void Send(string user, string? value) =>
                producer.Produce("consent", new Message<byte[], byte[]?> { Key = Encoding.UTF8.GetBytes(user), Value = value is null ? null : Encoding.UTF8.GetBytes(value) });
            Send("u1", "pause");
            Send("u2", "opt_out");
            Send("u1", "resume");
            Send("u3", "pause");
            Send("u3", null);
            Assert.Equal(0, producer.Flush(StageHarness.Timeout));
        }
        var table = new LatestPerUser();

        var applied = new ConsentTableLoader(harness.Topology.Kafka, "consent", StageHarness.Timeout).Load(table);

        Assert.Equal(5, applied);
        Assert.Equal(new Dictionary<string, string> { ["u1"] = "resume", ["u2"] = "opt_out" }, table.Latest);
    }
}
