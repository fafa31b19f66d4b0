using System.Text.Json;

namespace StreamFilter.Core.Events;

/// <summary>
/// Reads the <c>blocks</c> array of a screen frame: <c>[{"text", "bbox": [x, y, w, h], "conf"}]</c>.
/// A malformed block rejects the event, whatever its type: recovering inside a half-read block is not
/// worth the risk of misreading the rest of the line.
/// </summary>
internal static class OcrBlockReader
{
    public static bool Read(ref Utf8JsonReader reader, int maxDepth, EventFieldBag bag)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }
        JsonSkip.CheckDepth(ref reader, maxDepth);
        var blocks = new List<OcrBlock>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var error = ReadBlock(ref reader, maxDepth, bag, out var block);
            if (error is not null)
            {
                throw new InvalidEventException($"blocks[{blocks.Count}]: {error}");
            }
            blocks.Add(block!);
        }
        bag.Blocks = blocks;
        return true;
    }

    /// <summary>Returns null and the block, or the reason it is malformed.</summary>
    private static string? ReadBlock(ref Utf8JsonReader reader, int maxDepth, EventFieldBag bag, out OcrBlock? block)
    {
        block = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return "a block must be an object";
        }
        JsonSkip.CheckDepth(ref reader, maxDepth);
        string? text = null;
        BoundingBox? box = null;
        double? conf = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String || text is not null)
                {
                    return "text must be one string";
                }
                text = reader.GetString();
            }
            else if (reader.ValueTextEquals("bbox"u8))
            {
                reader.Read();
                if (box is not null || ReadBox(ref reader, maxDepth) is not { } b)
                {
                    return "bbox must be one array of 4 numbers [x, y, w, h]";
                }
                box = b;
            }
            else if (reader.ValueTextEquals("conf"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Number || conf is not null)
                {
                    return "conf must be one number";
                }
                conf = reader.GetDouble();
            }
            else
            {
                reader.Read();
                bag.UnknownFields++;
                JsonSkip.Value(ref reader, maxDepth);
            }
        }
        if (text is null || box is null)
        {
            return text is null ? "text is missing" : "bbox is missing";
        }
        block = new OcrBlock(text, box.Value, conf);
        return null;
    }

    private static BoundingBox? ReadBox(ref Utf8JsonReader reader, int maxDepth)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }
        JsonSkip.CheckDepth(ref reader, maxDepth);
        Span<double> v = stackalloc double[4];
        var n = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.Number || n == 4)
            {
                return null;
            }
            v[n++] = reader.GetDouble();
        }
        return n == 4 ? new BoundingBox(v[0], v[1], v[2], v[3]) : null;
    }
}
