using System.Text.Json;

namespace StreamFilter.Core.Events;

/// <summary>
/// Reads one top-level property into the <see cref="EventFieldBag"/>. A value of the wrong JSON type is
/// skipped and flagged; whether that is fatal depends on the event type, known only at the end.
/// </summary>
internal static class EventFieldReader
{
    public static void ReadProperty(ref Utf8JsonReader reader, int maxDepth, EventFieldBag bag)
    {
        var field = Identify(ref reader);
        if (field != EventField.None && (bag.Seen & field) != 0)
        {
            throw new InvalidEventException($"duplicate field '{EventFieldNames.Of(field)}'");
        }
        bag.Seen |= field;
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null && field != EventField.None)
        {
            // null means absent: required fields are then reported missing by the builder.
            bag.Seen &= ~field;
            return;
        }
        var ok = field switch
        {
            EventField.None => Unknown(ref reader, maxDepth, bag),
            EventField.Type => ReadType(ref reader, bag),
            EventField.EventId => Str(ref reader, ref bag.EventId),
            EventField.UserId => Str(ref reader, ref bag.UserId),
            EventField.Ts => ReadTimestamp(ref reader, bag),
            EventField.App => Str(ref reader, ref bag.App),
            EventField.WindowTitle => Str(ref reader, ref bag.WindowTitle),
            EventField.Url => Str(ref reader, ref bag.Url),
            EventField.DeviceId => Str(ref reader, ref bag.DeviceId),
            EventField.SessionId => Str(ref reader, ref bag.SessionId),
            EventField.Seq => reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out bag.Seq),
            EventField.Key => Str(ref reader, ref bag.Key),
            EventField.Modifiers => ReadModifiers(ref reader, maxDepth, bag),
            EventField.Field => Str(ref reader, ref bag.Field),
            EventField.Source => Str(ref reader, ref bag.Source),
            EventField.Text => Str(ref reader, ref bag.Text),
            EventField.FrameId => Str(ref reader, ref bag.FrameId),
            EventField.Width => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out bag.Width) && bag.Width >= 0,
            EventField.Height => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out bag.Height) && bag.Height >= 0,
            EventField.Blocks => OcrBlockReader.Read(ref reader, maxDepth, bag),
            EventField.Action => Str(ref reader, ref bag.Action),
            EventField.X => reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out bag.X),
            EventField.Y => reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out bag.Y),
            EventField.Button => Str(ref reader, ref bag.Button),
            EventField.Target => Str(ref reader, ref bag.Target),
            EventField.Minutes => ReadMinutes(ref reader, bag),
            _ => false,
        };
        if (!ok)
        {
            bag.WrongType |= field;
            JsonSkip.Value(ref reader, maxDepth);
        }
    }

    private static EventField Identify(ref Utf8JsonReader reader)
    {
        foreach (var (name, field) in EventFieldNames.Table)
        {
            if (reader.ValueTextEquals(name))
            {
                return field;
            }
        }
        return EventField.None;
    }

    private static bool Unknown(ref Utf8JsonReader reader, int maxDepth, EventFieldBag bag)
    {
        bag.UnknownFields++;
        JsonSkip.Value(ref reader, maxDepth);
        return true;
    }

    private static bool Str(ref Utf8JsonReader reader, ref string? slot)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }
        slot = reader.GetString();
        return true;
    }

    private static bool ReadType(ref Utf8JsonReader reader, EventFieldBag bag)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }
        // An escaped type name ("scre\u0065n_ocr") is not a contract type name; treated as unknown.
        if (!reader.ValueIsEscaped && EventKindNames.TryParse(reader.ValueSpan, out var kind))
        {
            bag.Kind = kind;
        }
        else
        {
            bag.UnknownType = true;
        }
        return true;
    }

    private static bool ReadTimestamp(ref Utf8JsonReader reader, EventFieldBag bag)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out bag.Timestamp))
        {
            return false;
        }
        bag.Ts = reader.GetString();
        // RFC 3339 requires an explicit offset; a bare local time would be read in this machine's zone.
        return bag.Ts is { Length: > 0 } ts && (ts[^1] is 'Z' or 'z' || (ts.Length > 6 && ts[^6] is '+' or '-' && ts[^3] == ':'));
    }

    private static bool ReadMinutes(ref Utf8JsonReader reader, EventFieldBag bag)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var minutes) || minutes < 0)
        {
            return false;
        }
        bag.Minutes = minutes;
        return true;
    }

    private static bool ReadModifiers(ref Utf8JsonReader reader, int maxDepth, EventFieldBag bag)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }
        JsonSkip.CheckDepth(ref reader, maxDepth);
        var list = new List<string>(2);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                // Consume the rest of the array here; the caller's skip then sees only its end token.
                SkipRestOfArray(ref reader, maxDepth);
                return false;
            }
            list.Add(reader.GetString()!);
        }
        bag.Modifiers = list;
        return true;
    }

    private static void SkipRestOfArray(ref Utf8JsonReader reader, int maxDepth)
    {
        JsonSkip.Value(ref reader, maxDepth);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            JsonSkip.Value(ref reader, maxDepth);
        }
    }
}
