namespace StreamFilter.Core.Rules;

/// <summary>How typed text is rebuilt, held back and redacted key by key.</summary>
public sealed record KeystrokeOptions
{
    /// <summary>What replaces a key that formed part of a sensitive value.</summary>
    public string MaskKey { get; init; } = "*";

    /// <summary>Drop sensitive keys instead of forwarding them masked.</summary>
    public bool DropSensitiveKeys { get; init; }

    /// <summary>Held keys are released after this much event time without typing.</summary>
    public TimeSpan IdleFlush { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The longest a key that could still be part of a value (a partial SSN, a number awaiting its
    /// context word) is held across idle flushes; past it the key is masked, never forwarded raw.
    /// </summary>
    public TimeSpan MaxHoldback { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Most sessions held at once; the least recently used is evicted (fail closed).</summary>
    public int MaxSessions { get; init; } = 100_000;

    /// <summary>Most keys held per session before the oldest are decided.</summary>
    public int MaxKeysPerSession { get; init; } = 256;
}
