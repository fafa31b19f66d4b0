using System.Text.Json;

namespace StreamFilter.Core.Tests.Corpora;

/// <summary>
/// One Presidio recognizer test case: a text, the entity it is about, and the expected spans (UTF-16,
/// converted from the corpus's code-point offsets) or just the expected count.
/// </summary>
internal sealed record PresidioCase(int Line, string Entity, string Text, int Count, (int Start, int End)[]? Spans, bool Weak)
{
    /// <summary>Cases of a single entity with no recognizer parameters (those test Presidio's own options).</summary>
    public static IEnumerable<PresidioCase> Read(string path)
    {
        var line = 0;
        foreach (var json in File.ReadLines(path))
        {
            line++;
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (!root.TryGetProperty("entity", out var entity) || entity.ValueKind != JsonValueKind.String
                || root.TryGetProperty("params", out _) || !root.TryGetProperty("count", out var count))
            {
                continue;
            }
            var text = root.GetProperty("text").GetString() ?? "";
            var spans = root.TryGetProperty("spans", out var s) && s.ValueKind == JsonValueKind.Array
                && root.TryGetProperty("spans_complete", out var complete) && complete.ValueKind == JsonValueKind.True
                ? s.EnumerateArray().Select(p => ToUtf16(text, p[0].GetInt32(), p[1].GetInt32())).ToArray()
                : null;
            var expected = count.GetInt32();
            yield return new PresidioCase(line, entity.GetString()!, text, expected, spans, expected > 0 && IsWeak(root));
        }
    }

    /// <summary>
    /// True when every expected score Presidio states for the case is below 0.5: Presidio itself
    /// reports it only as a weak hint that needs context.
    /// </summary>
    private static bool IsWeak(JsonElement root)
    {
        if (!root.TryGetProperty("expected_score", out var score))
        {
            return false;
        }
        if (score.ValueKind == JsonValueKind.Number)
        {
            return score.GetDouble() is >= 0 and < 0.5;
        }
        if (score.ValueKind != JsonValueKind.Array || score.GetArrayLength() == 0)
        {
            return false;
        }
        foreach (var range in score.EnumerateArray())
        {
            var upper = range.ValueKind == JsonValueKind.Array ? range[range.GetArrayLength() - 1] : range;
            if (upper.ValueKind != JsonValueKind.Number || upper.GetDouble() >= 0.5)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Code-point offsets (Python) to UTF-16 offsets (.NET).</summary>
    private static (int, int) ToUtf16(string text, int start, int end)
    {
        int Convert(int codePoints)
        {
            var utf16 = 0;
            for (var k = 0; k < codePoints && utf16 < text.Length; k++)
            {
                utf16 += char.IsHighSurrogate(text[utf16]) ? 2 : 1;
            }
            return utf16;
        }
        return (Convert(start), Convert(end));
    }
}
