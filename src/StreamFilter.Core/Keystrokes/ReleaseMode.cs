namespace StreamFilter.Core.Keystrokes;

/// <summary>Why a session is deciding held keys.</summary>
internal enum ReleaseMode : byte
{
    /// <summary>A key arrived: decide what can no longer become part of a value.</summary>
    Boundary,

    /// <summary>
    /// Idle timeout: decide everything except a partial value (<see cref="PartialValue"/>), which stays
    /// held until it is complete, its context arrives, or the holdback bound passes (then masked).
    /// </summary>
    Idle,

    /// <summary>
    /// Enter: the line is complete, so decide everything except a number that a context word on the
    /// next line may still turn into a value (a chain of seven or more digits, <see cref="PartialValue"/>).
    /// </summary>
    LineEnd,

    /// <summary>End of input: decide everything; a partial value still held is masked.</summary>
    End,

    /// <summary>Too many held keys: decide everything; still-undecidable keys are masked.</summary>
    Limit,

    /// <summary>The session is evicted: every undecided text key is masked without scanning.</summary>
    Evict,
}
