namespace StreamFilter.Core.Events;

/// <summary>
/// One parsed input event. Exactly one of the per-type parts is set, matching <see cref="Kind"/>.
/// Fields the contract does not define are not kept (see <see cref="EventParser"/>): they were never
/// scanned, so forwarding them would let anything through.
/// </summary>
public sealed record InputEvent
{
    public required EventKind Kind { get; init; }

    public required string EventId { get; init; }

    public required string UserId { get; init; }

    /// <summary>The <c>ts</c> value as sent, re-emitted unchanged so downstream joins keep working.</summary>
    public required string TimestampText { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    public string? App { get; init; }

    public string? WindowTitle { get; init; }

    public string? Url { get; init; }

    public KeystrokeData? Keystroke { get; init; }

    public TranscriptData? Transcript { get; init; }

    public ScreenOcrData? ScreenOcr { get; init; }

    public MouseData? Mouse { get; init; }

    public ConsentData? Consent { get; init; }

    /// <summary>How many fields outside the contract were dropped (reported in the audit, never forwarded).</summary>
    public int UnknownFieldCount { get; init; }

    public string TypeName => EventKindNames.Of(Kind);
}
