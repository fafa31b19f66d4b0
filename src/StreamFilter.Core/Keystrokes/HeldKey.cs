namespace StreamFilter.Core.Keystrokes;

/// <summary>A key event waiting in its session's queue until it and every earlier key are decided.</summary>
internal struct HeldKey
{
    public KeystrokeEvent Event;

    /// <summary>Session-local, consecutive: the queue index is <c>Id - head id</c>.</summary>
    public long Id;

    public bool Password;

    /// <summary>The key's fate is known; it leaves the queue as soon as every earlier key has.</summary>
    public bool Ready;

    /// <summary>The value this key was part of, if any.</summary>
    public string? Entity;

    /// <summary>Set when the key had to be decided before its value was known (eviction, limit).</summary>
    public string? ForcedReason;
}
