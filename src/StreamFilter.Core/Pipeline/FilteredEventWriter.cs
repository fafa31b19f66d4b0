using System.Buffers;
using System.Text.Json;
using StreamFilter.Core.Events;
using StreamFilter.Core.Sensitivity;
using StreamFilter.Core.Text;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// Writes the filtered event: the contract's fields with text fields replaced by their redacted
/// values, plus the <c>filter</c> object. It only ever reads text from the <see cref="ScanResult"/>,
/// never from the input event, so an unredacted value cannot slip into the output by mistake.
/// One buffer reused per processor; <see cref="Written"/> is valid until the next call. Not thread-safe.
/// </summary>
internal sealed class FilteredEventWriter
{
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type"u8);
    private static readonly JsonEncodedText EventId = JsonEncodedText.Encode("event_id"u8);
    private static readonly JsonEncodedText UserId = JsonEncodedText.Encode("user_id"u8);
    private static readonly JsonEncodedText Ts = JsonEncodedText.Encode("ts"u8);
    private static readonly JsonEncodedText App = JsonEncodedText.Encode("app"u8);
    private static readonly JsonEncodedText WindowTitle = JsonEncodedText.Encode("window_title"u8);
    private static readonly JsonEncodedText Url = JsonEncodedText.Encode("url"u8);
    private static readonly JsonEncodedText DeviceId = JsonEncodedText.Encode("device_id"u8);
    private static readonly JsonEncodedText SessionId = JsonEncodedText.Encode("session_id"u8);
    private static readonly JsonEncodedText Seq = JsonEncodedText.Encode("seq"u8);
    private static readonly JsonEncodedText Key = JsonEncodedText.Encode("key"u8);
    private static readonly JsonEncodedText Modifiers = JsonEncodedText.Encode("modifiers"u8);
    private static readonly JsonEncodedText Field = JsonEncodedText.Encode("field"u8);
    private static readonly JsonEncodedText Filter = JsonEncodedText.Encode("filter"u8);
    private static readonly JsonEncodedText Action = JsonEncodedText.Encode("action"u8);
    private static readonly JsonEncodedText Level = JsonEncodedText.Encode("level"u8);
    private static readonly JsonEncodedText Categories = JsonEncodedText.Encode("categories"u8);
    private static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities"u8);
    private static readonly JsonEncodedText PolicyVersion = JsonEncodedText.Encode("policy_version"u8);

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;

    /// <summary>Values that repeat from event to event (user, device, session, app, title, key, field...).</summary>
    private readonly JsonTextCache _text = new();

    /// <summary>Bound on <see cref="_filters"/> (a new policy version adds a few entries).</summary>
    private const int MaxFilterObjects = 256;

    /// <summary>The "filter" objects of events without entities or blur boxes, as written once.</summary>
    private readonly Dictionary<FilterKey, byte[]> _filters = [];
    private readonly ArrayBufferWriter<byte> _scratchBuffer = new(256);
    private readonly Utf8JsonWriter _scratch;

    /// <summary>Keystroke events with a pre-built filter object, assembled by <see cref="KeystrokeEventJson"/>.</summary>
    private readonly JsonFragments _fragments = new();
    private readonly FragmentMemo<KeystrokeEventJson.SessionPart> _sessionParts = new();
    private readonly bool _fixedShapes;
    private bool _wroteFragments;

    // Output is NDJSON/Kafka, never embedded in HTML: the audit writer's relaxed escaping keeps non-ASCII text as UTF-8.
    /// <param name="fixedShapes">
    /// True writes key events whose filter object is a cached one as fragments (<see cref="KeystrokeEventJson"/>);
    /// false writes every event through the general path, the reference the tests hold the fragments to.
    /// </param>
    public FilteredEventWriter(bool fixedShapes)
    {
        _json = new Utf8JsonWriter(_buffer, AuditRecordJson.WriterOptions);
        _scratch = new Utf8JsonWriter(_scratchBuffer, AuditRecordJson.WriterOptions);
        _fixedShapes = fixedShapes;
    }

    /// <summary>The last event written.</summary>
    public ReadOnlySpan<byte> Written => _wroteFragments ? _fragments.Written : _buffer.WrittenSpan;

