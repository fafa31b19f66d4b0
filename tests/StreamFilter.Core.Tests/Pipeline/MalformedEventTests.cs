using System.Text;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Rules;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

public class MalformedEventTests
{
    private const string Head = "\"event_id\":\"m1\",\"user_id\":\"u1\",\"ts\":\"2026-06-01T09:00:00Z\"";

    public static TheoryData<string, string> Cases => new()
    {
        { "{\"type\":\"transcript\"," + Head + ",\"source\":\"chat\",\"text\":\"536-22-4871\"", "invalid JSON" },
        { "not json 536-22-4871", "invalid JSON" },
        { "[1,2,3]", "must be a JSON object" },
        { "{\"type\":\"transcript\"," + Head + ",\"source\":\"chat\",\"text\":\"a\"} {\"x\":1}", "invalid JSON" },
        { "{\"type\":\"telepathy\"," + Head + ",\"text\":\"536-22-4871\"}", "unknown event type" },
        { "{" + Head + ",\"source\":\"chat\",\"text\":\"a\"}", "missing field 'type'" },
        { "{\"type\":\"transcript\",\"user_id\":\"u1\",\"ts\":\"2026-06-01T09:00:00Z\",\"source\":\"chat\",\"text\":\"a\"}", "missing field 'event_id'" },
        { "{\"type\":\"transcript\"," + Head + ",\"source\":\"chat\"}", "missing field 'text'" },
        { "{\"type\":\"transcript\"," + Head + ",\"source\":\"chat\",\"text\":42}", "field 'text' has the wrong type" },
        { "{\"type\":\"transcript\"," + Head + ",\"source\":\"chat\",\"text\":\"a\",\"text\":\"536-22-4871\"}", "duplicate field 'text'" },
        { "{\"type\":\"transcript\",\"event_id\":\"m1\",\"user_id\":\"u1\",\"ts\":\"2026-06-01T09:00:00\",\"source\":\"chat\",\"text\":\"a\"}", "field 'ts'" },
        { "{\"type\":\"transcript\",\"event_id\":\"m1\",\"user_id\":\"u1\",\"ts\":\"yesterday\",\"source\":\"chat\",\"text\":\"a\"}", "field 'ts'" },
        { "{\"type\":\"keystroke\"," + Head + ",\"device_id\":\"d\",\"session_id\":\"s\",\"seq\":\"7\",\"key\":\"5\"}", "field 'seq'" },
        { "{\"type\":\"keystroke\"," + Head + ",\"device_id\":\"d\",\"session_id\":\"s\",\"seq\":7,\"key\":\"536-22-4871\"}", "field 'key'" },
        { "{\"type\":\"screen_ocr\"," + Head + ",\"frame_id\":\"f\",\"width\":10,\"height\":10,\"blocks\":[{\"text\":\"536-22-4871\",\"bbox\":[1,2,3]}]}", "blocks[0]: bbox" },
        { "{\"type\":\"screen_ocr\"," + Head + ",\"frame_id\":\"f\",\"width\":10,\"height\":10,\"blocks\":[{\"bbox\":[1,2,3,4]}]}", "blocks[0]: text is missing" },
        { "{\"type\":\"screen_ocr\"," + Head + ",\"frame_id\":\"f\",\"width\":-1,\"height\":10,\"blocks\":[]}", "field 'width'" },
        { "{\"type\":\"mouse\"," + Head + ",\"action\":\"teleport\",\"x\":1,\"y\":2}", "not a mouse action" },
        { "{\"type\":\"consent\"," + Head + ",\"action\":\"forget_me\"}", "not a consent action" },
        { "{\"type\":\"consent\"," + Head + ",\"action\":\"pause\",\"minutes\":-5}", "field 'minutes'" },
        { "{\"type\":\"transcript\"," + Head + ",\"source\":\"chat\",\"text\":\"\\ud800 536-22-4871\"}", "field 'text' holds a lone surrogate escape" },
        { "{\"type\":\"screen_ocr\"," + Head + ",\"frame_id\":\"f\",\"width\":10,\"height\":10,\"blocks\":[{\"text\":\"536-22-4871 \\udc00\",\"bbox\":[1,2,3,4]}]}", "field 'blocks' holds a lone surrogate escape" },
        { "{\"type\":\"keystroke\"," + Head + ",\"device_id\":\"d\",\"session_id\":\"s\",\"seq\":7,\"key\":\"\\ud800\"}", "field 'key' holds a lone surrogate escape" },
        { "{\"type\":\"keystroke\"," + Head + ",\"device_id\":\"d\",\"session_id\":\"s\",\"seq\":7,\"key\":\"F25\"}", "not one of the contract's named keys" },
        { "{\"type\":\"keystroke\"," + Head + ",\"device_id\":\"d\",\"session_id\":\"s\",\"seq\":7,\"key\":\"enter\"}", "not one of the contract's named keys" },
        { "{\"type\":\"keystroke\"," + Head + ",\"device_id\":\"d\",\"session_id\":\"s\",\"seq\":7,\"key\":\"\"}", "field 'key' is empty" },
        { "{\"type\":\"transcript\",\"event_id\":\"\",\"user_id\":\"u1\",\"ts\":\"2026-06-01T09:00:00Z\",\"source\":\"chat\",\"text\":\"a\"}", "'event_id' is empty" },
        { "", "empty input" },
        { "{\"type\":\"screen_ocr\"," + Head + ",\"frame_id\":\"f\",\"width\":10,\"height\":10,\"blocks\":[{\"text\":\"536-22-4871\",\"bbox\":[1e400,2,3,4]}]}", "blocks[0]: bbox" },
        { "{\"type\":\"mouse\"," + Head + ",\"action\":\"click\",\"x\":1e999,\"y\":2,\"target\":\"536-22-4871\"}", "field 'x'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Malformed_input_is_dead_lettered_with_a_reason_that_quotes_no_value(string line, string expectedReason)
    {
        var sink = Run(line);

        AssertDeadLettered(sink, Encoding.UTF8.GetBytes(line), expectedReason);
    }

    [Fact]
    public void Invalid_utf8_is_dead_lettered()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"type\":\"transcript\"," + Head + ",\"source\":\"chat\",\"text\":\"a?b\"}");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xC3; // a lead byte with no continuation
        using var processor = new EventProcessor(DefaultRules());
        var sink = new RecordingSink();
        processor.Process(bytes, new SourcePosition("t", 1), sink);

        AssertDeadLettered(sink, bytes, "invalid UTF-8");
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_dead_lettered_naming_the_limit()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 20)) + "1" + new string('}', 20);
        var line = "{\"type\":\"transcript\"," + Head + ",\"source\":\"chat\",\"text\":\"a\",\"x\":" + deep + "}";

        AssertDeadLettered(Run(line), Encoding.UTF8.GetBytes(line), "nested deeper than 16 levels");
    }

    [Fact]
    public void An_event_over_the_size_limit_is_dead_lettered_before_parsing()
    {
        var rules = DefaultRules();
        var small = new RuleSet { Version = rules.Version, Engine = rules.Engine, Redactor = rules.Redactor, Limits = new LimitsOptions { MaxEventBytes = 64 } };
        var line = "{\"type\":\"transcript\"," + Head + ",\"source\":\"chat\",\"text\":\"" + new string('a', 100) + "\"}";

        AssertDeadLettered(Run(line, small), Encoding.UTF8.GetBytes(line), "over the limit of 64");
    }

    [Fact]
    public void A_parse_error_keeps_the_identity_read_before_it_for_the_audit()
    {
        var sink = Run("{\"type\":\"transcript\"," + Head + ",\"source\":\"chat\",\"text\":7}");

        var audit = Assert.Single(sink.Audits);
        Assert.Equal("m1", audit.EventId);
        Assert.Equal("transcript", audit.Type);
        Assert.Equal("u1", audit.UserId);
    }

    private static void AssertDeadLettered(RecordingSink sink, byte[] raw, string expectedReason)
    {
        Assert.Empty(sink.Forwarded);
        Assert.Empty(sink.Quarantined);
        var dead = Assert.Single(sink.DeadLetters);
        Assert.Equal(raw, dead.Raw);
        Assert.StartsWith(AuditReasons.InvalidEventPrefix, dead.Reason, StringComparison.Ordinal);
        Assert.Contains(expectedReason, dead.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("4871", dead.Reason, StringComparison.Ordinal);
        var audit = Assert.Single(sink.Audits);
        Assert.Equal(AuditAction.DeadLetter, audit.Action);
        Assert.Equal([dead.Reason], audit.Reasons);
    }
}
