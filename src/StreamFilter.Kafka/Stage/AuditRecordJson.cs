using System.Buffers;
using System.Text.Json;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Kafka.Stage;

/// <summary>The audit record as one JSON object (snake_case names of ../shared/events.md).</summary>
internal static class AuditRecordJson
{
    public static byte[] Serialize(AuditRecord record, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("event_id", record.EventId);
            json.WriteString("type", record.Type);
            json.WriteString("user_id", record.UserId);
            json.WriteString("action", ActionName(record.Action));
            WriteArray(json, "reasons", record.Reasons);
            WriteArray(json, "entity_types", record.EntityTypes);
            json.WriteNumber("level", (int)record.Level);
            WriteArray(json, "categories", record.Categories);
            json.WriteString("policy_version", record.PolicyVersion);
            if (record.Source is not null)
            {
                json.WriteString("source", record.Source);
            }
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static string ActionName(AuditAction action) => action switch
    {
        AuditAction.Pass => "pass",
        AuditAction.Redact => "redact",
        AuditAction.Drop => "drop",
        _ => "dead_letter",
    };

    private static void WriteArray(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            json.WriteStringValue(values[i]);
        }
        json.WriteEndArray();
    }
}
