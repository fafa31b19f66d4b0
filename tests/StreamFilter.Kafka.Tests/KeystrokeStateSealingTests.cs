using Confluent.Kafka;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Security;
using StreamFilter.Kafka.Stage;

namespace StreamFilter.Kafka.Tests;

/// <summary>
/// Changelog records are sealed with the quarantine key; one that does not open stops the stage
/// (its held keys could not be decided) instead of being skipped. The end-to-end hand-over through a
/// sealed changelog is <see cref="KeystrokeCheckpointTests"/>.
/// </summary>
public sealed class KeystrokeStateSealingTests
{
    private static readonly byte[] StageKey = Enumerable.Range(0, 32).Select(i => (byte)(i + 1)).ToArray();
    private static readonly byte[] OtherKey = Enumerable.Range(0, 32).Select(i => (byte)(200 - i)).ToArray();

    [Fact]
    public void A_changelog_record_sealed_with_another_key_stops_the_stage_with_a_clear_message()
    {
        using var processor = new EventProcessor(DefaultRules.Create(new Pseudonymizer(new byte[32])));
        using var store = new KeystrokeStateStore(processor, StageKey);
        var key = KeystrokeStateStore.Encode(new Core.Keystrokes.SessionKey("d1", "s1"));
        using var foreign = new StateSealer(OtherKey);
        var value = foreign.Seal("held 536-22-"u8, key);

        var e = Assert.Throws<StageFatalException>(() => store.Restore(new TopicPartition("input", 0), key, value));
        Assert.Contains("quarantine key", e.Message, StringComparison.Ordinal);
        Assert.Contains("input[0]", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("536", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, processor.Keystrokes.SessionCount);
    }

    [Fact]
    public void An_unsealed_record_from_before_sealing_is_refused_too()
    {
        using var processor = new EventProcessor(DefaultRules.Create(new Pseudonymizer(new byte[32])));
        using var store = new KeystrokeStateStore(processor, StageKey);
        var key = KeystrokeStateStore.Encode(new Core.Keystrokes.SessionKey("d1", "s1"));

        Assert.Throws<StageFatalException>(() => store.Restore(new TopicPartition("input", 0), key, [1, 2, 3]));
    }
}
