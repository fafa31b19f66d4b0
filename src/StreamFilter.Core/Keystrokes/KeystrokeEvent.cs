using StreamFilter.Core.Pipeline;

namespace StreamFilter.Core.Keystrokes;

/// <summary>
/// What the keystroke stage needs to know about one key event. <see cref="Payload"/> is opaque to the
/// stage: the caller stores whatever it needs to emit the event once decided (e.g. the raw JSON), and
/// it travels with the held key through snapshots, so a restored session can still emit it.
/// </summary>
public sealed record KeystrokeEvent
{
    public required string EventId { get; init; }

    public required string UserId { get; init; }

    public required SessionKey Session { get; init; }

    public long Seq { get; init; }

    public DateTimeOffset Timestamp { get; init; }

    /// <summary>One character, or a named key (<c>Backspace</c>, <c>Enter</c>, ...).</summary>
    public required string Key { get; init; }

    /// <summary>True when Ctrl, Alt or Meta was held: a shortcut, not text.</summary>
    public bool Shortcut { get; init; }

    public string? Field { get; init; }

    public string? App { get; init; }

    public string? WindowTitle { get; init; }

    public byte[]? Payload { get; init; }

    /// <summary>Where the event came from, for its audit record once decided.</summary>
    public SourcePosition Position { get; init; }

    /// <summary>
    /// In-memory only (not in snapshots): the caller's already-parsed form of <see cref="Payload"/>,
    /// so deciding a key does not parse it again. After a restore it is null and the payload is used.
    /// </summary>
    public object? Attachment { get; init; }
}
