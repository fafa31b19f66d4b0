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
    public static void Write(JsonFragments f, InputEvent evt, ScanResult scan, string? fieldTag, ReadOnlySpan<byte> filterJson, JsonTextCache text)
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
        Optional(f, ",\"app\":"u8, scan.App, text);
        Optional(f, ",\"window_title\":"u8, FilteredEventWriter.Tagged(scan.WindowTitle, fieldTag), text);
        Optional(f, ",\"url\":"u8, FilteredEventWriter.Tagged(scan.Url, fieldTag), text);
        f.Append(",\"device_id\":"u8);
        f.AppendString(k.DeviceId, text);
        f.Append(",\"session_id\":"u8);
        f.AppendString(k.SessionId, text);
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
}
