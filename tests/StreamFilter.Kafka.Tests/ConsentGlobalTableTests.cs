using System.Globalization;
using System.Text;
using System.Text.Json;
using StreamFilter.Core.Consent;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Tests.Support;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Tests;

/// <summary>A pause processed by one instance reaches another, already running, through the consent topic.</summary>
public sealed class ConsentGlobalTableTests
{
    [Fact]
    public async Task A_pause_processed_by_one_instance_suppresses_the_users_events_on_another()
    {
        using var harness = new StageHarness();
        harness.Cluster.CreateTopic("consent", StageHarness.Partitions, replicationFactor: 3);
        harness.Cluster.CreateTopic("consent-in", StageHarness.Partitions, replicationFactor: 3);
        harness.Topology.Consent = "consent";
        // Two instances with disjoint inputs (the mock keeps no group offsets across a hand-over, so a
        // shared group would re-read everything): the pause arrives only on the first one's partitions.
        var pauseSide = Copy(harness.Topology, "consent-in", "consent-group");
        var hmac = new byte[32];
        using var watching = new EventProcessor(DefaultRules.Create(new Pseudonymizer(hmac)));
        using var pausing = new EventProcessor(DefaultRules.Create(new Pseudonymizer(hmac)));
        var watchingLog = new WaitableLogger();
        var now = DateTimeOffset.UtcNow;

        var watchingStage = harness.NewStage("watch", new EventProcessorAdapter(watching), logger: watchingLog, consent: new ProcessorConsentTable(watching));
        var ready = new TaskCompletionSource();
        watchingStage.PartitionsReady += _ => ready.TrySetResult();
        await using var watchingRun = new RunningStage(watchingStage);
        await ready.Task.WaitAsync(StageHarness.Timeout);

        await using (var pausingRun = new RunningStage(harness.NewStage("pause", new EventProcessorAdapter(pausing), consent: new ProcessorConsentTable(pausing), topology: pauseSide)))
        {
            harness.ProduceInput([("u-paused", Event($$"""{"type":"consent","event_id":"c1","user_id":"u-paused","ts":"{{Ts(now.AddMinutes(-1))}}","action":"pause","minutes":30}"""))], "consent-in");
            pausingRun.WaitForCommitted(1, "the pausing instance did not process the pause");
        }
        Assert.True(watchingLog.WaitFor(m => m.StartsWith("Consent table:", StringComparison.Ordinal) && m.Contains("from other instances", StringComparison.Ordinal), StageHarness.Timeout),
            "the running instance never applied the pause from the consent topic");

        var events = new List<(string User, byte[] Value)>();
        for (var i = 0; i < 6; i++)
        {
            var user = i % 2 == 0 ? "u-paused" : "u-working";
            events.Add((user, Event($$"""{"type":"transcript","event_id":"t{{i}}","user_id":"{{user}}","ts":"{{Ts(now)}}","source":"chat","text":"status update {{i}}"}""")));
        }
        harness.ProduceInput(events);
        watchingRun.WaitForCommitted(events.Count, "the running instance did not process the users' events");

        var audits = harness.Read("audit").Select(m => JsonDocument.Parse(m.Value).RootElement).Where(a => a.GetProperty("event_id").GetString()!.StartsWith('t')).ToList();
        Assert.Equal(6, audits.Count);
        Assert.All(audits.Where(a => a.GetProperty("user_id").GetString() == "u-paused"), a =>
        {
            Assert.Equal("drop", a.GetProperty("action").GetString());
            Assert.Equal(ConsentReasons.Paused, a.GetProperty("reasons")[0].GetString());
        });
        var forwarded = harness.Read("output").Select(m => JsonDocument.Parse(m.Value).RootElement.GetProperty("event_id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["t1", "t3", "t5"], forwarded);
        var table = harness.Read("consent");
        Assert.Single(table);
        Assert.Equal("u-paused", Encoding.UTF8.GetString(table[0].Key));
    }

    private static TopologyOptions Copy(TopologyOptions source, string input, string group) => new()
    {
        Kafka = new KafkaClusterOptions
        {
            BootstrapServers = source.Kafka.BootstrapServers,
            GroupId = group,
            TransactionalIdPrefix = group,
            Consumer = source.Kafka.Consumer,
        },
        Inputs = new InputOptions { Topics = [input] },
        Outputs = source.Outputs,
        Audit = source.Audit,
        DeadLetter = source.DeadLetter,
        Quarantine = source.Quarantine,
        Consent = source.Consent,
        Batch = source.Batch,
    };

    private static byte[] Event(string json) => Encoding.UTF8.GetBytes(json);

    private static string Ts(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
