using System.Globalization;
using System.Text;
using System.Text.Json;
using StreamFilter.Core.Keystrokes;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Rules;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>A rules reload swaps the processor's rules in place; a revoked partition's sessions are forgotten undecided.</summary>
public sealed class EventProcessorRulesSwapTests
{
    private static readonly string[] SsnKeys = ["s", "s", "n", "Space", "5", "3", "6", "-", "2", "2", "-", "4", "8", "7", "1", "Enter"];

    [Fact]
    public void New_rules_stamp_later_events_and_keys_held_before_the_swap_are_still_masked()
    {
        using var processor = new EventProcessor(DefaultRules());
        var sink = new RecordingSink();
        for (var i = 0; i < 8; i++)
        {
            processor.Process(Key(i, SsnKeys[i]), new SourcePosition("in", i), sink);
        }
        var reloaded = RulesLoader.Parse(DefaultRulesFile.Text.Replace("version: default-1", "version: reloaded-2", StringComparison.Ordinal), "r.yaml", Pseudonymizer);

        processor.UseRules(reloaded);
        for (var i = 8; i < SsnKeys.Length; i++)
        {
            processor.Process(Key(i, SsnKeys[i]), new SourcePosition("in", i), sink);
        }
        processor.Complete(sink);

        Assert.Same(reloaded, processor.Rules);
        Assert.Equal(SsnKeys.Length, sink.Audits.Count);
        Assert.StartsWith("reloaded-2+", sink.Audits[^1].PolicyVersion, StringComparison.Ordinal);
        var keys = sink.Forwarded.Select(f => JsonDocument.Parse(f.Json).RootElement.GetProperty("key").GetString()).ToList();
        Assert.DoesNotContain(keys, k => k!.Length == 1 && char.IsAsciiDigit(k[0]));
    }

    [Fact]
    public void A_forgotten_session_decides_nothing_and_holds_nothing()
    {
        using var processor = new EventProcessor(DefaultRules());
        var sink = new RecordingSink();
        for (var i = 0; i < 7; i++)
        {
            processor.Process(Key(i, SsnKeys[i]), new SourcePosition("in", i), sink);
        }
        var decided = sink.Audits.Count;
        Assert.True(processor.Keystrokes.HeldKeyCount > 0);

        Assert.True(processor.Keystrokes.Forget(new SessionKey("d1", "s1")));
        processor.Complete(sink);

        Assert.Equal(decided, sink.Audits.Count);
        Assert.Equal(0, processor.Keystrokes.HeldKeyCount);
        Assert.False(processor.Keystrokes.Forget(new SessionKey("d1", "s1")));
    }

    private static byte[] Key(int seq, string key) => Encoding.UTF8.GetBytes(
        $$"""{"type":"keystroke","event_id":"k{{seq}}","user_id":"u1","ts":"2026-06-01T09:00:00.{{(seq * 10).ToString("D3", CultureInfo.InvariantCulture)}}Z","app":"Notes","window_title":"Draft","device_id":"d1","session_id":"s1","seq":{{seq}},"key":"{{key}}","field":"text"}""");
}
