using System.Text.Json;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Kafka.Stage;

/// <summary>Picks the output topic of a filtered event from its top-level "type" field.</summary>
internal sealed class OutputRouter(OutputOptions outputs)
{
    public string TopicFor(ReadOnlySpan<byte> filteredEventJson)
    {
        if (outputs.ByType.Count == 0)
        {
            return outputs.Default;
        }
        var type = ReadType(filteredEventJson);
        return type is not null && outputs.ByType.TryGetValue(type, out var topic) ? topic : outputs.Default;
    }

    /// <summary>Reads the top-level "type" string without materialising the document.</summary>
    private static string? ReadType(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("type"u8);
                reader.Read();
                if (isType && reader.TokenType == JsonTokenType.String)
                {
                    return reader.GetString();
                }
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // The processor produced this JSON; if it is malformed the default topic still receives it.
        }
        return null;
    }
}
