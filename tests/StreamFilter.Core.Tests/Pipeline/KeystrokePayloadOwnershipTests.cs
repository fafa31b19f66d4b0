using System.Text;
using System.Text.Json;
using StreamFilter.Core.Keystrokes;
using StreamFilter.Core.Pipeline;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>
/// A held key keeps its raw event as payload (for snapshots): a copy when the caller lends a buffer,
/// the caller's own array when it hands one over with <see cref="EventProcessor.ProcessOwned"/>.
/// </summary>
public sealed class KeystrokePayloadOwnershipTests
{
    private static readonly SessionKey Session = new("d1", "s1");

    [Fact]
    public void A_key_read_from_a_lent_buffer_keeps_its_own_copy()
    {
        using var processor = new EventProcessor(DefaultRules());
        var sink = new RecordingSink();
        var buffer = KeyLine("k1", "x");

        processor.Process(buffer, new SourcePosition("in", 1), sink);
        KeyLine("k9", "y").CopyTo(buffer, 0); // the caller reuses its buffer for the next line

        Assert.Equal(["k1"], ReplayHeld(processor.Keystrokes.Snapshot(Session)!).Select(Id));
    }

    [Fact]
    public void A_handed_over_array_is_kept_as_is_without_a_copy()
    {
        using var processor = new EventProcessor(DefaultRules());
        var sink = new RecordingSink();
        var record = KeyLine("k1", "x");

        processor.ProcessOwned(record, new SourcePosition("in", 1), sink);
        // Breaking the contract on purpose shows the array itself is the payload (no copy was made).
        KeyLine("k9", "y").CopyTo(record, 0);

        Assert.Empty(sink.Audits); // "x" is held: it could be the start of a value
        Assert.Equal(["k9"], ReplayHeld(processor.Keystrokes.Snapshot(Session)!).Select(Id));
    }

    [Fact]
    public void Owned_and_lent_input_give_the_same_decisions()
    {
        var lent = Type((processor, line, position, sink) => processor.Process(line, position, sink));
        var owned = Type((processor, line, position, sink) => processor.ProcessOwned(line, position, sink));

        Assert.Equal(lent.Forwarded, owned.Forwarded);
        Assert.Equal(lent.Audits.Select(a => (a.EventId, a.Action, a.Source)), owned.Audits.Select(a => (a.EventId, a.Action, a.Source)));
        Assert.Contains(owned.Audits, a => a.Action == AuditAction.Redact);
    }

    private static RecordingSink Type(Action<EventProcessor, byte[], SourcePosition, IFilterSink> process)
    {
        using var processor = new EventProcessor(DefaultRules());
        var sink = new RecordingSink();
        var keys = "ssn 536-22-4871 ok";
        for (var i = 0; i < keys.Length; i++)
        {
            process(processor, KeyLine($"k{i}", keys[i] == ' ' ? "Space" : keys[i].ToString()), new SourcePosition("in", i), sink);
        }
        processor.Complete(sink);
        return sink;
    }

    /// <summary>The held keys of a snapshot, emitted by a fresh processor from their payloads alone.</summary>
    private static List<(string Key, string Json)> ReplayHeld(byte[] snapshot)
    {
        using var restarted = new EventProcessor(DefaultRules());
        var sink = new RecordingSink();
        restarted.RestoreKeystrokeSession(snapshot, sink);
        restarted.Complete(sink);
        Assert.Empty(sink.DeadLetters);
        return sink.Forwarded;
    }

    private static string Id((string Key, string Json) forwarded) => JsonDocument.Parse(forwarded.Json).RootElement.GetProperty("event_id").GetString()!;

    /// <summary>Same length for the same id length and key, so one line can overwrite another in place.</summary>
    private static byte[] KeyLine(string id, string key) => Encoding.UTF8.GetBytes(
        $$"""{"type":"keystroke","event_id":"{{id}}","user_id":"u1","ts":"2026-06-01T09:00:00.000Z","app":"Notes","window_title":"Draft","device_id":"d1","session_id":"s1","seq":1,"key":{{JsonSerializer.Serialize(key)}},"field":"text"}""");
}
