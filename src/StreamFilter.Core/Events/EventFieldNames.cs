using System.Numerics;

namespace StreamFilter.Core.Events;

/// <summary>The wire names of <see cref="EventField"/>, for matching property names and for messages.</summary>
internal static class EventFieldNames
{
    public static readonly (byte[] Name, EventField Field)[] Table =
    [
        ("type"u8.ToArray(), EventField.Type),
        ("event_id"u8.ToArray(), EventField.EventId),
        ("user_id"u8.ToArray(), EventField.UserId),
        ("ts"u8.ToArray(), EventField.Ts),
        ("text"u8.ToArray(), EventField.Text),
        ("app"u8.ToArray(), EventField.App),
        ("window_title"u8.ToArray(), EventField.WindowTitle),
        ("url"u8.ToArray(), EventField.Url),
        ("key"u8.ToArray(), EventField.Key),
        ("seq"u8.ToArray(), EventField.Seq),
        ("device_id"u8.ToArray(), EventField.DeviceId),
        ("session_id"u8.ToArray(), EventField.SessionId),
        ("modifiers"u8.ToArray(), EventField.Modifiers),
        ("field"u8.ToArray(), EventField.Field),
        ("source"u8.ToArray(), EventField.Source),
        ("frame_id"u8.ToArray(), EventField.FrameId),
        ("width"u8.ToArray(), EventField.Width),
        ("height"u8.ToArray(), EventField.Height),
        ("blocks"u8.ToArray(), EventField.Blocks),
        ("action"u8.ToArray(), EventField.Action),
        ("x"u8.ToArray(), EventField.X),
        ("y"u8.ToArray(), EventField.Y),
        ("button"u8.ToArray(), EventField.Button),
        ("target"u8.ToArray(), EventField.Target),
        ("minutes"u8.ToArray(), EventField.Minutes),
    ];

    /// <summary>
    /// Matches an unescaped property name with one switch on its length and first byte, then a single
    /// comparison: a property lookup was a visible share of parsing when done as a scan of the table.
    /// </summary>
    public static EventField Find(ReadOnlySpan<byte> name)
    {
        var candidate = (name.Length, name.IsEmpty ? (byte)0 : name[0]) switch
        {
            (1, (byte)'x') => EventField.X,
            (1, (byte)'y') => EventField.Y,
            (2, _) => EventField.Ts,
            (3, (byte)'a') => EventField.App,
            (3, (byte)'k') => EventField.Key,
            (3, (byte)'s') => EventField.Seq,
            (3, (byte)'u') => EventField.Url,
            (4, (byte)'t') => name[1] == (byte)'y' ? EventField.Type : EventField.Text,
            (5, (byte)'f') => EventField.Field,
            (5, (byte)'w') => EventField.Width,
            (6, (byte)'a') => EventField.Action,
            (6, (byte)'b') => name[1] == (byte)'l' ? EventField.Blocks : EventField.Button,
            (6, (byte)'h') => EventField.Height,
            (6, (byte)'s') => EventField.Source,
            (6, (byte)'t') => EventField.Target,
            (7, (byte)'u') => EventField.UserId,
            (7, (byte)'m') => EventField.Minutes,
            (8, (byte)'e') => EventField.EventId,
            (8, (byte)'f') => EventField.FrameId,
            (9, (byte)'d') => EventField.DeviceId,
            (9, (byte)'m') => EventField.Modifiers,
            (10, _) => EventField.SessionId,
            (12, _) => EventField.WindowTitle,
            _ => EventField.None,
        };
        return candidate != EventField.None && name.SequenceEqual(ByBit[BitOperations.TrailingZeroCount((uint)candidate)]) ? candidate : EventField.None;
    }

    /// <summary>The names of <see cref="Table"/> indexed by their field's bit number.</summary>
    private static readonly byte[][] ByBit = BuildByBit();

    private static byte[][] BuildByBit()
    {
        var byBit = new byte[32][];
        foreach (var (name, field) in Table)
        {
            byBit[BitOperations.TrailingZeroCount((uint)field)] = name;
        }
        return byBit;
    }

    public static string Of(EventField field) => field switch
    {
        EventField.Type => "type",
        EventField.EventId => "event_id",
        EventField.UserId => "user_id",
        EventField.Ts => "ts",
        EventField.App => "app",
        EventField.WindowTitle => "window_title",
        EventField.Url => "url",
        EventField.DeviceId => "device_id",
        EventField.SessionId => "session_id",
        EventField.Seq => "seq",
        EventField.Key => "key",
        EventField.Modifiers => "modifiers",
        EventField.Field => "field",
        EventField.Source => "source",
        EventField.Text => "text",
        EventField.FrameId => "frame_id",
        EventField.Width => "width",
        EventField.Height => "height",
        EventField.Blocks => "blocks",
        EventField.Action => "action",
        EventField.X => "x",
        EventField.Y => "y",
        EventField.Button => "button",
        EventField.Target => "target",
        EventField.Minutes => "minutes",
        _ => "?",
    };
}
