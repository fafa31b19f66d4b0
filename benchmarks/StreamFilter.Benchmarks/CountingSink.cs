using StreamFilter.Core.Pipeline;

namespace StreamFilter.Benchmarks;

/// <summary>A sink that only counts, so a benchmark measures the engine and not file I/O.</summary>
internal sealed class CountingSink : IFilterSink
{
    public long Forwarded;
    public long ForwardedBytes;
    public long Audited;
    public long DeadLettered;

    public void Forward(string key, ReadOnlySpan<byte> filteredEventJson)
    {
        Forwarded++;
        ForwardedBytes += filteredEventJson.Length;
    }

    public void Audit(AuditRecord record) => Audited++;

    public void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position) => DeadLettered++;

    public void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position) => DeadLettered++;
}
