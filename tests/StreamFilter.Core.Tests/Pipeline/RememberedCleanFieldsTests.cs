using System.Text;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Tests.Keystrokes;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>
/// Short field values found clean are not scanned again (app and title repeat for every key): the
/// shortcut must never let a value through that the current rules would redact.
/// </summary>
public sealed class RememberedCleanFieldsTests
{
    private const string CardTitle = "Checkout 4111 1111 1111 1111";

    [Fact]
    public void A_value_with_findings_is_redacted_every_time_it_repeats()
    {
        using var processor = new EventProcessor(RulesWith(new TestCardDetector()));
        var sink = new RecordingSink();

        for (var i = 0; i < 3; i++)
        {
            processor.Process(Click(i, CardTitle), new SourcePosition("in", i), sink);
        }

        Assert.Equal(3, sink.Forwarded.Count);
        Assert.All(sink.Forwarded, f => Assert.DoesNotContain("4111", f.Json, StringComparison.Ordinal));
        Assert.All(sink.Audits, a => Assert.Equal(AuditAction.Redact, a.Action));
    }

    [Fact]
    public void A_clean_verdict_does_not_outlive_a_rules_reload()
    {
        using var processor = new EventProcessor(RulesWith());
        var sink = new RecordingSink();
        processor.Process(Click(0, CardTitle), new SourcePosition("in", 0), sink);
        processor.Process(Click(1, CardTitle), new SourcePosition("in", 1), sink);
        Assert.All(sink.Audits, a => Assert.Equal(AuditAction.Pass, a.Action)); // no detector knows cards yet

        processor.UseRules(RulesWith(new TestCardDetector()));
        processor.Process(Click(2, CardTitle), new SourcePosition("in", 2), sink);

        Assert.Equal(AuditAction.Redact, sink.Audits[^1].Action);
        Assert.DoesNotContain("4111", sink.Forwarded[^1].Json, StringComparison.Ordinal);
    }

    private static byte[] Click(int i, string title) => Encoding.UTF8.GetBytes(
        $$"""{"type":"mouse","event_id":"m{{i}}","user_id":"u1","ts":"2026-06-01T09:00:0{{i}}Z","app":"Browser","window_title":"{{title}}","action":"click","x":1,"y":2}""");
}
