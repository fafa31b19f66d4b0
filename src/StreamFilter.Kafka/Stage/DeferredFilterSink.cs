using StreamFilter.Core.Pipeline;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// Keeps filter decisions made where no transaction is open (restoring state between batches) and
/// hands them, in order, to the next batch's sink, so they commit with that batch or not at all.
/// </summary>
internal sealed class DeferredFilterSink : IFilterSink
{
    private readonly List<Action<IFilterSink>> pending = [];

    public bool IsEmpty => pending.Count == 0;

    public void Forward(string key, ReadOnlySpan<byte> filteredEventJson)
    {
        var value = filteredEventJson.ToArray();
        pending.Add(sink => sink.Forward(key, value));
    }

    public void Audit(AuditRecord record) => pending.Add(sink => sink.Audit(record));

    public void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position)
    {
        var value = raw.ToArray();
        pending.Add(sink => sink.DeadLetter(value, reason, position));
    }

    public void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position)
    {
        var value = raw.ToArray();
        pending.Add(sink => sink.Quarantine(value, reason, position));
    }

    /// <summary>Replays every kept decision into <paramref name="sink"/> and forgets them.</summary>
    public void DrainInto(IFilterSink sink)
    {
        foreach (var decision in pending)
        {
            decision(sink);
        }
        pending.Clear();
    }
}
