using System.Text;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Tests.Support;
using StreamFilter.Kafka.Tests.Topology;

namespace StreamFilter.Kafka.Tests;

/// <summary>The real filter (Core's EventProcessor) in the stage: Kafka output equals the file-mode decisions, exactly once.</summary>
public sealed class FilterThroughKafkaTests
{
    [Fact]
    public async Task The_sample_activity_comes_out_of_kafka_exactly_as_the_filter_decides_it()
    {
        var lines = File.ReadAllLines(Path.Combine(TopologyLoaderTests.RepoRoot(), "samples", "activity.ndjson"))
            .Where(l => l.Length > 0).Append("{\"type\":\"transcript\",\"event_id\":") // one malformed event
            .ToList();
        using var harness = new StageHarness();
        var hmacKey = new byte[32];
        var expected = new CollectingSink();
        using (var direct = new EventProcessor(DefaultRules.Create(new Pseudonymizer(hmacKey))))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                direct.Process(Encoding.UTF8.GetBytes(lines[i]), new SourcePosition("file", i), expected);
            }
            direct.Complete(expected);
        }
        // Keyed by user_id, the contract's message key: a typing session's keys stay in one partition, in order.
        harness.ProduceInput(lines.Select(l => (UserOf(l), Encoding.UTF8.GetBytes(l))));

        using var processor = new EventProcessor(DefaultRules.Create(new Pseudonymizer(hmacKey)));
        // The stage runs on the real clock although the sample is stamped months earlier: its idle flush
        // follows event time while records arrive, so a session split across batches is decided as in
        // one pass (replaying a backlog must not release half-typed values).
        await ExactlyOnceTests.RunUntilCommitted(harness.NewStage(processor: new EventProcessorAdapter(processor)), lines.Count);

        var forwarded = harness.Read("output").Select(m => Encoding.UTF8.GetString(m.Value)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Forwarded.Order(StringComparer.Ordinal), forwarded);
        var audits = harness.Read("audit").Select(m => Encoding.UTF8.GetString(m.Value)).ToList();
        Assert.Equal(lines.Count, audits.Count);
        Assert.Equal(expected.Audits.Select(a => a.EventId).Order(StringComparer.Ordinal), harness.Read("audit").Select(m => Encoding.UTF8.GetString(m.Key)).Order(StringComparer.Ordinal));
        Assert.Equal(expected.DeadLetters, harness.Read("dead-letter").Count);
        Assert.Equal(expected.Quarantined, harness.Read("quarantine").Count);
        Assert.True(expected.DeadLetters >= 1);
        // The sample's SSN must not survive anywhere in clear.
        Assert.DoesNotContain(forwarded.Concat(audits), text => text.Contains("536-22-4871", StringComparison.Ordinal));
    }

    private static string UserOf(string line)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(line);
            return document.RootElement.TryGetProperty("user_id", out var user) ? user.GetString() ?? "none" : "none";
        }
        catch (System.Text.Json.JsonException)
        {
            return "none";
        }
    }
}