    /// <param name="fieldTag">When set, every free-text field is replaced by it (the policy's redact-field action).</param>
    public void Write(InputEvent evt, ScanResult scan, SensitivityAssessment assessment, AuditAction action, string? fieldTag, string policyVersion)
    {
        _wroteFragments = _fixedShapes && evt.Kind == EventKind.Keystroke && !NeedsFilterObject(evt, scan, assessment);
        if (_wroteFragments)
        {
            var filter = CachedFilterObject(evt, scan, assessment, action, fieldTag is not null, policyVersion);
            KeystrokeEventJson.Write(_fragments, evt, scan, fieldTag, filter, _text, _sessionParts);
            return;
        }
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        var w = _json;
        w.WriteStartObject();
        _text.WriteString(w, Type, evt.TypeName);
        w.WriteString(EventId, evt.EventId);
        _text.WriteString(w, UserId, evt.UserId);
        w.WriteString(Ts, evt.TimestampText);
        Repeating(w, App, scan.App);
        Repeating(w, WindowTitle, Tagged(scan.WindowTitle, fieldTag));
        Repeating(w, Url, Tagged(scan.Url, fieldTag));
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
                ScreenFrameJson.WriteFrame(w, evt.ScreenOcr!, scan, fieldTag);
                break;
        }
        WriteFilter(w, evt, scan, assessment, action, fieldTag is not null, policyVersion);
        w.WriteEndObject();
        w.Flush();
    }

    internal static string? Tagged(string? value, string? tag) => value is null ? null : tag ?? value;

    private static void Optional(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>An optional value that usually repeats across events (app, title, field): written pre-encoded.</summary>
    private void Repeating(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            _text.WriteString(w, name, value);
        }
    }

    private void WriteKeystroke(Utf8JsonWriter w, KeystrokeData k)
    {
        _text.WriteString(w, DeviceId, k.DeviceId);
        _text.WriteString(w, SessionId, k.SessionId);
        w.WriteNumber(Seq, k.Seq);
        _text.WriteString(w, Key, k.Key);
        if (k.Modifiers.Count > 0)
        {
            w.WriteStartArray(Modifiers);
            for (var i = 0; i < k.Modifiers.Count; i++)
            {
                _text.WriteStringValue(w, k.Modifiers[i]);
            }
            w.WriteEndArray();
        }
        Repeating(w, Field, k.Field);
    }

    private static void WriteMouse(Utf8JsonWriter w, MouseData m, string? target)
    {
        w.WriteString("action"u8, m.Action);
        w.WritePropertyName("x"u8);
        JsonNumbers.Write(w, m.X);
        w.WritePropertyName("y"u8);
        JsonNumbers.Write(w, m.Y);
        Optional(w, "button"u8, m.Button);
        Optional(w, "target"u8, target);
    }

    private void WriteFilter(Utf8JsonWriter w, InputEvent evt, ScanResult scan, SensitivityAssessment a, AuditAction action, bool wholeFields, string policyVersion)
    {
        w.WritePropertyName(Filter);
        if (NeedsFilterObject(evt, scan, a))
        {
            WriteFilterObject(w, evt, scan, a, action, wholeFields, policyVersion);
            return;
        }
        w.WriteRawValue(CachedFilterObject(evt, scan, a, action, wholeFields, policyVersion), skipInputValidation: true);
    }

    /// <summary>Entities, blur boxes or several categories: the filter object is written for this event alone.</summary>
    private static bool NeedsFilterObject(InputEvent evt, ScanResult scan, SensitivityAssessment a) =>
        scan.Entities.Count > 0 || evt.ScreenOcr is not null || a.Categories.Count > 1;

    /// <summary>
    /// Without entities or blur boxes the object depends on four values only, and nearly every key
    /// event has one of a handful: written once by the general code, then copied.
    /// </summary>
    private byte[] CachedFilterObject(InputEvent evt, ScanResult scan, SensitivityAssessment a, AuditAction action, bool wholeFields, string policyVersion)
    {
        var key = new FilterKey(action, a.Level, a.Categories.Count == 0 ? null : a.Categories[0], policyVersion);
        if (!_filters.TryGetValue(key, out var json))
        {
            _scratchBuffer.ResetWrittenCount();
            _scratch.Reset(_scratchBuffer);
            WriteFilterObject(_scratch, evt, scan, a, action, wholeFields, policyVersion);
            _scratch.Flush();
            json = _scratchBuffer.WrittenSpan.ToArray();
            if (_filters.Count >= MaxFilterObjects)
            {
                _filters.Clear();
            }
            _filters.Add(key, json);
        }
        return json;
    }

    private void WriteFilterObject(Utf8JsonWriter w, InputEvent evt, ScanResult scan, SensitivityAssessment a, AuditAction action, bool wholeFields, string policyVersion)
    {
        w.WriteStartObject();
        _text.WriteString(w, Action, AuditActionNames.Of(action));
        w.WriteNumber(Level, (int)a.Level);
        w.WriteStartArray(Categories);
        if (a.Categories.Count == 0)
        {
            _text.WriteStringValue(w, Sensitivity.Category.Work);
        }
        for (var i = 0; i < a.Categories.Count; i++)
        {
            _text.WriteStringValue(w, a.Categories[i]);
        }
        w.WriteEndArray();
        w.WriteStartArray(Entities);
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
            ScreenFrameJson.WriteBlurBoxes(w, frame, scan, wholeFields);
        }
        _text.WriteString(w, PolicyVersion, policyVersion);
        w.WriteEndObject();
    }

    private readonly record struct FilterKey(AuditAction Action, SensitivityLevel Level, string? Category, string PolicyVersion);
}
