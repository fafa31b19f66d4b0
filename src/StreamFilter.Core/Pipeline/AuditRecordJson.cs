using System.Text.Encodings.Web;
using System.Text.Json;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// The audit record's JSON form (one NDJSON line or one audit-topic message):
/// <c>{"event_id","type","user_id","action","reasons","entity_types","level","categories","policy_version","source"}</c>.
/// </summary>
public static class AuditRecordJson
{
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter writer, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        writer.WriteString("event_id"u8, record.EventId);
        writer.WriteString("type"u8, record.Type);
        writer.WriteString("user_id"u8, record.UserId);
        writer.WriteString("action"u8, AuditActionNames.Of(record.Action));
        WriteArray(writer, "reasons"u8, record.Reasons);
        WriteArray(writer, "entity_types"u8, record.EntityTypes);
        writer.WriteNumber("level"u8, (int)record.Level);
        WriteArray(writer, "categories"u8, record.Categories);
        writer.WriteString("policy_version"u8, record.PolicyVersion);
        if (record.Source is not null)
        {
            writer.WriteString("source"u8, record.Source);
        }
        writer.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteStringValue(v);
        }
        writer.WriteEndArray();
    }
}
