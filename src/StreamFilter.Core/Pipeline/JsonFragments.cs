using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// A byte buffer that fixed-shape JSON writers fill with pre-encoded pieces: constant fragments
/// (<c>,"user_id":</c>), strings already escaped by a <see cref="JsonTextCache"/>, and numbers. A
/// <see cref="Utf8JsonWriter"/> call tracks state and checks the value for escaping; here a piece costs a copy.
/// Every string is escaped exactly as the writers' <see cref="AuditRecordJson.WriterOptions"/> would
/// (proven by <c>FixedShapeJsonProperties</c>). Reused; not thread-safe.
/// </summary>
internal sealed class JsonFragments
{
    private const int MaxTranscodedLength = 1 << 20;

    private byte[] _bytes = new byte[1024];

    /// <summary>The general writer, for the few values the fragments do not encode themselves.</summary>
    private readonly ArrayBufferWriter<byte> _scratch = new(256);
    private readonly Utf8JsonWriter _writer;

    public JsonFragments() => _writer = new Utf8JsonWriter(_scratch, AuditRecordJson.WriterOptions);

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(ReadOnlySpan<byte> fragment)
    {
        fragment.CopyTo(Free(fragment.Length));
        Length += fragment.Length;
    }

    public void Append(byte b)
    {
        Free(1)[0] = b;
        Length++;
    }

    /// <summary>A string that repeats from record to record: its escaped form comes from <paramref name="cache"/>.</summary>
    public void AppendString(string value, JsonTextCache cache)
    {
        if (!cache.TryEncoded(value, out var encoded))
        {
            AppendUnique(value);
            return;
        }
        var bytes = encoded.EncodedUtf8Bytes;
        var free = Free(bytes.Length + 2);
        free[0] = (byte)'"';
        bytes.CopyTo(free[1..]);
        free[bytes.Length + 1] = (byte)'"';
        Length += bytes.Length + 2;
    }

    /// <summary>
    /// A string seen once (an event id, a timestamp): transcoded straight into the buffer. A value that
    /// needs escaping (rare in ids and times), or is not valid UTF-16, is written by a
    /// <see cref="Utf8JsonWriter"/> itself, so it comes out exactly as the general path writes it.
    /// </summary>
    public void AppendUnique(ReadOnlySpan<char> value)
    {
        // Each UTF-16 unit is at most 3 UTF-8 bytes, plus the quotes; a huge value (never a key event's) goes to the writer.
        if (value.Length <= MaxTranscodedLength)
        {
            var free = Free(value.Length * 3 + 2);
            if (Utf8.FromUtf16(value, free[1..], out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
                && AuditRecordJson.WriterOptions.Encoder!.FindFirstCharacterToEncodeUtf8(free.Slice(1, written)) < 0)
            {
                free[0] = (byte)'"';
                free[written + 1] = (byte)'"';
                Length += written + 2;
                return;
            }
        }
        _scratch.ResetWrittenCount();
        _writer.Reset(_scratch);
        _writer.WriteStringValue(value);
        _writer.Flush();
        Append(_scratch.WrittenSpan);
    }

    /// <summary>Formatted like <see cref="Utf8JsonWriter.WriteNumberValue(long)"/> (the same formatter, default format).</summary>
    public void AppendNumber(long value)
    {
        Utf8Formatter.TryFormat(value, Free(20), out var written);
        Length += written;
    }

    /// <summary>At least <paramref name="size"/> free bytes after <see cref="Length"/>.</summary>
    private Span<byte> Free(int size)
    {
        if (_bytes.Length - Length < size)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + size));
        }
        return _bytes.AsSpan(Length);
    }
}
