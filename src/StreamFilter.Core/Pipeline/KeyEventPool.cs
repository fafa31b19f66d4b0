using StreamFilter.Core.Events;
using StreamFilter.Core.Keystrokes;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// A processor's keystroke events, reused once decided: parsing a key and holding it back allocated an
/// <see cref="InputEvent"/>, its <see cref="KeystrokeData"/> and a <see cref="KeystrokeEvent"/> (~340 B),
/// plus the copy of the raw event the held key keeps when the caller's bytes are only lent (the Kafka
/// stage's native records, ~250 B), and since held keys outlive a gen0 collection, the GC copied them
/// too. Payload copies are kept by exact length (what a payload array must have), and only those the
/// pool made: an array a caller handed over stays the caller's. An event comes back only
/// after its decision was emitted and nothing refers to it any more (see <see cref="KeystrokeRouter"/>);
/// one that never comes back (a sink that threw, a session handed to another instance) is simply
/// collected. Grows to the most keys held at once, which the keystroke options bound. Not thread-safe.
/// </summary>
internal sealed class KeyEventPool
{
    /// <summary>Longer payloads (a key typed under a very long title or URL) are copied into new arrays and left to the GC.</summary>
    private const int MaxPooledPayload = 4096;

    /// <summary>Bounds each length's stack: a burst of one length cannot pin memory for long.</summary>
    private const int MaxPayloadsPerLength = 4096;

    private readonly Stack<InputEvent> _inputs = new();
    private readonly Stack<KeystrokeEvent> _keys = new();
    private readonly Dictionary<int, Stack<FreePayload>> _payloads = [];

    /// <summary>A copy of <paramref name="raw"/> for a held key to keep as its payload.</summary>
    public byte[] RentPayload(ReadOnlySpan<byte> raw)
    {
        var copy = _payloads.TryGetValue(raw.Length, out var free) && free.TryPop(out var reused) ? reused.Bytes : new byte[raw.Length];
        raw.CopyTo(copy);
        return copy;
    }

    /// <summary>A keystroke event to refill; its <see cref="InputEvent.Keystroke"/> part comes with it.</summary>
    public InputEvent RentInput() => _inputs.TryPop(out var evt) ? evt : new InputEvent
    {
        Kind = EventKind.Keystroke,
        EventId = "",
        UserId = "",
        TimestampText = "",
        Timestamp = default,
        Keystroke = new KeystrokeData { DeviceId = "", SessionId = "", Seq = 0, Key = "" },
    };

    public KeystrokeEvent RentKey() => _keys.TryPop(out var e) ? e : KeystrokeEvent.Blank();

    /// <summary>A parsed key event that is done with (decided, or judged without being held).</summary>
    public void Return(InputEvent evt) => _inputs.Push(evt);

    /// <summary>A held key decided and emitted, with the parsed event it carried.</summary>
    public void Return(KeystrokeEvent e, InputEvent evt)
    {
        if (e.PayloadRented && e.PayloadLength <= MaxPooledPayload && e.Payload is { } payload)
        {
            if (!_payloads.TryGetValue(e.PayloadLength, out var free))
            {
                free = new Stack<FreePayload>();
                _payloads.Add(e.PayloadLength, free);
            }
            if (free.Count < MaxPayloadsPerLength)
            {
                free.Push(new FreePayload(payload));
            }
        }
        e.Clear();
        _keys.Push(e);
        _inputs.Push(evt);
    }

    /// <summary>
    /// A free payload array, wrapped: pushing a bare array into the stack's array costs a covariance
    /// check that reads the array's type, and the payload of a key decided long after it arrived is
    /// out of the CPU cache by then. A struct element is stored without looking at the array.
    /// </summary>
    private readonly record struct FreePayload(byte[] Bytes);
}
