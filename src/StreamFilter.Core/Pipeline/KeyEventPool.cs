using StreamFilter.Core.Events;
using StreamFilter.Core.Keystrokes;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// A processor's keystroke events, reused once decided: parsing a key and holding it back allocated an
/// <see cref="InputEvent"/>, its <see cref="KeystrokeData"/> and a <see cref="KeystrokeEvent"/> (~340 B),
/// and since held keys outlive a gen0 collection, the GC copied them too. An event comes back only
/// after its decision was emitted and nothing refers to it any more (see <see cref="KeystrokeRouter"/>);
/// one that never comes back (a sink that threw, a session handed to another instance) is simply
/// collected. Grows to the most keys held at once, which the keystroke options bound. Not thread-safe.
/// </summary>
internal sealed class KeyEventPool
{
    private readonly Stack<InputEvent> _inputs = new();
    private readonly Stack<KeystrokeEvent> _keys = new();

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

    public KeystrokeEvent RentKey() => _keys.TryPop(out var e) ? e : new KeystrokeEvent { EventId = "", UserId = "", Session = default, Key = "" };

    /// <summary>A parsed key event that is done with (decided, or judged without being held).</summary>
    public void Return(InputEvent evt) => _inputs.Push(evt);

    /// <summary>A held key decided and emitted, with the parsed event it carried.</summary>
    public void Return(KeystrokeEvent e, InputEvent evt)
    {
        e.Clear();
        _keys.Push(e);
        _inputs.Push(evt);
    }
}
