namespace StreamFilter.Core.Events;

/// <summary>The fields of a <c>keystroke</c> event: one key, in order within a device session.</summary>
public sealed record KeystrokeData
{
    public required string DeviceId { get; init; }

    public required string SessionId { get; init; }

    /// <summary>Increasing within a session; keeps its value when the key is masked.</summary>
    public required long Seq { get; init; }

    /// <summary>One character or a named key (<c>Backspace</c>, <c>Enter</c>, ...).</summary>
    public required string Key { get; init; }

    public IReadOnlyList<string> Modifiers { get; init; } = [];

    /// <summary>The kind of input field (<c>text</c>, <c>password</c>, <c>search</c>, ...), when known.</summary>
    public string? Field { get; init; }
}
