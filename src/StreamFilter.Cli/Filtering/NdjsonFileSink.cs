using System.Text.Json;
using StreamFilter.Core.DeadLetters;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Cli.Filtering;

/// <summary>
/// The embedded mode's sink: filtered events to the output NDJSON, one audit line per input event,
/// dead letters and quarantined events encrypted to their files. Owns nothing it was given.
/// </summary>
internal sealed class NdjsonFileSink(Stream output, Stream audit, DeadLetterFileWriter deadLetters, DeadLetterFileWriter quarantine) : IFilterSink, IDisposable
{
    private readonly Utf8JsonWriter _auditJson = new(audit, AuditRecordJson.WriterOptions);

    public FilterCounts Counts { get; } = new();

    public void Forward(string key, ReadOnlySpan<byte> filteredEventJson)
    {
        output.Write(filteredEventJson);
        output.WriteByte((byte)'\n');
    }

    public void Audit(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _auditJson.Reset(audit);
        AuditRecordJson.Write(_auditJson, record);
        _auditJson.Flush();
        audit.WriteByte((byte)'\n');
        Counts.Count(record.Action);
    }

    public void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position) =>
        deadLetters.Write(raw, DeadLetterKind.DeadLetter, reason, position);

    public void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position)
    {
        quarantine.Write(raw, DeadLetterKind.Quarantine, reason, position);
        Counts.Quarantined++;
    }

    public void Dispose() => _auditJson.Dispose();
}
