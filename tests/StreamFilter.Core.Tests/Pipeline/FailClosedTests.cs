using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Detectors;
using StreamFilter.Core.Events;
using StreamFilter.Core.Pipeline;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

public class FailClosedTests
{
    private const string Line = """{"type":"transcript","event_id":"e1","user_id":"u1","ts":"2026-06-01T09:00:00Z","source":"prompt","text":"my social is 536-22-4871"}""";

    private sealed class ThrowingDetector : Detector
    {
        public override string Id => "throws";

        public override IReadOnlyList<string> EntityTypes { get; } = ["BROKEN"];

        public override void Scan(ReadOnlySpan<char> text, FindingList findings) => throw new IndexOutOfRangeException("536-22-4871");
    }

    private sealed class ThrowingAssessor : ISensitivityAssessor
    {
        public void Assess(InputEvent evt, SensitivityAssessment assessment) => throw new InvalidOperationException(evt.Transcript!.Text);
    }

    [Fact]
    public void A_detector_that_throws_dead_letters_the_event_without_its_message()
    {
        var sink = Run(Line, RulesWith(new UsSsnDetector(), new ThrowingDetector()));

        Assert.Empty(sink.Forwarded);
        var dead = Assert.Single(sink.DeadLetters);
        Assert.Equal("processing_failed: IndexOutOfRangeException", dead.Reason);
        Assert.Equal(Line, System.Text.Encoding.UTF8.GetString(dead.Raw));
        var audit = Assert.Single(sink.Audits);
        Assert.Equal(AuditAction.DeadLetter, audit.Action);
        Assert.Equal("e1", audit.EventId);
        Assert.DoesNotContain(audit.Reasons, r => r.Contains("4871", StringComparison.Ordinal));
    }

    [Fact]
    public void An_assessor_that_throws_dead_letters_the_event()
    {
        var sink = Run(Line, assessor: new ThrowingAssessor());

        Assert.Empty(sink.Forwarded);
        Assert.Equal("processing_failed: InvalidOperationException", Assert.Single(sink.DeadLetters).Reason);
        Assert.Single(sink.Audits);
    }

    [Fact]
    public void The_processor_keeps_working_after_a_failed_event()
    {
        using var processor = new EventProcessor(RulesWith(new ThrowingDetector()));
        var sink = new RecordingSink();
        var position = new SourcePosition("x", 1);
        processor.Process("""{"type":"consent","event_id":"c1","user_id":"u1","ts":"2026-06-01T09:00:00Z","action":"resume"}"""u8, position, sink);
        processor.Process(System.Text.Encoding.UTF8.GetBytes(Line), position, sink);
        processor.Process("""{"type":"consent","event_id":"c2","user_id":"u1","ts":"2026-06-01T09:00:00Z","action":"opt_in"}"""u8, position, sink);

        Assert.Equal(["c1", "e1", "c2"], sink.Audits.Select(a => a.EventId));
        Assert.Single(sink.DeadLetters);
    }
}
