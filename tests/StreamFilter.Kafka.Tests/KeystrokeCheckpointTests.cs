using System.Globalization;
using System.Text;
using System.Text.Json;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Tests.Support;

namespace StreamFilter.Kafka.Tests;

/// <summary>Held keystrokes survive a stage handing over its partitions: the SSN typed across two instances is still masked.</summary>
public sealed class KeystrokeCheckpointTests
{
    private static readonly string[] BeforeHandOver = ["m", "y", "Space", "s", "s", "n", "Space", "5", "3", "6", "-", "2", "2", "-"];
    private static readonly string[] AfterHandOver = ["4", "8", "7", "1", "Space", "o", "k", "Enter"];

    [Fact]
    public async Task An_ssn_typed_across_two_stage_instances_is_restored_from_the_changelog_and_masked()
    {
        using var harness = new StageHarness();
        var hmac = new byte[32];
        // Event time an hour ahead: the first instance's wall-clock idle flush must not release the held digits.
        var typedAt = DateTimeOffset.UtcNow.AddHours(1);
        harness.ProduceInput(BeforeHandOver.Select((key, i) => ("u1", KeyEvent(i, key, typedAt))));

        using (var first = new EventProcessor(DefaultRules.Create(new Pseudonymizer(hmac))))
        {
            using var state = new KeystrokeStateStore(first, StateKey);
            await ExactlyOnceTests.RunUntilCommitted(harness.NewStage("a", new EventProcessorAdapter(first, state), state), BeforeHandOver.Length);
            // Stopped without Complete; leaving the group revoked the partition, which forgot its sessions undecided.
            Assert.Equal(0, first.Keystrokes.SessionCount);
        }
        var firstOutput = Keys(harness.Read("output"));
        Assert.DoesNotContain(firstOutput, k => k.Length == 1 && char.IsAsciiDigit(k[0]));
        var decidedFirst = harness.Read("audit").Select(m => Encoding.UTF8.GetString(m.Key)).ToList();
        Assert.DoesNotContain("k7", decidedFirst); // the first digit was held when the first instance stopped
        var changelog = harness.Read("changelog");
        Assert.NotEmpty(changelog);
        // Held keys are raw input: the changelog carries them sealed, never as the key events' JSON.
        Assert.All(changelog.Where(m => m.Value is not null), m => Assert.Equal(-1, m.Value.AsSpan().IndexOf("\"key\":"u8)));

        // The first instance's offsets reached the group (kafka.commit_offsets_after_transaction): the
        // second one resumes after the keys the first one committed instead of reading them again.
        var committed = harness.CommittedOffsets("input");
        Assert.All(harness.EndOffsets("input").Where(end => end.Offset.Value > 0), end => Assert.Equal(end.Offset, committed.Single(c => c.TopicPartition == end.TopicPartition).Offset));
        harness.ProduceInput(AfterHandOver.Select((key, i) => ("u1", KeyEvent(BeforeHandOver.Length + i, key, typedAt))));
        var clock = new ShiftedTimeProvider();
        using var second = new EventProcessor(DefaultRules.Create(new Pseudonymizer(hmac)));
        using var secondState = new KeystrokeStateStore(second, StateKey);
        var stage = harness.NewStage("b", new EventProcessorAdapter(second, secondState), secondState, time: clock);
        await using (var running = new RunningStage(stage))
        {
            running.WaitForCommitted(AfterHandOver.Length, "the second instance did not process the rest of the typing");
            // Past the idle deadline: whatever is still held (the trailing word) is released.
            clock.Shift(TimeSpan.FromHours(2));
            TopicContents.ReadAtLeast(harness.Cluster.BootstrapServers, "audit", StageHarness.Partitions, BeforeHandOver.Length + AfterHandOver.Length, StageHarness.Timeout);
        }

        var audits = harness.Read("audit").Select(m => JsonDocument.Parse(m.Value).RootElement).ToList();
        var total = BeforeHandOver.Length + AfterHandOver.Length;
        Assert.Equal(total, audits.Count);
        Assert.Equal(total, audits.Select(a => a.GetProperty("event_id").GetString()).Distinct().Count());
        var ssnKeys = audits.Where(a => a.GetProperty("entity_types").EnumerateArray().Any(t => t.GetString() == EntityType.UsSsn)).ToList();
        Assert.Equal(11, ssnKeys.Count);
        // The digits the first instance held were decided, masked, by the second one, which restored them.
        Assert.Contains(ssnKeys, a => a.GetProperty("event_id").GetString() == "k7");
        var output = Keys(harness.Read("output"));
        Assert.Equal("my ssn *********** okEnter", string.Concat(output.Select(k => k == "Space" ? " " : k)));
        Assert.DoesNotContain(output, k => k.Length == 1 && char.IsAsciiDigit(k[0]));
    }

    private static readonly byte[] StateKey = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private static List<string> Keys(List<Confluent.Kafka.Message<byte[], byte[]>> records) =>
        records.Select(m => JsonDocument.Parse(m.Value).RootElement)
            .OrderBy(e => e.GetProperty("seq").GetInt64())
            .Select(e => e.GetProperty("key").GetString()!)
            .ToList();

    private static byte[] KeyEvent(int seq, string key, DateTimeOffset at) => Encoding.UTF8.GetBytes(
        $$"""{"type":"keystroke","event_id":"k{{seq}}","user_id":"u1","ts":"{{at.AddMilliseconds(150 * seq).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)}}","app":"Notes","window_title":"Draft","device_id":"d1","session_id":"s1","seq":{{seq}},"key":"{{key}}","field":"text"}""");
}
