namespace StreamFilter.Core.Events;

/// <summary>The fields of a <c>keystroke</c> event: one key, in order within a device session.</summary>
/// <remarks>Immutable outside Core; refilled inside it when its pooled <see cref="InputEvent"/> is reused.</remarks>
public sealed record KeystrokeData
{
    private string _deviceId = "";
    private string _sessionId = "";
    private long _seq;
    private string _key = "";
    private IReadOnlyList<string> _modifiers = [];
    private string? _field;

    public required string DeviceId { get => _deviceId; init => _deviceId = value; }

    public required string SessionId { get => _sessionId; init => _sessionId = value; }

    /// <summary>Increasing within a session; keeps its value when the key is masked.</summary>
    public required long Seq { get => _seq; init => _seq = value; }

    /// <summary>One character or a named key (<c>Backspace</c>, <c>Enter</c>, ...).</summary>
    public required string Key { get => _key; init => _key = value; }

    public IReadOnlyList<string> Modifiers { get => _modifiers; init => _modifiers = value; }

    /// <summary>The kind of input field (<c>text</c>, <c>password</c>, <c>search</c>, ...), when known.</summary>
    public string? Field { get => _field; init => _field = value; }

    /// <summary>Sets every field from the parser's bag (<paramref name="key"/> already validated).</summary>
    internal void Refill(EventFieldBag bag, string key)
    {
        _deviceId = bag.DeviceId!;
        _sessionId = bag.SessionId!;
        _seq = bag.Seq;
        _key = key;
        _modifiers = bag.Modifiers ?? (IReadOnlyList<string>)[];
        _field = bag.Field;
    }
}
