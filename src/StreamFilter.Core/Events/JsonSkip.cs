using System.Text.Json;

namespace StreamFilter.Core.Events;

/// <summary>Skips JSON values while enforcing the configured nesting limit with a clear reason.</summary>
internal static class JsonSkip
{
    /// <summary>
    /// Skips the value the reader is on. On a start token it reads to the matching end; on a primitive
    /// or an end token it does nothing.
    /// </summary>
    public static void Value(ref Utf8JsonReader reader, int maxDepth)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }
        CheckDepth(ref reader, maxDepth);
        var depth = reader.CurrentDepth;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    CheckDepth(ref reader, maxDepth);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray when reader.CurrentDepth == depth:
                    return;
            }
        }
    }

    /// <summary>Call on a start token: the container's nesting level counts the event object as 1.</summary>
    public static void CheckDepth(ref Utf8JsonReader reader, int maxDepth)
    {
        if (reader.CurrentDepth + 1 > maxDepth)
        {
            throw new InvalidEventException($"JSON nested deeper than {maxDepth} levels");
        }
    }
}
