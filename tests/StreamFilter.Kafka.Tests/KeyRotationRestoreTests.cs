using System.Globalization;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using StreamFilter.Core.Metrics;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Security;
using StreamFilter.Core.Tests.Metrics;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Tests.Support;

namespace StreamFilter.Kafka.Tests;

/// <summary>
/// Rotating the quarantine key without a quiet input: changelog state sealed with the old key is
/// restored by an instance whose current key is new and whose previous key is the old one, and what it
/// writes back is sealed with the new key only.
/// </summary>
public sealed class KeyRotationRestoreTests
{
    private static readonly byte[] OldKey = Enumerable.Range(0, 32).Select(i => (byte)(i + 1)).ToArray();
    private static readonly byte[] NewKey = Enumerable.Range(0, 32).Select(i => (byte)(100 + i)).ToArray();
    private static readonly byte[] UnknownKey = Enumerable.Range(0, 32).Select(i => (byte)(200 - i)).ToArray();
    private static readonly string[] BeforeRotation = ["m", "y", "Space", "s", "s", "n", "Space", "5", "3", "6", "-", "2", "2", "-"];
    private static readonly string[] AfterRotation = ["4", "8", "7", "1", "Space", "o", "k", "Enter"];

    private const string OpensSeries = "streamfilter_previous_key_opens_total{record=\"changelog\"}";

    private readonly StreamFilterMetrics metrics = new();
    private readonly WaitableLogger logger = new();

    private static KeyRing Rotated() =>
        new(new LoadedKey(NewKey, "current key", false), [new LoadedKey(OldKey, "previous key file /keys/old.key", false)]);

    private PreviousKeyUse Use(KeyRing ring) => new(ring, logger, metrics);

