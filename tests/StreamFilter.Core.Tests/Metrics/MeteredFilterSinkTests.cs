using StreamFilter.Core.Metrics;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Tests.Metrics;

public sealed class MeteredFilterSinkTests
{
    private readonly StreamFilterMetrics _metrics = new();
    private readonly RecordingSink _inner = new();
    private readonly MeteredFilterSink _sink;

    public MeteredFilterSinkTests() => _sink = new MeteredFilterSink(_inner, _metrics);

    [Fact]
    public void Counts_each_decision_from_its_audit_record_and_passes_it_on()
    {
        _sink.Audit(Audit("transcript", AuditAction.Redact, ["entities_redacted"], ["US_SSN", "EMAIL_ADDRESS"], SensitivityLevel.Sensitive, ["tax"]));
        _sink.Audit(Audit("transcript", AuditAction.Drop, ["policy_drop:medical", "classifier:medical:0.97"], [], SensitivityLevel.Sensitive, ["medical"]));
        _sink.Audit(Audit("mouse", AuditAction.Pass, [], [], SensitivityLevel.Ordinary, []));
        _sink.Audit(Audit("keystroke", AuditAction.DeadLetter, ["invalid_event: missing field 'key'"], [], SensitivityLevel.Ordinary, []));

        var samples = Exposition.Samples(_metrics);
        Assert.Equal(4, _inner.Audits);
        Assert.Equal(2, samples["streamfilter_events_in_total{type=\"transcript\"}"]);
        Assert.Equal(1, samples["streamfilter_events_in_total{type=\"keystroke\"}"]);
        Assert.Equal(1, samples["streamfilter_events_out_total{type=\"transcript\"}"]);
        Assert.Equal(1, samples["streamfilter_events_out_total{type=\"mouse\"}"]);
        Assert.Equal(0, samples["streamfilter_events_out_total{type=\"keystroke\"}"]);
        Assert.Equal(1, samples["streamfilter_redactions_total{entity_type=\"US_SSN\"}"]);
        Assert.Equal(1, samples["streamfilter_redactions_total{entity_type=\"EMAIL_ADDRESS\"}"]);
        Assert.Equal(1, samples["streamfilter_events_dropped_total{reason=\"policy_drop\"}"]);
        Assert.Equal(1, samples["streamfilter_dead_letters_total{reason=\"invalid_event\"}"]);
        Assert.Equal(2, samples["streamfilter_event_levels_total{level=\"3\"}"]);
        Assert.Equal(1, samples["streamfilter_event_categories_total{category=\"medical\"}"]);
    }

    [Fact]
    public void Input_text_never_becomes_a_label()
    {
        _sink.Audit(Audit("536-22-4871", AuditAction.DeadLetter, ["invalid_event: unknown event type 536-22-4871"], [], SensitivityLevel.Ordinary, []));

        var text = Exposition.Text(_metrics);
        Assert.DoesNotContain("536-22-4871", text, StringComparison.Ordinal);
        Assert.Equal(1, Exposition.Samples(text)["streamfilter_events_in_total{type=\"unknown\"}"]);
    }

    [Fact]
    public void Every_event_type_and_reason_code_it_can_produce_is_in_the_fixed_label_sets()
    {
        foreach (var type in new[] { "keystroke", "transcript", "screen_ocr", "mouse", "consent", "clipboard", "" })
        {
            Assert.Contains(MeteredFilterSink.EventTypeTag(type), MetricLabels.EventTypes);
        }

        foreach (var code in MetricLabels.ReasonCodes)
        {
            Assert.Equal(code, MeteredFilterSink.ReasonCode(code == "line_too_long" ? "line too long: 9 bytes" : code + ": details"));
        }
    }

    [Theory]
    [InlineData("policy_quarantine:people_data", "policy_quarantine")]
    [InlineData("line too long: 2000000 bytes, over the limit of 1048576", "line_too_long")]
    [InlineData("consent_paused", "consent_paused")]
    [InlineData("something new", "other")]
    public void Reasons_are_reduced_to_fixed_codes(string reason, string code) => Assert.Equal(code, MeteredFilterSink.ReasonCode(reason));

    private static AuditRecord Audit(string type, AuditAction action, string[] reasons, string[] entities, SensitivityLevel level, string[] categories) => new()
    {
        EventId = "e1",
        Type = type,
        UserId = "u1",
        Action = action,
        Reasons = reasons,
        EntityTypes = entities,
        Level = level,
        Categories = categories,
        PolicyVersion = "test",
    };

    private sealed class RecordingSink : IFilterSink
    {
        public int Audits { get; private set; }

        public void Forward(string key, ReadOnlySpan<byte> filteredEventJson)
        {
        }

        public void Audit(AuditRecord record) => Audits++;

        public void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position)
        {
        }

        public void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position)
        {
        }
    }
}
