namespace StreamFilter.Core.Events;

/// <summary>
/// One parsed input event. Exactly one of the per-type parts is set, matching <see cref="Kind"/>.
/// Fields the contract does not define are not kept (see <see cref="EventParser"/>): they were never
/// scanned, so forwarding them would let anything through.
/// </summary>
/// <remarks>
/// Immutable to everyone outside Core. Inside it, a processor reuses keystroke events once decided
/// (<see cref="Pipeline.KeyEventPool"/>): the properties the pool refills have plain backing fields,
/// which <see cref="RefillKeystroke"/> sets.
/// </remarks>
public sealed record InputEvent
{
    private string _eventId = "";
    private string _userId = "";
    private string _timestampText = "";
    private DateTimeOffset _timestamp;
    private string? _app;
    private string? _windowTitle;
    private string? _url;
    private int _unknownFieldCount;

    public required EventKind Kind { get; init; }

    public required string EventId { get => _eventId; init => _eventId = value; }

    public required string UserId { get => _userId; init => _userId = value; }

    /// <summary>The <c>ts</c> value as sent, re-emitted unchanged so downstream joins keep working.</summary>
    public required string TimestampText { get => _timestampText; init => _timestampText = value; }

    public required DateTimeOffset Timestamp { get => _timestamp; init => _timestamp = value; }

    public string? App { get => _app; init => _app = value; }

    public string? WindowTitle { get => _windowTitle; init => _windowTitle = value; }

    public string? Url { get => _url; init => _url = value; }

    public KeystrokeData? Keystroke { get; init; }

    public TranscriptData? Transcript { get; init; }

    public ScreenOcrData? ScreenOcr { get; init; }

    public MouseData? Mouse { get; init; }

    public ConsentData? Consent { get; init; }

    /// <summary>How many fields outside the contract were dropped (reported in the audit, never forwarded).</summary>
    public int UnknownFieldCount { get => _unknownFieldCount; init => _unknownFieldCount = value; }

    public string TypeName => EventKindNames.Of(Kind);

    /// <summary>Sets every common field of a pooled keystroke event (its <see cref="Keystroke"/> part is refilled by its own pool owner).</summary>
    internal void RefillKeystroke(EventFieldBag bag, int unknownFieldCount)
    {
        _eventId = bag.EventId!;
        _userId = bag.UserId!;
        _timestampText = bag.Ts!;
        _timestamp = bag.Timestamp;
        _app = bag.App;
        _windowTitle = bag.WindowTitle;
        _url = bag.Url;
        _unknownFieldCount = unknownFieldCount;
    }
}
