using System.Text.Json;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Core.DeadLetters;

/// <summary>
/// Appends encrypted envelopes as NDJSON lines to a stream (a dead-letter or quarantine file).
/// Not thread-safe. Owns the cipher, not the stream.
/// </summary>
public sealed class DeadLetterFileWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly DeadLetterCipher _cipher;
    private readonly Utf8JsonWriter _json;

    public DeadLetterFileWriter(Stream stream, ReadOnlySpan<byte> key)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _cipher = new DeadLetterCipher(key);
        _json = new Utf8JsonWriter(stream);
    }

    public long Count { get; private set; }

    public void Write(ReadOnlySpan<byte> raw, DeadLetterKind kind, string reason, SourcePosition position)
    {
        var envelope = _cipher.Seal(raw, kind, reason, position);
        _json.Reset(_stream);
        DeadLetterEnvelopeJson.Write(_json, envelope);
        _json.Flush();
        _stream.WriteByte((byte)'\n');
        Count++;
    }

    public void Dispose()
    {
        _json.Dispose();
        _cipher.Dispose();
    }
}
