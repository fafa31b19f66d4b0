using StreamFilter.Core.Events;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// The filtered keystroke event with a pre-built <c>filter</c> object, assembled from pre-encoded
/// fragments: the shape of nearly every key the stage forwards. Byte for byte what
/// <see cref="FilteredEventWriter"/>'s general path writes for the same event (FixedShapeJsonProperties);
/// like it, reads text fields from the <see cref="ScanResult"/> only, never from the input event.
/// </summary>
internal static class KeystrokeEventJson
{
    public static void Write(JsonFragments f, InputEvent evt, ScanResult scan, string? fieldTag, ReadOnlySpan<byte> filterJson, JsonTextCache text,
        FragmentMemo<SessionPart> sessions)
    {
        var k = evt.Keystroke!;
        f.Clear();
        f.Append("{\"type\":"u8);
        f.AppendString(evt.TypeName, text);
        f.Append(",\"event_id\":"u8);
        f.AppendUnique(evt.EventId);
        f.Append(",\"user_id\":"u8);
        f.AppendString(evt.UserId, text);
        f.Append(",\"ts\":"u8);
        f.AppendUnique(evt.TimestampText);
        // App to session id: the same for every key of a session in one window, written once, then copied.
        var part = new SessionPart(scan.App, FilteredEventWriter.Tagged(scan.WindowTitle, fieldTag), FilteredEventWriter.Tagged(scan.Url, fieldTag), k.DeviceId, k.SessionId);
        if (sessions.TryGet(k.SessionId, part, out var known))
        {
            f.Append(known);
        }
        else
        {
            var start = f.Length;
            Optional(f, ",\"app\":"u8, part.App, text);
            Optional(f, ",\"window_title\":"u8, part.WindowTitle, text);
            Optional(f, ",\"url\":"u8, part.Url, text);
            f.Append(",\"device_id\":"u8);
            f.AppendString(k.DeviceId, text);
            f.Append(",\"session_id\":"u8);
            f.AppendString(k.SessionId, text);
            sessions.Remember(k.SessionId, part, f.Written[start..]);
        }
        f.Append(",\"seq\":"u8);
        f.AppendNumber(k.Seq);
        f.Append(",\"key\":"u8);
        f.AppendString(k.Key, text);
        if (k.Modifiers.Count > 0)
        {
            f.Append(",\"modifiers\":["u8);
            for (var i = 0; i < k.Modifiers.Count; i++)
            {
                if (i > 0)
                {
                    f.Append((byte)',');
                }
                f.AppendString(k.Modifiers[i], text);
            }
            f.Append((byte)']');
        }
        Optional(f, ",\"field\":"u8, k.Field, text);
        f.Append(",\"filter\":"u8);
        f.Append(filterJson);
        f.Append((byte)'}');
    }

    private static void Optional(JsonFragments f, ReadOnlySpan<byte> property, string? value, JsonTextCache text)
    {
        if (value is not null)
        {
            f.Append(property);
            f.AppendString(value, text);
        }
    }

    /// <summary>The values of the fields from app to session id, as written (title and URL after the policy's tag).</summary>
    internal readonly record struct SessionPart(string? App, string? WindowTitle, string? Url, string DeviceId, string SessionId);
}
