using System.Text.Json;

namespace StreamFilter.Core.Tests.Corpora;

/// <summary>One record of gitleaks_rule_cases.jsonl; spans already converted to UTF-16 offsets.</summary>
internal sealed record GitleaksCase(int Line, string RuleId, bool Detect, string Text, (int Start, int End)[] Spans)
{
    public static IReadOnlyList<GitleaksCase> Load(string path)
    {
        var cases = new List<GitleaksCase>();
        var line = 0;
        foreach (var json in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(json))
            {
                continue;
            }
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var spans = root.TryGetProperty("spans", out var s)
                ? s.EnumerateArray().Select(p => (TestCorpora.ToUtf16(text, p[0].GetInt32()), TestCorpora.ToUtf16(text, p[1].GetInt32()))).ToArray()
                : [];
            cases.Add(new GitleaksCase(line, root.GetProperty("rule_id").GetString()!, root.GetProperty("expected").GetString() == "detect", text, spans));
        }
        return cases;
    }
}
