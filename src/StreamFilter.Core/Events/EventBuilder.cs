using System.Collections.Frozen;
using System.Numerics;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Core.Events;

/// <summary>
/// Judges the collected fields against the event's type (required fields present, right JSON types,
/// enumerated values known) and builds the <see cref="InputEvent"/>. Fields that belong to another
/// type are counted as unknown and dropped.
/// </summary>
internal static class EventBuilder
{
    private const EventField RequiredCommon = EventField.Type | EventField.EventId | EventField.UserId | EventField.Ts;

    /// <summary>
    /// The contract's named keys (DOM key values, and <c>Return</c>, which collectors send for Enter);
    /// anything else must be a single character. Case-sensitive, as DOM key values are.
    /// </summary>
    private static readonly FrozenSet<string> NamedKeys = new[]
    {
        "Backspace", "Delete", "Enter", "Return", "Tab", "Space", "Insert",
        "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown",
        "Escape", "Shift", "Control", "Alt", "Meta", "CapsLock", "NumLock", "ContextMenu",
        "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12",
        "F13", "F14", "F15", "F16", "F17", "F18", "F19", "F20", "F21", "F22", "F23", "F24",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MouseActions = new[] { "click", "move", "scroll" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ConsentActions = new[] { "pause", "resume", "opt_out", "opt_in" }.ToFrozenSet(StringComparer.Ordinal);

    /// <param name="pool">Where a processor keeps decided keystroke events for reuse; null builds new ones.</param>
    public static InputEvent Build(EventFieldBag bag, KeyEventPool? pool = null)
    {
        if (bag.UnknownType)
        {
            throw new InvalidEventException("unknown event type");
        }
        if ((bag.WrongType & EventField.Type) != 0)
        {
            throw new InvalidEventException("field 'type' must be a string");
        }
        if (bag.Kind is not { } kind)
        {
            throw new InvalidEventException("missing field 'type'");
        }
        var (own, required) = FieldsOf(kind);
        var allowed = EventField.Common | own;
        var wrong = bag.WrongType & allowed;
        if (wrong != 0)
        {
            throw new InvalidEventException($"field '{EventFieldNames.Of(Lowest(wrong))}' has the wrong type or an invalid value");
        }
        var missing = (RequiredCommon | required) & ~bag.Seen;
        if (missing != 0)
        {
            throw new InvalidEventException($"missing field '{EventFieldNames.Of(Lowest(missing))}'");
        }
        if (bag.EventId!.Length == 0 || bag.UserId!.Length == 0)
        {
            throw new InvalidEventException(bag.EventId.Length == 0 ? "field 'event_id' is empty" : "field 'user_id' is empty");
        }
        var foreign = (bag.Seen | bag.WrongType) & ~allowed;
        var unknown = bag.UnknownFields + BitOperations.PopCount((uint)foreign);
        if (kind == EventKind.Keystroke && pool is not null)
        {
            var key = CheckedKey(bag);
            var reused = pool.RentInput();
            reused.RefillKeystroke(bag, unknown);
            reused.Keystroke!.Refill(bag, key);
            return reused;
        }
        return new InputEvent
        {
            Kind = kind,
            EventId = bag.EventId,
            UserId = bag.UserId,
            TimestampText = bag.Ts!,
            Timestamp = bag.Timestamp,
            App = bag.App,
            WindowTitle = bag.WindowTitle,
            Url = bag.Url,
            UnknownFieldCount = unknown,
            Keystroke = kind == EventKind.Keystroke ? Keystroke(bag) : null,
            Transcript = kind == EventKind.Transcript ? new TranscriptData { Source = bag.Source!, Text = bag.Text! } : null,
            ScreenOcr = kind == EventKind.ScreenOcr
                ? new ScreenOcrData { FrameId = bag.FrameId!, Width = bag.Width, Height = bag.Height, Blocks = bag.Blocks! }
                : null,
            Mouse = kind == EventKind.Mouse ? Mouse(bag) : null,
            Consent = kind == EventKind.Consent ? Consent(bag) : null,
        };
    }

    private static (EventField Own, EventField Required) FieldsOf(EventKind kind) => kind switch
    {
        EventKind.Keystroke => (EventField.KeystrokeFields, EventField.DeviceId | EventField.SessionId | EventField.Seq | EventField.Key),
        EventKind.Transcript => (EventField.TranscriptFields, EventField.Source | EventField.Text),
        EventKind.ScreenOcr => (EventField.ScreenOcrFields, EventField.FrameId | EventField.Width | EventField.Height | EventField.Blocks),
        EventKind.Mouse => (EventField.MouseFields, EventField.Action | EventField.X | EventField.Y),
        _ => (EventField.ConsentFields, EventField.Action),
    };

    private static EventField Lowest(EventField fields) => (EventField)((int)fields & -(int)fields);

    private static KeystrokeData Keystroke(EventFieldBag bag) => new()
    {
        DeviceId = bag.DeviceId!,
        SessionId = bag.SessionId!,
        Seq = bag.Seq,
        Key = CheckedKey(bag),
        Modifiers = bag.Modifiers ?? [],
        Field = bag.Field,
    };

    private static string CheckedKey(EventFieldBag bag)
    {
        var key = bag.Key!;
        if (key.Length == 1 ? !char.IsSurrogate(key[0]) : (key.Length == 2 && char.IsSurrogatePair(key[0], key[1])) || NamedKeys.Contains(key))
        {
            return key;
        }
        // A multi-character "key" could be pasted text that was never meant to be one key: never
        // rebuilt, never forwarded. The message names the problem, never the value.
        throw new InvalidEventException(key.Length switch
        {
            0 => "field 'key' is empty",
            1 => "field 'key' is a lone UTF-16 surrogate, not a character",
            _ => $"field 'key' is {key.Length} characters long and not one of the contract's named keys (Backspace, Enter, Tab, F1-F24, ...)",
        });
    }

    private static MouseData Mouse(EventFieldBag bag) => MouseActions.Contains(bag.Action!)
        ? new MouseData { Action = bag.Action!, X = bag.X, Y = bag.Y, Button = bag.Button, Target = bag.Target }
        : throw new InvalidEventException("field 'action' is not a mouse action (click, move, scroll)");

    private static ConsentData Consent(EventFieldBag bag) => ConsentActions.Contains(bag.Action!)
        ? new ConsentData { Action = bag.Action!, Minutes = bag.Minutes }
        : throw new InvalidEventException("field 'action' is not a consent action (pause, resume, opt_out, opt_in)");
}
