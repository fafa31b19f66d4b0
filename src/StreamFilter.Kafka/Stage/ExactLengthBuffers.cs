using System.Text;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// Reusable byte arrays of exact lengths for keys and values handed to Confluent's Produce. Its
/// byte[] API sends a whole array (no offset or length), and librdkafka copies the bytes before
/// Produce returns (RD_KAFKA_MSG_F_COPY; the stage registers no delivery handler that could hold
/// them), so one array per length can be rewritten for every record: no per-record garbage for the
/// common sizes. Not thread-safe: one per sink, used on the stage thread.
/// </summary>
internal sealed class ExactLengthBuffers
{
    /// <summary>Records up to this size reuse arrays (a keystroke's output is a few hundred bytes); larger ones are allocated.</summary>
    private const int MaxPooledLength = 4096;

    private readonly byte[]?[] byLength = new byte[]?[MaxPooledLength + 1];

    /// <summary>An array holding exactly <paramref name="bytes"/>; valid until the next call for the same length.</summary>
    public byte[] Copy(ReadOnlySpan<byte> bytes)
    {
        var array = Rent(bytes.Length);
        bytes.CopyTo(array);
        return array;
    }

    /// <summary>An array holding exactly the UTF-8 of <paramref name="text"/>; valid until the next call for the same length.</summary>
    public byte[] Utf8(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var array = Rent(length);
        Encoding.UTF8.GetBytes(text, array);
        return array;
    }

    private byte[] Rent(int length) =>
        length > MaxPooledLength ? new byte[length] : byLength[length] ??= new byte[length];
}
