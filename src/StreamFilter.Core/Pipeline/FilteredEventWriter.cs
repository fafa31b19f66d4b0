using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using StreamFilter.Core.Events;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// Writes the filtered event: the contract's fields with text fields replaced by their redacted
/// values, plus the <c>filter</c> object. It only ever reads text from the <see cref="ScanResult"/>,
/// never from the input event, so an unredacted value cannot slip into the output by mistake.
/// One buffer reused per processor; <see cref="Written"/> is valid until the next call. Not thread-safe.
/// </summary>
internal sealed class FilteredEventWriter
{
    // Output is NDJSON/Kafka, never embedded in HTML: keep non-ASCII text as UTF-8 instead of \u escapes.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;

    public FilteredEventWriter() => _json = new Utf8JsonWriter(_buffer, Options);

    /// <summary>The last event written.</summary>
    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    /// <param name="fieldTag">When set, every free-text field is replaced by it (the policy's redact-field action).</param>
    public void Write(InputEvent evt, ScanResult scan, SensitivityAssessment assessment, AuditAction action, string? fieldTag, string policyVersion)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        var w = _json;
        w.WriteStartObject();
        w.WriteString("type"u8, evt.TypeName);
        w.WriteString("event_id"u8, evt.EventId);
        w.WriteString("user_id"u8, evt.UserId);
        w.WriteString("ts"u8, evt.TimestampText);
        Optional(w, "app"u8, scan.App);
        Optional(w, "window_title"u8, Tagged(scan.WindowTitle, fieldTag));
        Optional(w, "url"u8, Tagged(scan.Url, fieldTag));
        switch (evt.Kind)
        {
            case EventKind.Keystroke:
                WriteKeystroke(w, evt.Keystroke!);
                break;
            case EventKind.Transcript:
                w.WriteString("source"u8, evt.Transcript!.Source);
                Optional(w, "text"u8, Tagged(scan.Text, fieldTag));
                break;
            case EventKind.Mouse:
                WriteMouse(w, evt.Mouse!, Tagged(scan.Target, fieldTag));
                break;
            case EventKind.ScreenOcr:
                WriteFrame(w, evt.ScreenOcr!, scan, fieldTag);
                break;
        }
        WriteFilter(w, evt, scan, assessment, action, fieldTag is not null, policyVersion);
        w.WriteEndObject();
        w.Flush();
    }

    private static string? Tagged(string? value, string? tag) => value is null ? null : tag ?? value;

    private static void Optional(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteKeystroke(Utf8JsonWriter w, KeystrokeData k)
    {
        w.WriteString("device_id"u8, k.DeviceId);
        w.WriteString("session_id"u8, k.SessionId);
        w.WriteNumber("seq"u8, k.Seq);
        w.WriteString("key"u8, k.Key);
        if (k.Modifiers.Count > 0)
        {
            w.WriteStartArray("modifiers"u8);
            foreach (var m in k.Modifiers)
            {
                w.WriteStringValue(m);
            }
            w.WriteEndArray();
        }
        Optional(w, "field"u8, k.Field);
    }

    private static void WriteMouse(Utf8JsonWriter w, MouseData m, string? target)
    {
        w.WriteString("action"u8, m.Action);
        w.WriteNumber("x"u8, m.X);
        w.WriteNumber("y"u8, m.Y);
        Optional(w, "button"u8, m.Button);
        Optional(w, "target"u8, target);
    }

    private static void WriteFrame(Utf8JsonWriter w, ScreenOcrData frame, ScanResult scan, string? fieldTag)
    {
        w.WriteString("frame_id"u8, frame.FrameId);
        w.WriteNumber("width"u8, frame.Width);
        w.WriteNumber("height"u8, frame.Height);
        w.WriteStartArray("blocks"u8);
        for (var i = 0; i < frame.Blocks.Count; i++)
        {
            var block = frame.Blocks[i];
            w.WriteStartObject();
            Optional(w, "text"u8, Tagged(scan.Blocks[i], fieldTag));
            WriteBox(w, "bbox"u8, block.Box);
            if (block.Confidence is { } conf)
            {
                w.WriteNumber("conf"u8, conf);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteBox(Utf8JsonWriter w, ReadOnlySpan<byte> name, BoundingBox box)
    {
        w.WriteStartArray(name);
        WriteBoxValues(w, box);
        w.WriteEndArray();
    }

    private static void WriteBoxValues(Utf8JsonWriter w, BoundingBox box)
    {
        w.WriteNumberValue(box.X);
        w.WriteNumberValue(box.Y);
        w.WriteNumberValue(box.Width);
        w.WriteNumberValue(box.Height);
    }

    private static void WriteFilter(Utf8JsonWriter w, InputEvent evt, ScanResult scan, SensitivityAssessment a, AuditAction action, bool wholeFields, string policyVersion)
    {
        w.WriteStartObject("filter"u8);
        w.WriteString("action"u8, AuditActionNames.Of(action));
        w.WriteNumber("level"u8, (int)a.Level);
        w.WriteStartArray("categories"u8);
        if (a.Categories.Count == 0)
        {
            w.WriteStringValue(Sensitivity.Category.Work);
        }
        foreach (var c in a.Categories)
        {
            w.WriteStringValue(c);
        }
        w.WriteEndArray();
        w.WriteStartArray("entities"u8);
        foreach (var e in scan.Entities)
        {
            w.WriteStartObject();
            w.WriteString("type"u8, e.EntityType);
            w.WriteString("field"u8, e.FieldName);
            w.WriteNumber("start"u8, e.Start);
            w.WriteNumber("end"u8, e.End);
            w.WriteNumber("score"u8, MathF.Round(e.Score, 3));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (evt.ScreenOcr is { } frame)
        {
            WriteBlurBoxes(w, frame, scan, wholeFields);
        }
        w.WriteString("policy_version"u8, policyVersion);
        w.WriteEndObject();
    }

    /// <summary>
    /// The pixel boxes an image pipeline must blur: the whole box of every block whose text was changed.
    /// Sub-block boxes estimated from character offsets come with the stateful OCR stage.
    /// </summary>
    private static void WriteBlurBoxes(Utf8JsonWriter w, ScreenOcrData frame, ScanResult scan, bool wholeFields)
    {
        w.WriteStartArray("blur"u8);
        for (var i = 0; i < frame.Blocks.Count; i++)
        {
            if (wholeFields || !ReferenceEquals(scan.Blocks[i], frame.Blocks[i].Text))
            {
                w.WriteStartArray();
                WriteBoxValues(w, frame.Blocks[i].Box);
                w.WriteEndArray();
            }
        }
        w.WriteEndArray();
    }
}
