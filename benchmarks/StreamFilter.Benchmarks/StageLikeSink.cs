using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Benchmarks;

/// <summary>
/// Does with each decision what the Kafka stage's sink does before handing it to librdkafka: copies
/// the filtered JSON, writes the audit record with <see cref="AuditRecordJson"/> and a
/// <see cref="JsonTextCache"/> of its own, and copies that too. So a benchmark through it measures
/// Core's whole share of a keystroke event in the stage. Optionally hashes every byte it emits, so two
/// builds can be shown to write the same output for the same input.
/// </summary>
internal sealed class StageLikeSink : IFilterSink, IDisposable
{
    private readonly ArrayBufferWriter<byte> _audit = new(1024);
    private readonly Utf8JsonWriter _json;
    private readonly JsonTextCache _auditText = new();
    private readonly byte[] _copy = new byte[64 * 1024];
    private readonly IncrementalHash? _hash;

    /// <param name="hashed">Hash every output and audit byte (SHA-256); off when only the cost is measured.</param>
    /// <param name="keepsAuditRecords">
    /// What the sink tells the processor (<see cref="IFilterSink.KeepsAuditRecords"/>): false, like a stage
    /// sink that declares it writes each record during the call; true, like one that does not say.
    /// </param>
    public StageLikeSink(bool hashed, bool keepsAuditRecords = false)
    {
        KeepsAuditRecords = keepsAuditRecords;
        _json = new Utf8JsonWriter(_audit, AuditRecordJson.WriterOptions);
        _hash = hashed ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
    }

    public long Forwarded { get; private set; }

    public long Audited { get; private set; }

    public long DeadLettered { get; private set; }

    public bool KeepsAuditRecords { get; }

    public void Forward(string key, ReadOnlySpan<byte> filteredEventJson)
    {
        Forwarded++;
        Emit("o"u8, filteredEventJson);
    }

    public void Audit(AuditRecord record)
    {
        Audited++;
        _audit.ResetWrittenCount();
        _json.Reset(_audit);
        AuditRecordJson.Write(_json, record, _auditText);
        _json.Flush();
        Emit("a"u8, _audit.WrittenSpan);
    }

    public void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position)
    {
        DeadLettered++;
        Emit("d"u8, raw);
    }

    public void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position)
    {
        DeadLettered++;
        Emit("q"u8, raw);
    }

    /// <summary>SHA-256 over every record emitted, each tagged with its kind and ended by a newline.</summary>
    public string HashHex() => Convert.ToHexString(_hash?.GetCurrentHash() ?? throw new InvalidOperationException("not hashed"));

    public void Dispose()
    {
        _json.Dispose();
        _hash?.Dispose();
    }

    /// <summary>The stage copies every value into an array librdkafka then copies again: one copy here.</summary>
    private void Emit(ReadOnlySpan<byte> kind, ReadOnlySpan<byte> value)
    {
        value.CopyTo(_copy);
        if (_hash is { } hash)
        {
            hash.AppendData(kind);
            hash.AppendData(value);
            hash.AppendData("\n"u8);
        }
    }
}
