using System.Text;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Tests.Support;

namespace StreamFilter.Kafka.Tests;

/// <summary>
/// The stage's idle flush runs on event time while records arrive: replaying old keystrokes must not
/// make every batch boundary look idle and release the digits of a number still being typed.
/// </summary>
public sealed class IdleClockTests
{
    private static readonly DateTimeOffset Typed = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WallNow = new(2026, 11, 22, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_replayed_backlog_keeps_a_half_typed_number_held_across_batches()
    {
        using var processor = new EventProcessor(DefaultRules.Create(new Pseudonymizer(new byte[32])));
        var adapter = new EventProcessorAdapter(processor);
        var sink = new CollectingSink();

        Type(adapter, sink, "ssn 536-22-", from: 0);
        adapter.Advance(WallNow, sink); // batch boundary, months after the keys' event time
        Type(adapter, sink, "4871 ok", from: 11);
        adapter.Advance(WallNow.AddMilliseconds(50), sink);
        adapter.Complete(sink);

        Assert.Equal(18, sink.Audits.Count);
        var digits = sink.Forwarded.Where(f => f.Contains("\"key\":\"", StringComparison.Ordinal) && char.IsAsciiDigit(KeyOf(f))).ToList();
        Assert.Empty(digits);
    }

    [Fact]
    public void A_quiet_input_still_flushes_after_the_idle_timeout_of_wall_clock()
    {
        using var processor = new EventProcessor(DefaultRules.Create(new Pseudonymizer(new byte[32])));
        var adapter = new EventProcessorAdapter(processor);
        var sink = new CollectingSink();

        Type(adapter, sink, "hello wor", from: 0);
        adapter.Advance(WallNow, sink);
        var heldAfterBatch = 9 - sink.Audits.Count;
        adapter.Advance(WallNow.AddSeconds(1), sink);
        Assert.Equal(9 - heldAfterBatch, sink.Audits.Count);
        adapter.Advance(WallNow.AddSeconds(3), sink); // 3 s of quiet input: past the 2 s idle timeout

        Assert.True(heldAfterBatch > 0);
        Assert.Equal(9, sink.Audits.Count);
    }

    private static void Type(EventProcessorAdapter adapter, CollectingSink sink, string text, int from)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var seq = from + i;
            var key = text[i] == ' ' ? "Space" : text[i].ToString();
            var json = $$"""{"type":"keystroke","event_id":"k{{seq}}","user_id":"u1","ts":"{{Typed.AddMilliseconds(150 * seq):O}}","device_id":"d1","session_id":"s1","seq":{{seq}},"key":"{{key}}","app":"Chrome","field":"text"}""";
            adapter.Process(Encoding.UTF8.GetBytes(json), new SourcePosition("keys", seq), sink);
        }
    }

    private static char KeyOf(string forwarded)
    {
        var at = forwarded.IndexOf("\"key\":\"", StringComparison.Ordinal) + 7;
        return forwarded[at];
    }
}
