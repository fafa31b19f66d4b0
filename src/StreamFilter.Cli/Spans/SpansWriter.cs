using System.Text.Json;
using StreamFilter.Core.Detection;

namespace StreamFilter.Cli.Spans;

/// <summary>
/// Writes one <c>{"id": ..., "spans": [{"start", "end", "type", "label"}]}</c> line per record, the
/// prediction format of the peer harness's score.mjs: UTF-16 offsets, end exclusive, <c>type</c> the
/// harness's canonical name and <c>label</c> StreamFilter's own entity type. Never the matched value.
/// </summary>
internal static class SpansWriter
{
    public static void Write(Stream output, DetectorEngine engine, IReadOnlyList<CorpusRecord> records)
    {
        using var findings = new FindingList(64);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions());
        foreach (var record in records)
        {
            engine.Scan(record.Text, findings);
            json.WriteStartObject();
            json.WritePropertyName("id");
            json.WriteRawValue(record.IdJson, skipInputValidation: true);
            json.WriteStartArray("spans");
            foreach (var f in findings.AsSpan())
            {
                json.WriteStartObject();
                json.WriteNumber("start", f.Start);
                json.WriteNumber("end", f.End);
                json.WriteString("type", HarnessTypeNames.Of(f.EntityType, record.Text.AsSpan(f.Start, f.Length)));
                json.WriteString("label", f.EntityType);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            output.WriteByte((byte)'\n');
            json.Reset();
        }
    }
}
