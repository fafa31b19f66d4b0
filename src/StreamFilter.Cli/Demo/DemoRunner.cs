using System.Security.Cryptography;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using StreamFilter.Cli.Staging;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Security;
using StreamFilter.Kafka.Native;
using StreamFilter.Kafka.Ops;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Cli.Demo;

/// <summary>
/// `streamfilter demo`: the embedded Kafka-protocol cluster, the demo topics, seeded activity produced
/// to them, the real stage (exactly-once, consent table, metrics, ops endpoints) run in-process until
/// every input offset is committed, then the committed topics read back and reported.
/// </summary>
internal static class DemoRunner
{
    private const int Partitions = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    public static async Task<int> RunAsync(int eventCount, int seed, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        Librdkafka.EnsureLoaded();
        using var cluster = MockCluster.Start(brokerCount: 1);
        var topology = Topology(cluster.BootstrapServers);
        foreach (var topic in new[] { "activity", topology.Outputs.Default, topology.Audit, topology.DeadLetter, topology.Quarantine, topology.Consent! })
        {
            cluster.CreateTopic(topic, Partitions);
        }
        await output.WriteLineAsync($"embedded cluster at {cluster.BootstrapServers}; topics created; throw-away keys in memory (nothing written to disk)").ConfigureAwait(false);

        var events = new DemoActivity(seed, DateTimeOffset.UtcNow).Generate(eventCount);
        Produce(cluster.BootstrapServers, events);

        // The demo's own report is the output; the stage logs only warnings and errors (to standard error).
        using var loggers = StreamFilterLogging.CreateFactory(LogFormat.Simple, LogLevel.Warning);
        var pseudonymizer = new Pseudonymizer(RandomNumberGenerator.GetBytes(32));
        await using var composition = new StageComposition(topology, DefaultRules.Create(pseudonymizer), pseudonymizer, KeyRing.Of(RandomNumberGenerator.GetBytes(32)), "demo", loggers);
        await composition.StartAsync(cancellationToken).ConfigureAwait(false);
        using var stop = new CancellationTokenSource();
        var run = composition.Stage.RunAsync(stop.Token);
        var committed = await Task.Run(() => composition.Stage.Counters.WaitForCommittedRecords(events.Count, Timeout), cancellationToken).ConfigureAwait(false);
        // Stopping commits a last transaction that decides the keys still held back (no changelog here).
        await stop.CancelAsync().ConfigureAwait(false);
        await run.ConfigureAwait(false);
        if (!committed)
        {
            await error.WriteLineAsync($"error: the stage committed {composition.Stage.Counters.CommittedRecords} of {events.Count} input records within {Timeout}.").ConfigureAwait(false);
            return ExitCodes.RuntimeFailure;
        }
        string metrics;
        using (var http = new HttpClient { BaseAddress = composition.Ops.BaseAddress, Timeout = TimeSpan.FromSeconds(10) })
        {
            metrics = await http.GetStringAsync(new Uri("metrics", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        }
        await composition.StopAsync(cancellationToken).ConfigureAwait(false);

        var report = new DemoReport(
            events.Count,
            Read(cluster, topology.Outputs.Default),
            Read(cluster, topology.Audit),
            Read(cluster, topology.DeadLetter).Count,
            Read(cluster, topology.Quarantine).Count);
        report.Write(output, composition.Ops.BaseAddress, metrics);
        return report.Balanced ? ExitCodes.Ok : ExitCodes.RuntimeFailure;
    }

    private static TopologyOptions Topology(string bootstrapServers) => new()
    {
        SourcePath = "(demo)",
        Kafka = new KafkaClusterOptions
        {
            BootstrapServers = bootstrapServers,
            GroupId = "streamfilter-demo",
            TransactionalIdPrefix = "streamfilter-demo",
            // The embedded (mock) cluster drops transactional offsets; see docs/kafka.md.
            CommitOffsetsAfterTransaction = true,
        },
        Inputs = new InputOptions { Topics = ["activity"] },
        Outputs = new OutputOptions { Default = "filtered" },
        Audit = "audit",
        DeadLetter = "dead-letter",
        Quarantine = "quarantine",
        Consent = "consent",
        Batch = new BatchOptions { MaxRecords = 500, MaxWaitMs = 50 },
        Ops = new OpsOptions { Port = 0 },
    };

    private static void Produce(string bootstrapServers, List<(string User, byte[] Value)> events)
    {
        using var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = bootstrapServers, EnableIdempotence = true, LingerMs = 5 }).Build();
        foreach (var (user, value) in events)
        {
            producer.Produce("activity", new Message<byte[], byte[]> { Key = System.Text.Encoding.UTF8.GetBytes(user), Value = value });
        }
        if (producer.Flush(Timeout) != 0)
        {
            throw new TimeoutException("The demo activity could not be produced to the embedded cluster.");
        }
    }

    private static List<Message<byte[], byte[]>> Read(MockCluster cluster, string topic) =>
        CommittedTopicReader.ReadAll(cluster.BootstrapServers, topic, Partitions, Timeout);
}
