using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace StreamFilter.Core.Events;

/// <summary>
/// Reads the shape nearly every keystroke event has, a flat object of unescaped strings and one
/// integer with no whitespace (<c>{"type":"keystroke","event_id":"k1",...,"seq":4,"key":"a"}</c>),
/// in one forward pass: <see cref="Utf8JsonReader"/> alone cost ~270 ns per key event. Anything else
/// (whitespace, escapes, nulls, other fields or value types, a duplicate, trailing bytes) is declined,
/// and the caller reads the event the general way (<see cref="EventFieldReader"/>) from a reset bag.
/// What it accepts, it reads into the bag exactly as the general reader would (FlatEventReaderProperties).
/// </summary>
internal static class FlatEventReader
{
    /// <summary>The fields whose simple values this reader takes; every other one is declined.</summary>
    private const EventField Simple = EventField.Type | EventField.EventId | EventField.UserId | EventField.Ts | EventField.App
        | EventField.WindowTitle | EventField.Url | EventField.DeviceId | EventField.SessionId | EventField.Seq | EventField.Key | EventField.Field;

    /// <summary>What ends a simple string: its closing quote, or a byte that makes it not simple (an escape, a control character).</summary>
    private static readonly SearchValues<byte> StringStop = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'"', (byte)'\\']);

    /// <summary>
    /// True when the whole of <paramref name="utf8"/> (valid UTF-8, checked by the caller) was read into
    /// <paramref name="bag"/>; false leaves the bag partly filled, for the caller to reset.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8, EventFieldBag bag)
    {
        if (utf8.Length < 2 || utf8[0] != (byte)'{')
        {
            return false;
        }
        var i = 1;
        while (true)
        {
            if (!TryString(utf8, ref i, out var name) || i >= utf8.Length || utf8[i++] != (byte)':')
            {
                return false;
            }
            var field = EventFieldNames.Find(name);
            if ((field & Simple) == 0 || (bag.Seen & field) != 0 || !TryValue(utf8, ref i, field, bag) || i >= utf8.Length)
            {
                return false;
            }
            bag.Seen |= field;
            var next = utf8[i++];
            if (next == (byte)'}')
            {
                return i == utf8.Length;
            }
            if (next != (byte)',')
            {
                return false;
            }
        }
    }

    private static bool TryValue(ReadOnlySpan<byte> utf8, ref int i, EventField field, EventFieldBag bag)
    {
        if (field == EventField.Seq)
        {
            return TryInteger(utf8, ref i, out bag.Seq);
        }
        var start = i;
        if (!TryString(utf8, ref i, out var value))
        {
            return false;
        }
        switch (field)
        {
            case EventField.Type:
                if (EventKindNames.TryParse(value, out var kind))
                {
                    bag.Kind = kind;
                }
                else
                {
                    bag.UnknownType = true;
                }
                return true;
            case EventField.EventId:
                bag.EventId = Encoding.UTF8.GetString(value);
                return true;
            case EventField.Ts:
                return TryTimestamp(utf8[start..i], value, bag);
            default:
                Slot(field, bag) = bag.Cache?.Get(value) ?? Encoding.UTF8.GetString(value);
                return true;
        }
    }

    /// <summary>The field a repeating value (<see cref="EventFieldReader"/>'s cached ones) goes to.</summary>
    private static ref string? Slot(EventField field, EventFieldBag bag)
    {
        switch (field)
        {
            case EventField.UserId:
                return ref bag.UserId;
            case EventField.App:
                return ref bag.App;
            case EventField.WindowTitle:
                return ref bag.WindowTitle;
            case EventField.Url:
                return ref bag.Url;
            case EventField.DeviceId:
                return ref bag.DeviceId;
            case EventField.SessionId:
                return ref bag.SessionId;
            case EventField.Key:
                return ref bag.Key;
            default:
                return ref bag.Field;
        }
    }

    /// <summary>A string without escapes or control characters: its content, with <paramref name="i"/> moved past its closing quote.</summary>
    private static bool TryString(ReadOnlySpan<byte> utf8, ref int i, out ReadOnlySpan<byte> content)
    {
        content = default;
        if (i >= utf8.Length || utf8[i] != (byte)'"')
        {
            return false;
        }
        var rest = utf8[(i + 1)..];
        var end = rest.IndexOfAny(StringStop);
        if (end < 0 || rest[end] != (byte)'"')
        {
            return false;
        }
        content = rest[..end];
        i += end + 2;
        return true;
    }

    /// <summary>A JSON integer (<c>-?(0|[1-9][0-9]*)</c>, no fraction or exponent) that fits a long.</summary>
    private static bool TryInteger(ReadOnlySpan<byte> utf8, ref int i, out long value)
    {
        value = 0;
        var j = i < utf8.Length && utf8[i] == (byte)'-' ? i + 1 : i;
        if (j >= utf8.Length || !char.IsAsciiDigit((char)utf8[j]) || (utf8[j] == (byte)'0' && j + 1 < utf8.Length && char.IsAsciiDigit((char)utf8[j + 1])))
        {
            return false;
        }
        while (j < utf8.Length && char.IsAsciiDigit((char)utf8[j]))
        {
            j++;
        }
        // The reader's own conversion (TryGetInt64), so the limits and "-0" come out the same.
        if (!Utf8Parser.TryParse(utf8[i..j], out value, out var consumed) || consumed != j - i)
        {
            return false;
        }
        i = j;
        return true;
    }

    /// <summary>
    /// The common form is converted directly (<see cref="UtcMillisecondTimestamp"/>); any other by
    /// <see cref="Utf8JsonReader.TryGetDateTimeOffset"/> over the string token alone, the very conversion
    /// the general reader uses. A value it or the offset rule refuses is declined.
    /// </summary>
    private static bool TryTimestamp(ReadOnlySpan<byte> token, ReadOnlySpan<byte> content, EventFieldBag bag)
    {
        if (!UtcMillisecondTimestamp.TryParse(content, out bag.Timestamp) && !TryGeneralTimestamp(token, out bag.Timestamp))
        {
            return false;
        }
        bag.Ts = Encoding.UTF8.GetString(content);
        return EventFieldReader.HasExplicitOffset(bag.Ts);
    }

    private static bool TryGeneralTimestamp(ReadOnlySpan<byte> token, out DateTimeOffset value)
    {
        var reader = new Utf8JsonReader(token);
        value = default;
        return reader.Read() && reader.TryGetDateTimeOffset(out value);
    }
}
