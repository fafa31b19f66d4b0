using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Unicode;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Events;

/// <summary>
/// Parses one UTF-8 JSON event (one NDJSON line or one Kafka message value) with
/// <see cref="Utf8JsonReader"/> into an <see cref="InputEvent"/>, checking the limits first.
/// </summary>
/// <remarks>
/// Fields outside the contract are dropped, not preserved: they were never scanned, so passing them on
/// would forward unjudged content (fail closed). Their number is kept for the audit trail.
/// Thread-safe: no shared state.
/// </remarks>
public static class EventParser
{
    /// <summary>An upper bound on any configured depth, so the reader's backstop (one above) cannot overflow.</summary>
    public const int MaxSupportedDepth = 1000;

    public static bool TryParse(ReadOnlySpan<byte> utf8, LimitsOptions limits, [NotNullWhen(true)] out InputEvent? evt, out EventParseError error) =>
        TryParse(utf8, limits, new EventFieldBag(), out evt, out error);

    /// <param name="bag">
    /// Scratch reused from event to event by one processor (not thread-safe), with its string cache;
    /// reset here before reading. The event built keeps none of the bag, only the values read into it.
    /// </param>
    /// <param name="pool">A processor's reusable keystroke events; a key event parsed is one of them (see <see cref="KeyEventPool"/>).</param>
    /// <param name="flatFirst">Try <see cref="FlatEventReader"/> first (the processor's fast path); the general reader reads whatever it declines.</param>
    internal static bool TryParse(ReadOnlySpan<byte> utf8, LimitsOptions limits, EventFieldBag bag, [NotNullWhen(true)] out InputEvent? evt, out EventParseError error,
        KeyEventPool? pool = null, bool flatFirst = false)
    {
        ArgumentNullException.ThrowIfNull(limits);
        evt = null;
        if (utf8.Length > limits.MaxEventBytes)
        {
            error = new($"event is {utf8.Length} bytes, over the limit of {limits.MaxEventBytes}", null, null, null);
            return false;
        }
        if (utf8.IsEmpty)
        {
            error = new("empty input", null, null, null);
            return false;
        }
        if (!Utf8.IsValid(utf8))
        {
            error = new("invalid UTF-8", null, null, null);
            return false;
        }
        bag.Reset();
        try
        {
            if (!flatFirst || !FlatEventReader.TryRead(utf8, bag))
            {
                bag.Reset();
                ReadEvent(utf8, limits.MaxJsonDepth, bag);
            }
            evt = EventBuilder.Build(bag, pool);
            error = default;
            return true;
        }
        catch (InvalidEventException e)
        {
            error = new(e.Message, bag.EventId, bag.KnownTypeName, bag.UserId);
        }
        catch (JsonException e)
        {
            error = new($"invalid JSON at byte {e.BytePositionInLine ?? 0}", bag.EventId, bag.KnownTypeName, bag.UserId);
        }
        catch (InvalidOperationException)
        {
            // GetString on an escape that is not valid UTF-16, outside a field EventFieldReader names.
            error = new(EventFieldReader.LoneSurrogate("a JSON string"), bag.EventId, bag.KnownTypeName, bag.UserId);
        }
        return false;
    }

    private static void ReadEvent(ReadOnlySpan<byte> utf8, int maxDepth, EventFieldBag bag)
    {
        // The reader's own depth limit is a backstop one level above ours, so ours names the problem.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = Math.Clamp(maxDepth, 1, MaxSupportedDepth) + 1 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidEventException("an event must be a JSON object");
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            EventFieldReader.ReadProperty(ref reader, maxDepth, bag);
        }
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new InvalidEventException("more than one JSON value on the line");
        }
    }
}
