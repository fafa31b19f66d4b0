using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// The audit record's JSON form (one NDJSON line or one audit-topic message):
/// <c>{"event_id","type","user_id","action","reasons","entity_types","level","categories","policy_version","source"}</c>.
/// </summary>
public static class AuditRecordJson
{
    /// <summary>
    /// Relaxed escaping: the output is NDJSON or Kafka, never embedded in HTML. No structural validation:
    /// the writers' fixed shapes are always well formed, and checking every call costs on the hot path.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static readonly JsonEncodedText EventId = JsonEncodedText.Encode("event_id"u8);
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type"u8);
    private static readonly JsonEncodedText UserId = JsonEncodedText.Encode("user_id"u8);
    private static readonly JsonEncodedText Action = JsonEncodedText.Encode("action"u8);
    private static readonly JsonEncodedText Reasons = JsonEncodedText.Encode("reasons"u8);
    private static readonly JsonEncodedText EntityTypes = JsonEncodedText.Encode("entity_types"u8);
    private static readonly JsonEncodedText Level = JsonEncodedText.Encode("level"u8);
    private static readonly JsonEncodedText Categories = JsonEncodedText.Encode("categories"u8);
    private static readonly JsonEncodedText PolicyVersion = JsonEncodedText.Encode("policy_version"u8);
    private static readonly JsonEncodedText Source = JsonEncodedText.Encode("source"u8);

    public static void Write(Utf8JsonWriter writer, AuditRecord record) => Write(writer, record, null);

    /// <param name="cache">
    /// Encoded forms of the values that repeat (user, reasons, categories...). With a cache the record
    /// is assembled from pre-encoded fragments and written as one raw value: the same bytes
    /// (FixedShapeJsonProperties) for a fraction of the writer calls. Null writes it call by call.
    /// </param>
    public static void Write(Utf8JsonWriter writer, AuditRecord record, JsonTextCache? cache)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        if (cache is not null)
        {
            var fragments = cache.Fragments;
            WriteFixedShape(fragments, record, cache);
            writer.WriteRawValue(fragments.Written, skipInputValidation: true);
            return;
        }
        writer.WriteStartObject();
        writer.WriteString(EventId, record.EventId);
        writer.WriteString(Type, record.Type);
        writer.WriteString(UserId, record.UserId);
        writer.WriteString(Action, AuditActionNames.Of(record.Action));
        WriteArray(writer, Reasons, record.Reasons);
        WriteArray(writer, EntityTypes, record.EntityTypes);
        writer.WriteNumber(Level, (int)record.Level);
        WriteArray(writer, Categories, record.Categories);
        writer.WriteString(PolicyVersion, record.PolicyVersion);
        WriteSource(writer, record);
        writer.WriteEndObject();
    }

    private static void WriteFixedShape(JsonFragments f, AuditRecord record, JsonTextCache cache)
    {
        f.Clear();
        f.Append("{\"event_id\":"u8);
        f.AppendUnique(record.EventId);
        // Without reasons or entities (a key passed on) the fields up to the source depend on the user's
        // values only: written once per user, then copied.
        var repeating = record.Reasons.Count == 0 && record.EntityTypes.Count == 0 && record.Categories.Count == 1;
        var part = repeating ? new UserPart(record.Type, record.UserId, record.Action, record.Level, record.Categories[0], record.PolicyVersion) : default;
        if (repeating && cache.AuditUserParts.TryGet(record.UserId, part, out var known))
        {
            f.Append(known);
        }
        else
        {
            var start = f.Length;
            AppendUserPart(f, record, cache);
            if (repeating)
            {
                cache.AuditUserParts.Remember(record.UserId, part, f.Written[start..]);
            }
        }
        AppendSource(f, record);
        f.Append((byte)'}');
    }

    private static void AppendUserPart(JsonFragments f, AuditRecord record, JsonTextCache cache)
    {
        f.Append(",\"type\":"u8);
        f.AppendString(record.Type, cache);
        f.Append(",\"user_id\":"u8);
        f.AppendString(record.UserId, cache);
        f.Append(",\"action\":"u8);
        f.AppendString(AuditActionNames.Of(record.Action), cache);
        f.Append(",\"reasons\":"u8);
        AppendArray(f, record.Reasons, cache);
        f.Append(",\"entity_types\":"u8);
        AppendArray(f, record.EntityTypes, cache);
        f.Append(",\"level\":"u8);
        f.AppendNumber((int)record.Level);
        f.Append(",\"categories\":"u8);
        AppendArray(f, record.Categories, cache);
        f.Append(",\"policy_version\":"u8);
        f.AppendString(record.PolicyVersion, cache);
    }

    private static void AppendSource(JsonFragments f, AuditRecord record)
    {
        if (record.ExplicitSource is { } text)
        {
            f.Append(",\"source\":"u8);
            f.AppendUnique(text);
        }
        else if (record.Position is { } position)
        {
            f.Append(",\"source\":"u8);
            Span<char> formatted = stackalloc char[256];
            f.AppendUnique(Format(position, formatted, out var length) ? formatted[..length] : position.ToString());
        }
    }

    private static void AppendArray(JsonFragments f, IReadOnlyList<string> values, JsonTextCache cache)
    {
        f.Append((byte)'[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                f.Append((byte)',');
            }
            f.AppendString(values[i], cache);
        }
        f.Append((byte)']');
    }

    /// <summary>"source": the explicit <see cref="AuditRecord.Source"/>, else the position formatted on the stack.</summary>
    private static void WriteSource(Utf8JsonWriter writer, AuditRecord record)
    {
        if (record.ExplicitSource is { } text)
        {
            writer.WriteString(Source, text);
            return;
        }
        if (record.Position is not { } position)
        {
            return;
        }
        Span<char> formatted = stackalloc char[256];
        if (Format(position, formatted, out var length))
        {
            writer.WriteString(Source, formatted[..length]);
            return;
        }
        writer.WriteString(Source, position.ToString());
    }

    /// <summary>"source:offset" into <paramref name="formatted"/>, as <see cref="SourcePosition.ToString"/> would; false when it does not fit.</summary>
    private static bool Format(SourcePosition position, Span<char> formatted, out int length)
    {
        var name = position.Source.AsSpan();
        length = 0;
        if (name.Length + 1 >= formatted.Length || !position.Offset.TryFormat(formatted[(name.Length + 1)..], out var digits, default, CultureInfo.InvariantCulture))
        {
            return false;
        }
        name.CopyTo(formatted);
        formatted[name.Length] = ':';
        length = name.Length + 1 + digits;
        return true;
    }

    private static void WriteArray(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(values[i]);
        }
        writer.WriteEndArray();
    }

    /// <summary>What the audit fields between the event id and the source hold for a record without reasons or entities.</summary>
    internal readonly record struct UserPart(string Type, string UserId, AuditAction Action, Sensitivity.SensitivityLevel Level, string Category, string PolicyVersion);
}
