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

    /// <param name="cache">Encoded forms of the values that repeat (user, reasons, categories...); null encodes every value.</param>
    public static void Write(Utf8JsonWriter writer, AuditRecord record, JsonTextCache? cache)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        writer.WriteString(EventId, record.EventId);
        String(writer, Type, record.Type, cache);
        String(writer, UserId, record.UserId, cache);
        String(writer, Action, AuditActionNames.Of(record.Action), cache);
        WriteArray(writer, Reasons, record.Reasons, cache);
        WriteArray(writer, EntityTypes, record.EntityTypes, cache);
        writer.WriteNumber(Level, (int)record.Level);
        WriteArray(writer, Categories, record.Categories, cache);
        String(writer, PolicyVersion, record.PolicyVersion, cache);
        WriteSource(writer, record);
        writer.WriteEndObject();
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
        var name = position.Source.AsSpan();
        if (name.Length + 1 < formatted.Length && position.Offset.TryFormat(formatted[(name.Length + 1)..], out var digits, default, CultureInfo.InvariantCulture))
        {
            name.CopyTo(formatted);
            formatted[name.Length] = ':';
            writer.WriteString(Source, formatted[..(name.Length + 1 + digits)]);
            return;
        }
        writer.WriteString(Source, position.ToString());
    }

    private static void String(Utf8JsonWriter writer, JsonEncodedText name, string value, JsonTextCache? cache)
    {
        if (cache is null)
        {
            writer.WriteString(name, value);
        }
        else
        {
            cache.WriteString(writer, name, value);
        }
    }

    private static void WriteArray(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string> values, JsonTextCache? cache)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            if (cache is null)
            {
                writer.WriteStringValue(values[i]);
            }
            else
            {
                cache.WriteStringValue(writer, values[i]);
            }
        }
        writer.WriteEndArray();
    }
}
