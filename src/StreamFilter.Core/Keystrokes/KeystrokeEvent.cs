using StreamFilter.Core.Pipeline;

namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// What the keystroke stage needs to know about one key event. <see cref="Payload"/> is opaque to the
/// stage: the caller stores whatever it needs to emit the event once decided (e.g. the raw JSON), and
/// it travels with the held key through snapshots, so a restored session can still emit it.
/// </summary>
/// <remarks>
/// Immutable outside Core. The processor reuses its own key events once decided (<see cref="KeyEventPool"/>),
/// so the properties have plain backing fields that <see cref="Refill"/> and <see cref="Clear"/> set;
/// the stage never keeps an event after handing out its decision.
/// </remarks>
public sealed record KeystrokeEvent
{
    private string _eventId = "";
    private string _userId = "";
    private SessionKey _session;
    private long _seq;
    private DateTimeOffset _timestamp;
    private string _key = "";
    private bool _shortcut;
    private bool _shift;
    private string? _field;
    private string? _app;
    private string? _windowTitle;
    private byte[]? _payload;
    private SourcePosition _position;
    private object? _attachment;
    private bool _payloadRented;
    private int _payloadLength;

    public required string EventId { get => _eventId; init => _eventId = value; }

    public required string UserId { get => _userId; init => _userId = value; }

    public required SessionKey Session { get => _session; init => _session = value; }

    public long Seq { get => _seq; init => _seq = value; }

    public DateTimeOffset Timestamp { get => _timestamp; init => _timestamp = value; }

    /// <summary>One character, or a named key (<c>Backspace</c>, <c>Enter</c>, ...).</summary>
    public required string Key { get => _key; init => _key = value; }

    /// <summary>True when Ctrl, Alt or Meta was held: a shortcut, not text.</summary>
    public bool Shortcut { get => _shortcut; init => _shortcut = value; }

    /// <summary>True when Shift was held: a collector reporting physical keys ("p" + Shift) typed "P".</summary>
    public bool Shift { get => _shift; init => _shift = value; }

    public string? Field { get => _field; init => _field = value; }

    public string? App { get => _app; init => _app = value; }

    public string? WindowTitle { get => _windowTitle; init => _windowTitle = value; }

    public byte[]? Payload { get => _payload; init => _payload = value; }

    /// <summary>Where the event came from, for its audit record once decided.</summary>
    public SourcePosition Position { get => _position; init => _position = value; }

    /// <summary>
    /// In-memory only (not in snapshots): the caller's already-parsed form of <see cref="Payload"/>,
    /// so deciding a key does not parse it again. After a restore it is null and the payload is used.
    /// </summary>
    public object? Attachment { get => _attachment; init => _attachment = value; }

    /// <summary>The payload is a copy from the processor's pool (not an array the caller handed over): it goes back with the event.</summary>
    internal bool PayloadRented => _payloadRented;

    /// <summary>The payload's length, kept here so returning a decided key to the pool does not touch its (cold) payload array.</summary>
    internal int PayloadLength => _payloadLength;

    /// <summary>An event with empty required members, for <see cref="Refill"/> to fill.</summary>
    internal static KeystrokeEvent Blank() => new() { EventId = "", UserId = "", Session = default, Key = "" };

    /// <summary>Sets every property from a parsed key event, as the processor's router would construct it.</summary>
    internal void Refill(Events.InputEvent evt, byte[] payload, bool payloadRented, SourcePosition position)
    {
        var key = evt.Keystroke!;
        _eventId = evt.EventId;
        _userId = evt.UserId;
        _session = new SessionKey(key.DeviceId, key.SessionId);
        _seq = key.Seq;
        _timestamp = evt.Timestamp;
        _key = key.Key;
        var modifiers = KeyModifiers.Read(key.Modifiers);
        _shortcut = (modifiers & KeyModifiers.Flags.Shortcut) != 0;
        _shift = (modifiers & KeyModifiers.Flags.Shift) != 0;
        _field = key.Field;
        _app = evt.App;
        _windowTitle = evt.WindowTitle;
        _payload = payload;
        _payloadRented = payloadRented;
        _payloadLength = payload.Length;
        _position = position;
        _attachment = evt;
    }

    /// <summary>Drops the references a decided event held (its payload above all), so a pooled event keeps nothing alive.</summary>
    internal void Clear()
    {
        _payload = null;
        _payloadRented = false;
        _payloadLength = 0;
        _attachment = null;
    }
}
