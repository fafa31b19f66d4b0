namespace StreamFilter.Core.Keystrokes;

/// <summary>Why a session is deciding held keys.</summary>
internal enum ReleaseMode : byte
{
    /// <summary>A key arrived: decide what can no longer become part of a value.</summary>
    Boundary,

    /// <summary>Idle timeout or end of input: decide everything, keep the text as context.</summary>
    Flush,

    /// <summary>Enter, focus change, shortcut: decide everything and start a new segment.</summary>
    SegmentEnd,

    /// <summary>Too many held keys: decide everything; still-undecidable keys are masked.</summary>
    Limit,

    /// <summary>The session is evicted: every undecided text key is masked without scanning.</summary>
    Evict,
}
