using System.Text.Json;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Cli.Evaluation;

/// <summary>
/// Scores the default detector engine on span-labelled JSONL (<c>{"text", "spans": [{"start", "end",
/// "label"}]}</c>, offsets in code points as in ../shared/corpora). A finding is a true positive when it
/// overlaps an unmatched gold span that maps to the same entity type; findings of types no mapped label
/// produces are not scored (the corpus does not label them, so they would all look false).
/// </summary>
internal static class SpanEvaluation
{
    public static SpanReport Run(string path, LabelMapping mapping, DetectorEngine engine)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var unmapped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var scored = new HashSet<string>(mapping.Targets, StringComparer.Ordinal);
        using var findings = new FindingList();
        var records = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            records++;
            var (text, gold) = ParseRecord(line, path, lineNumber, mapping, unmapped);
            engine.Scan(text, findings);
            var matched = new bool[gold.Count];
            foreach (var f in findings.AsSpan())
            {
                if (!scored.Contains(f.EntityType))
                {
                    continue;
                }
                var hit = gold.FindIndex(g => g.Type == f.EntityType && g.Start < f.End && f.Start < g.End);
                while (hit >= 0 && matched[hit])
                {
                    hit = gold.FindIndex(hit + 1, g => g.Type == f.EntityType && g.Start < f.End && f.Start < g.End);
                }
                var c = Counts(counts, f.EntityType);
                if (hit >= 0)
                {
                    matched[hit] = true;
                    c[0]++;
                }
                else
                {
                    c[1]++;
                }
            }
            for (var i = 0; i < gold.Count; i++)
            {
                if (!matched[i])
                {
                    Counts(counts, gold[i].Type)[2]++;
                }
            }
        }
        var scores = counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new CategoryScore(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2])).ToList();
        return new SpanReport(records, scores, unmapped);
    }

    private static int[] Counts(Dictionary<string, int[]> counts, string type)
    {
        if (!counts.TryGetValue(type, out var c))
        {
            counts[type] = c = new int[3];
        }
        return c;
    }

    private static (string Text, List<(string Type, int Start, int End)> Gold) ParseRecord(
        string line, string path, int lineNumber, LabelMapping mapping, SortedDictionary<string, int> unmapped)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString() ?? "";
            var gold = new List<(string, int, int)>();
            foreach (var span in doc.RootElement.GetProperty("spans").EnumerateArray())
            {
                var label = span.GetProperty("label").GetString() ?? "";
                var type = mapping.Map(label);
                if (type is null)
                {
                    unmapped[label] = unmapped.GetValueOrDefault(label) + 1;
                    continue;
                }
                gold.Add((type, Utf16Offset(text, span.GetProperty("start").GetInt32()), Utf16Offset(text, span.GetProperty("end").GetInt32())));
            }
            return (text, gold);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path}:{lineNumber}: not a span-labelled record ({e.GetType().Name})", e);
        }
    }

    /// <summary>Code-point offset to UTF-16 offset: each character above U+FFFF takes two code units.</summary>
    private static int Utf16Offset(string text, int codePoints)
    {
        var i = 0;
        for (var n = 0; n < codePoints && i < text.Length; n++)
        {
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
        }
        return i;
    }
}