    [Fact]
    public void A_changelog_record_sealed_with_the_previous_key_is_restored_counted_and_logged_once_per_partition()
    {
        using var processor = new EventProcessor(DefaultRules.Create(new Pseudonymizer(new byte[32])));
        var ring = Rotated();
        using var store = new KeystrokeStateStore(processor, ring, Use(ring));
        var (key, value) = OneSessionSnapshot(OldKey);

        store.Restore(new TopicPartition("input", 1), key, value);
        store.Restore(new TopicPartition("input", 1), key, value);

        Assert.Equal(1, processor.Keystrokes.SessionCount);
        Assert.Equal(2, Exposition.Samples(metrics)[OpensSeries]);
        var line = Assert.Single(logger.Messages, m => m.Contains("previous quarantine key", StringComparison.Ordinal));
        Assert.Contains("input[1]", line, StringComparison.Ordinal);
        Assert.Contains("/keys/old.key", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_restored_with_the_previous_key_is_written_back_under_the_current_key_and_one_restored_with_the_current_key_is_not()
    {
        using var processor = new EventProcessor(DefaultRules.Create(new Pseudonymizer(new byte[32])));
        var ring = Rotated();
        using var store = new KeystrokeStateStore(processor, ring, Use(ring));
        var (key, oldValue) = OneSessionSnapshot(OldKey);
        var (_, newValue) = OneSessionSnapshot(NewKey);
        var changes = new List<StateChange>();

        store.Restore(new TopicPartition("input", 0), key, newValue);
        store.TakeChanges(changes);
        Assert.Empty(changes);

        store.Restore(new TopicPartition("input", 0), key, oldValue);
        store.TakeChanges(changes);
        var rewritten = Assert.Single(changes);
        Assert.Equal(key, rewritten.Key);
        Assert.Equal(new TopicPartition("input", 0), rewritten.Input);
        using var newOnly = new StateSealer(NewKey);
        using var oldOnly = new StateSealer(OldKey);
        // The same session state, now sealed with the new key only.
        Assert.Equal(oldOnly.Open(oldValue, key), newOnly.Open(rewritten.Value, key));
        Assert.Throws<StateSealException>(() => oldOnly.Open(rewritten.Value, key));
    }

    [Fact]
    public void A_changelog_record_sealed_with_a_key_in_neither_place_still_stops_the_stage_naming_the_partition()
    {
        using var processor = new EventProcessor(DefaultRules.Create(new Pseudonymizer(new byte[32])));
        var ring = Rotated();
        using var store = new KeystrokeStateStore(processor, ring, Use(ring));
        var (key, value) = OneSessionSnapshot(UnknownKey);

        var e = Assert.Throws<StageFatalException>(() => store.Restore(new TopicPartition("input", 2), key, value));

        Assert.Contains("input[2]", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, processor.Keystrokes.SessionCount);
        Assert.Equal(0, Exposition.Samples(metrics)[OpensSeries]);
    }

    [Fact]
    public async Task An_ssn_typed_across_a_key_rotation_is_restored_with_the_previous_key_masked_and_rewritten_under_the_new_key()
    {
        using var harness = new StageHarness();
        var hmac = new byte[32];
        // Event time an hour ahead: the first instance's wall-clock idle flush must not release the held digits.
        var typedAt = DateTimeOffset.UtcNow.AddHours(1);
        harness.ProduceInput(BeforeRotation.Select((key, i) => ("u1", KeyEvent(i, key, typedAt))));
        using (var first = new EventProcessor(DefaultRules.Create(new Pseudonymizer(hmac))))
        {
            using var state = new KeystrokeStateStore(first, OldKey);
            await ExactlyOnceTests.RunUntilCommitted(harness.NewStage("a", new EventProcessorAdapter(first, state), state), BeforeRotation.Length);
        }
        var writtenWithOldKey = harness.Read("changelog").Where(m => m.Value is not null).Select(m => Convert.ToBase64String(m.Value)).ToHashSet();
        Assert.NotEmpty(writtenWithOldKey);

        // The rotation: new key current, old key previous; the input never went quiet.
        harness.ProduceInput(AfterRotation.Select((key, i) => ("u1", KeyEvent(BeforeRotation.Length + i, key, typedAt))));
        var clock = new ShiftedTimeProvider();
        var ring = Rotated();
        using var second = new EventProcessor(DefaultRules.Create(new Pseudonymizer(hmac)));
        using var secondState = new KeystrokeStateStore(second, ring, Use(ring));
        await using (var running = new RunningStage(harness.NewStage("b", new EventProcessorAdapter(second, secondState), secondState, time: clock)))
        {
            running.WaitForCommitted(AfterRotation.Length, "the rotated instance did not process the rest of the typing");
            clock.Shift(TimeSpan.FromHours(2));
            TopicContents.ReadAtLeast(harness.Cluster.BootstrapServers, "audit", StageHarness.Partitions, BeforeRotation.Length + AfterRotation.Length, StageHarness.Timeout);
        }

        var output = harness.Read("output").Select(m => JsonDocument.Parse(m.Value).RootElement)
            .OrderBy(e => e.GetProperty("seq").GetInt64()).Select(e => e.GetProperty("key").GetString()!).ToList();
        Assert.Equal("my ssn *********** okEnter", string.Concat(output.Select(k => k == "Space" ? " " : k)));
        Assert.True(Exposition.Samples(metrics)[OpensSeries] > 0);
        Assert.Contains(logger.Messages, m => m.Contains("previous quarantine key", StringComparison.Ordinal));
        // Everything the rotated instance wrote to the changelog opens with the new key alone, never the old one.
        var rewritten = harness.Read("changelog").Where(m => m.Value is not null && !writtenWithOldKey.Contains(Convert.ToBase64String(m.Value))).ToList();
        Assert.NotEmpty(rewritten);
        using var newOnly = new StateSealer(NewKey);
        using var oldOnly = new StateSealer(OldKey);
        foreach (var record in rewritten)
        {
            var sessionKey = Encoding.UTF8.GetString(record.Key);
            newOnly.Open(record.Value, sessionKey);
            Assert.Throws<StateSealException>(() => oldOnly.Open(record.Value, sessionKey));
        }
    }

    /// <summary>A changelog record for one session holding a key, as an instance with <paramref name="key"/> writes it.</summary>
    private static (string Key, byte[] Value) OneSessionSnapshot(byte[] key)
    {
        using var processor = new EventProcessor(DefaultRules.Create(new Pseudonymizer(new byte[32])));
        using var store = new KeystrokeStateStore(processor, key);
        var sink = new CollectingSink();
        processor.Process(KeyEvent(0, "5", DateTimeOffset.UtcNow), new SourcePosition("input[0]", 0), sink);
        store.Attribute(new SourcePosition("input[0]", 0));
        var changes = new List<StateChange>();
        store.TakeChanges(changes);
        var change = Assert.Single(changes);
        return (change.Key, change.Value!);
    }

    private static byte[] KeyEvent(int seq, string key, DateTimeOffset at) => Encoding.UTF8.GetBytes(
        $$"""{"type":"keystroke","event_id":"k{{seq}}","user_id":"u1","ts":"{{at.AddMilliseconds(150 * seq).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)}}","app":"Notes","window_title":"Draft","device_id":"d1","session_id":"s1","seq":{{seq}},"key":"{{key}}","field":"text"}""");
}
