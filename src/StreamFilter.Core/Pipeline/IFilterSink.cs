namespace StreamFilter.Core.Pipeline;

/// <summary>
/// Where the filter's decisions go: the NDJSON files in embedded mode, a Kafka transaction in the
/// stage. For every input event the processor calls <see cref="Audit"/> exactly once, plus at most one
/// of <see cref="Forward"/>, <see cref="DeadLetter"/> or <see cref="Quarantine"/>.
/// Held keystrokes are decided later than they arrive, so calls for one input may come during a later
/// Process or Flush call; the order within a session is preserved.
/// </summary>
public interface IFilterSink
{
    /// <summary>A filtered event (UTF-8 JSON, one object, no newline) for training storage.</summary>
    void Forward(string key, ReadOnlySpan<byte> filteredEventJson);

    void Audit(AuditRecord record);

    /// <summary>
    /// False when the sink is done with each <see cref="AuditRecord"/> once <see cref="Audit"/> returns
    /// (it writes or copies what it needs): the processor then refills one record object for every
    /// event instead of allocating one. True (the default) for a sink that may keep records.
    /// </summary>
    bool KeepsAuditRecords => true;

    /// <summary>Input that could not be parsed or processed; <paramref name="raw"/> is encrypted by the sink's writer.</summary>
    void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position);

    /// <summary>An event kept out of training storage by policy but retained, encrypted, for review.</summary>
    void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position);
}
