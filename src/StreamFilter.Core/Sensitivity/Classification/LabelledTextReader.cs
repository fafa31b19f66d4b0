using System.Text;
using System.Text.Json;

namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// Reads category-labelled JSONL: <c>{"text": ..., "label": ...}</c> plus optional <c>heldout</c>
/// (bool), <c>id</c>, <c>source</c> and <c>family</c>. A record's reporting source is the file name
/// plus its corpus (the repository part of <c>source</c>) or its generator family (<c>family</c>). Records with a label that is not a StreamFilter category (the
/// SMS corpus's "spam") are skipped and counted, never guessed. A line that is not such a record is an
/// error naming the file and line: training on half a file would be silently wrong.
/// </summary>
public static class LabelledTextReader
{
    /// <summary>Share of records without an explicit split that are held out, in percent.</summary>
    public const int HeldOutPercent = 20;

    public static IEnumerable<LabelledText> Read(string path, IDictionary<string, int> skippedLabels)
    {
        ArgumentNullException.ThrowIfNull(skippedLabels);
        var lineNumber = 0;
        var stem = Path.GetFileNameWithoutExtension(path);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var record = Parse(line, path, lineNumber);
            if (!Category.IsKnown(record.Label))
            {
                skippedLabels[record.Label] = skippedLabels.TryGetValue(record.Label, out var n) ? n + 1 : 1;
                continue;
            }
            var source = record.Group is null ? stem : stem + ":" + record.Group;
            yield return new LabelledText(record.Text, record.Label, record.HeldOut ?? IsHeldOut(record.SplitKey), source);
        }
    }

    /// <summary>
    /// The deterministic split for records that do not carry one: FNV-1a of "source#id" (or of the text
    /// when there is no id). Keying on the id keeps records that share it (a medical dialogue and the
    /// note written from it) on the same side.
    /// </summary>
    public static bool IsHeldOut(string splitKey)
    {
        var h = 14695981039346656037UL;
        foreach (var c in splitKey)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        return h % 100 < HeldOutPercent;
    }

    /// <summary>"abachaa/MEDIQA2019:MEDIQA_Task2_RQE/x.xml" and "frappe/hrms git log" name their corpus before ':' or ' '.</summary>
    private static string CorpusOf(string source)
    {
        var end = source.AsSpan().IndexOfAny(':', ' ');
        return end < 0 ? source : source[..end];
    }

    private static (string Text, string Label, bool? HeldOut, string SplitKey, string? Group) Parse(string line, string path, int lineNumber)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var text = root.GetProperty("text").GetString() ?? throw new FormatException("text is null");
            var label = root.GetProperty("label").GetString() ?? throw new FormatException("label is null");
            bool? heldOut = root.TryGetProperty("heldout", out var h) ? h.GetBoolean() : null;
            var key = root.TryGetProperty("id", out var id)
                ? (root.TryGetProperty("source", out var s) ? s.ToString() : "") + "#" + id.ToString()
                : text;
            string? group = root.TryGetProperty("family", out var f) ? f.GetString()
                : root.TryGetProperty("source", out var src) && src.ValueKind == JsonValueKind.String ? CorpusOf(src.GetString()!) : null;
            return (text, label, heldOut, key, group);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path}:{lineNumber}: not a labelled text record ({e.GetType().Name}); expected {{\"text\": string, \"label\": string}}", e);
        }
    }
}
