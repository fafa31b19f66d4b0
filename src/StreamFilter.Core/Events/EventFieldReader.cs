using System.Text.Json;
using StreamFilter.Core.Text;

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
        bool ok;
        try
        {
            ok = Read(ref reader, field, maxDepth, bag);
        }
        catch (InvalidOperationException)
        {
            // GetString on an escape that is not valid UTF-16: "\ud800" without its low half.
            throw new InvalidEventException(LoneSurrogate(field == EventField.None ? "an unknown field" : $"field '{EventFieldNames.Of(field)}'"));
        }
        if (!ok)
        {
            bag.WrongType |= field;
            JsonSkip.Value(ref reader, maxDepth);
        }
    }

    /// <summary>The error for text holding half of a surrogate pair, which no UTF-16 string may.</summary>
    internal static string LoneSurrogate(string where) =>
        $"{where} holds a lone surrogate escape (a \\uD800-\\uDFFF escape without its other half): not valid text";

    private static bool Read(ref Utf8JsonReader reader, EventField field, int maxDepth, EventFieldBag bag) =>
        field switch
        {
            EventField.None => Unknown(ref reader, maxDepth, bag),
            EventField.Type => ReadType(ref reader, bag),
            EventField.EventId => Str(ref reader, ref bag.EventId),
            EventField.UserId => Cached(ref reader, bag, ref bag.UserId),
            EventField.Ts => ReadTimestamp(ref reader, bag),
            EventField.App => Cached(ref reader, bag, ref bag.App),
            EventField.WindowTitle => Cached(ref reader, bag, ref bag.WindowTitle),
            EventField.Url => Cached(ref reader, bag, ref bag.Url),
            EventField.DeviceId => Cached(ref reader, bag, ref bag.DeviceId),
            EventField.SessionId => Cached(ref reader, bag, ref bag.SessionId),
            EventField.Seq => reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out bag.Seq),
            EventField.Key => Cached(ref reader, bag, ref bag.Key),
            EventField.Modifiers => ReadModifiers(ref reader, maxDepth, bag),
            EventField.Field => Cached(ref reader, bag, ref bag.Field),
            EventField.Source => Cached(ref reader, bag, ref bag.Source),
            EventField.Text => Str(ref reader, ref bag.Text),
            EventField.FrameId => Str(ref reader, ref bag.FrameId),
            EventField.Width => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out bag.Width) && bag.Width >= 0,
            EventField.Height => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out bag.Height) && bag.Height >= 0,
            EventField.Blocks => OcrBlockReader.Read(ref reader, maxDepth, bag),
            EventField.Action => Cached(ref reader, bag, ref bag.Action),
            EventField.X => JsonNumbers.TryRead(ref reader, out bag.X),
            EventField.Y => JsonNumbers.TryRead(ref reader, out bag.Y),
            EventField.Button => Cached(ref reader, bag, ref bag.Button),
            EventField.Target => Cached(ref reader, bag, ref bag.Target),
            EventField.Minutes => ReadMinutes(ref reader, bag),
            _ => false,
        };

    private static EventField Identify(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return EventFieldNames.Find(reader.ValueSpan);
        }
        // Escaped names ("t\u0065xt") are rare: compare unescaped, one name at a time.
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

    /// <summary>A value that repeats across events (ids of users and sessions, apps, keys): interned.</summary>
    private static bool Cached(ref Utf8JsonReader reader, EventFieldBag bag, ref string? slot)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }
        slot = bag.Cache is { } cache && !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= StringCache.MaxValueBytes
            ? cache.Get(reader.ValueSpan)
            : reader.GetString();
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
        return HasExplicitOffset(bag.Ts);
    }

    /// <summary>RFC 3339 requires an explicit offset; a bare local time would be read in this machine's zone.</summary>
    public static bool HasExplicitOffset(string? ts) =>
        ts is { Length: > 0 } && (ts[^1] is 'Z' or 'z' || (ts.Length > 6 && ts[^6] is '+' or '-' && ts[^3] == ':'));

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
