using System.Text;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Metrics;
using StreamFilter.Core.Pipeline;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>The processor reuses one audit record only for sinks that say they keep none.</summary>
public class AuditRecordReuseTests
{
    private static readonly string[] Keys = ["h", "i", "Enter"];

    [Fact]
    public void A_sink_that_keeps_records_gets_one_record_of_its_own_per_event()
    {
        var sink = new RecordingSink();
        Type(sink);

        Assert.Equal(["k0", "k1", "k2"], sink.Audits.Select(a => a.EventId));
        Assert.Equal(3, sink.Audits.Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [Fact]
    public void A_sink_that_keeps_none_sees_each_events_values_during_its_call()
    {
        var sink = new SnapshotSink();
        Type(sink);

        Assert.Equal(["k0:keystroke:pass", "k1:keystroke:pass", "k2:keystroke:pass"], sink.Seen);
        Assert.Single(sink.Instances);
    }

    [Fact]
    public void Kept_records_keep_their_own_reasons_entity_types_and_categories_while_later_events_differ()
    {
        var sink = new RecordingSink();
        using var processor = new EventProcessor(DefaultRules());
        string[] texts = ["my ssn is 536-22-4871", "my ssn is 536-22-4871 again", "write to dana.k@gmail.com", "nothing here", "my ssn is 536-22-4871"];
        for (var i = 0; i < texts.Length; i++)
        {
            var line = $$"""{"type":"transcript","event_id":"e{{i}}","user_id":"u1","ts":"2026-06-01T09:00:00Z","source":"chat","text":"{{texts[i]}}"}""";
            processor.Process(Encoding.UTF8.GetBytes(line), new SourcePosition("t", i), sink);
        }

        var seen = sink.Audits.Select(a => $"{string.Join("|", a.Reasons)};{string.Join("|", a.EntityTypes)};{string.Join("|", a.Categories)}").ToArray();
        Assert.Equal(seen[0], seen[1]);
        Assert.Equal(seen[0], seen[4]);
        Assert.Contains(EntityType.UsSsn, sink.Audits[0].EntityTypes);
        Assert.DoesNotContain(EntityType.UsSsn, sink.Audits[2].EntityTypes);
        Assert.NotEqual(seen[0], seen[2]);
        Assert.Empty(sink.Audits[3].EntityTypes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_metered_sink_keeps_records_exactly_when_its_inner_sink_does(bool keeps)
    {
        var metrics = new StreamFilterMetrics();
        IFilterSink metered = new MeteredFilterSink(keeps ? new RecordingSink() : new SnapshotSink(), metrics);

        Assert.Equal(keeps, metered.KeepsAuditRecords);
    }

    private static void Type(IFilterSink sink)
    {
        using var processor = new EventProcessor(DefaultRules());
        for (var i = 0; i < Keys.Length; i++)
        {
            var line = $$"""{"type":"keystroke","event_id":"k{{i}}","user_id":"u1","ts":"2026-06-01T09:00:0{{i}}Z","device_id":"d1","session_id":"s1","seq":{{i}},"key":"{{Keys[i]}}","field":"text"}""";
            processor.Process(Encoding.UTF8.GetBytes(line), new SourcePosition("t", i), sink);
        }
        processor.Complete(sink);
    }

    /// <summary>Reads what it needs from each record during the call, as the stage's sink does.</summary>
    private sealed class SnapshotSink : IFilterSink
    {
        public List<string> Seen { get; } = [];

        public HashSet<AuditRecord> Instances { get; } = new(ReferenceEqualityComparer.Instance);

        public bool KeepsAuditRecords => false;

        public void Forward(string key, ReadOnlySpan<byte> filteredEventJson)
        {
        }

        public void Audit(AuditRecord record)
        {
            Seen.Add($"{record.EventId}:{record.Type}:{AuditActionNames.Of(record.Action)}");
            Instances.Add(record);
        }

        public void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position) => throw new InvalidOperationException("no dead letter expected");

        public void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position) => throw new InvalidOperationException("no quarantine expected");
    }
}
