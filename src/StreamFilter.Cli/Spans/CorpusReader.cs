using System.Text.Json;

namespace StreamFilter.Cli.Spans;

/// <summary>
/// Reads a JSONL corpus of <c>{"id": ..., "text": "...", ...}</c> records (the peer harness's format)
/// fully into memory, so that parsing stays outside the timed scan. Other fields are ignored.
/// </summary>
internal static class CorpusReader
{
    /// <exception cref="InvalidDataException">A line is not JSON or lacks a string <c>text</c> or an <c>id</c>; names the file and line.</exception>
    public static List<CorpusRecord> Read(string path)
    {
        var records = new List<CorpusRecord>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("id", out var id)
                    || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: expected an object with \"id\" and a string \"text\"");
                }
                records.Add(new CorpusRecord(id.GetRawText(), text.GetString()!));
            }
            catch (JsonException e)
            {
                // The message carries position only (JsonException never quotes the input).
                throw new InvalidDataException($"{path}:{lineNumber}: not JSON ({e.Message})", e);
            }
        }
        return records;
    }
}
