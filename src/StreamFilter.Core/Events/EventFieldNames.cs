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
