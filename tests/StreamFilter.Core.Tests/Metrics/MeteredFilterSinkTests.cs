using StreamFilter.Core.Metrics;
using StreamFilter.Core.Metrics.Prometheus;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Tests.Metrics;

public sealed class MeteredFilterSinkTests : IDisposable
{
    private readonly StreamFilterMetrics _metrics = new();
    private readonly MetricsCollector _collector;
    private readonly RecordingSink _inner = new();
    private readonly MeteredFilterSink _sink;

    public MeteredFilterSinkTests()
    {
        _collector = new MetricsCollector(_metrics.Meter);
        _sink = new MeteredFilterSink(_inner, _metrics);
    }

    [Fact]
    public void Counts_each_decision_from_its_audit_record_and_passes_it_on()
    {
        _sink.Audit(Audit("transcript", AuditAction.Redact, ["entities_redacted"], ["US_SSN", "EMAIL_ADDRESS"], SensitivityLevel.Sensitive, ["tax"]));
        _sink.Audit(Audit("transcript", AuditAction.Drop, ["policy_drop:medical", "classifier:medical:0.97"], [], SensitivityLevel.Sensitive, ["medical"]));
        _sink.Audit(Audit("mouse", AuditAction.Pass, [], [], SensitivityLevel.Ordinary, []));
        _sink.Audit(Audit("keystroke", AuditAction.DeadLetter, ["invalid_event: missing field 'key'"], [], SensitivityLevel.Ordinary, []));

        var text = _collector.Scrape();
        Assert.Equal(4, _inner.Audits);
        Assert.Contains("streamfilter_events_in_total{type=\"transcript\"} 2", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_events_out_total{type=\"transcript\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("streamfilter_events_out_total{type=\"mouse\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("entity_type=\"US_SSN\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("reason=\"policy_drop\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("reason=\"invalid_event\"} 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_text_never_becomes_a_label()
    {
        _sink.Audit(Audit("536-22-4871", AuditAction.DeadLetter, ["invalid_event: unknown event type 536-22-4871"], [], SensitivityLevel.Ordinary, []));

        var text = _collector.Scrape();
        Assert.DoesNotContain("536-22-4871", text, StringComparison.Ordinal);
        Assert.Contains("type=\"unknown\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("policy_quarantine:people_data", "policy_quarantine")]
    [InlineData("line too long: 2000000 bytes, over the limit of 1048576", "line_too_long")]
    [InlineData("consent_paused", "consent_paused")]
    [InlineData("something new", "other")]
    public void Reasons_are_reduced_to_fixed_codes(string reason, string code) => Assert.Equal(code, MeteredFilterSink.ReasonCode(reason));

    public void Dispose()
    {
        _collector.Dispose();
        _metrics.Dispose();
    }

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
