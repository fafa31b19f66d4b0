namespace StreamFilter.Core.Events;

/// <summary>The event types of the contract (../shared/events.md), by their <c>type</c> value.</summary>
public enum EventKind
{
    Keystroke,
    Transcript,
    ScreenOcr,
    Mouse,
    Consent,
}
