using System.Text;
using System.Text.Json;

namespace StreamFilter.Cli.People;

/// <summary>A generated or corpus sentence with its labelled spans (UTF-16 offsets).</summary>
internal sealed record LabelledText(string Text, IReadOnlyList<(int Start, int End, string Label)> Spans)
{
    /// <summary>One line of span-labelled JSONL as `streamfilter eval` reads it (offsets in code points).</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("text", Text);
            w.WriteStartArray("spans");
            foreach (var (start, end, label) in Spans)
            {
                w.WriteStartObject();
                w.WriteNumber("start", CodePoints(Text, start));
                w.WriteNumber("end", CodePoints(Text, end));
                w.WriteString("label", label);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static int CodePoints(string text, int utf16)
    {
        var n = 0;
        for (var i = 0; i < utf16; i++)
        {
            if (!char.IsLowSurrogate(text[i]))
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>Reads span-labelled JSONL (code-point offsets) into UTF-16 offsets.</summary>
    public static IEnumerable<LabelledText> ReadJsonl(string path, Func<JsonElement, bool>? where = null)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (where is not null && !where(root))
            {
                continue;
            }
            var text = root.GetProperty("text").GetString() ?? "";
            var spans = new List<(int, int, string)>();
            foreach (var s in root.GetProperty("spans").EnumerateArray())
            {
                spans.Add((Utf16(text, s.GetProperty("start").GetInt32()), Utf16(text, s.GetProperty("end").GetInt32()), s.GetProperty("label").GetString() ?? ""));
            }
            yield return new LabelledText(text, spans);
        }
    }

    private static int Utf16(string text, int codePoints)
    {
        var i = 0;
        for (var n = 0; n < codePoints && i < text.Length; n++)
        {
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
        }
        return i;
    }
}
