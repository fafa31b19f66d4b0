using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// A byte buffer that fixed-shape JSON writers fill with pre-encoded pieces: constant fragments
/// (<c>,"user_id":</c>), strings already escaped by a <see cref="JsonTextCache"/>, and numbers. A
/// <see cref="Utf8JsonWriter"/> call costs ~10 ns of state tracking each; here a piece costs a copy.
/// Every string is escaped exactly as the writers' <see cref="AuditRecordJson.WriterOptions"/> would
/// (proven by <c>FixedShapeJsonProperties</c>). Reused; not thread-safe.
/// </summary>
internal sealed class JsonFragments
{
    private const int MaxTranscodedLength = 1 << 20;

    private byte[] _bytes = new byte[1024];

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
        if (value.Length > JsonTextCache.MaxValueLength)
        {
            AppendUnique(value);
            return;
        }
        Append((byte)'"');
        Append(cache.Encoded(value).EncodedUtf8Bytes);
        Append((byte)'"');
    }

    /// <summary>
    /// A string seen once (an event id, a timestamp): transcoded straight into the buffer. Only a value
    /// that needs escaping (rare in ids and times) is escaped by the encoder itself, which allocates;
    /// invalid UTF-16 goes that way too, so it throws as the writer would.
    /// </summary>
    public void AppendUnique(ReadOnlySpan<char> value)
    {
        Append((byte)'"');
        // Each UTF-16 unit is at most 3 UTF-8 bytes; a huge value (never a key event's) skips the reservation.
        var free = value.Length <= MaxTranscodedLength ? Free(value.Length * 3) : [];
        if (!free.IsEmpty && Utf8.FromUtf16(value, free, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            && AuditRecordJson.WriterOptions.Encoder!.FindFirstCharacterToEncodeUtf8(free[..written]) < 0)
        {
            Length += written;
        }
        else
        {
            Append(JsonEncodedText.Encode(value, AuditRecordJson.WriterOptions.Encoder).EncodedUtf8Bytes);
        }
        Append((byte)'"');
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
