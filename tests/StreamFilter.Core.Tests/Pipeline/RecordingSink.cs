using System.Text;
using System.Text.Json;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>Keeps every sink call in order, for assertions.</summary>
internal sealed class RecordingSink : IFilterSink
{
    public List<(string Key, string Json)> Forwarded { get; } = [];

    public List<AuditRecord> Audits { get; } = [];

    public List<(byte[] Raw, string Reason, SourcePosition Position)> DeadLetters { get; } = [];

    public List<(byte[] Raw, string Reason, SourcePosition Position)> Quarantined { get; } = [];

    public int OutcomeCalls => Forwarded.Count + DeadLetters.Count + Quarantined.Count;

    public void Forward(string key, ReadOnlySpan<byte> filteredEventJson) => Forwarded.Add((key, Encoding.UTF8.GetString(filteredEventJson)));

    public void Audit(AuditRecord record) => Audits.Add(record);

    public void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position) => DeadLetters.Add((raw.ToArray(), reason, position));

    public void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position) => Quarantined.Add((raw.ToArray(), reason, position));

    public JsonElement SingleForwarded()
    {
        Assert.Single(Forwarded);
        return JsonDocument.Parse(Forwarded[0].Json).RootElement;
    }
}
