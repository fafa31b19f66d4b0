using System.Text;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Kafka.Tests.Support;

/// <summary>What the processor decides when run directly, for comparison with what came through Kafka.</summary>
internal sealed class CollectingSink : IFilterSink
{
    public List<string> Forwarded { get; } = [];

    public List<AuditRecord> Audits { get; } = [];

    public int DeadLetters { get; private set; }

    public int Quarantined { get; private set; }

    public void Forward(string key, ReadOnlySpan<byte> filteredEventJson) => Forwarded.Add(Encoding.UTF8.GetString(filteredEventJson));

    public void Audit(AuditRecord record) => Audits.Add(record);

    public void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position) => DeadLetters++;

    public void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position) => Quarantined++;
}
