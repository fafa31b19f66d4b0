using System.Text.Json;
using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Corpora;

/// <summary>
/// Runs the default engine over the Presidio cases of every shared entity type. A case passes when
/// the findings of the mapped type are exactly the expected spans (or, when Presidio lists no complete
/// spans, exactly the expected count).
/// </summary>
internal static class PresidioScorer
{
    public const string RecognizerFile = "presidio_recognizer_tests.jsonl";
    public const string ValidationFile = "presidio_validation_tests.jsonl";

    private static readonly Lazy<IReadOnlyList<PresidioTypeResult>> Cached = new(Measure);

    public static IReadOnlyList<PresidioTypeResult> Results => Cached.Value;

    private static IReadOnlyList<PresidioTypeResult> Measure()
    {
        var engine = DetectorCatalog.CreateDefaultEngine();
        var emitted = engine.Detectors.SelectMany(d => d.EntityTypes).ToHashSet(StringComparer.Ordinal);
        var results = PresidioEntityMap.ToOurs.ToDictionary(
            p => p.Key, p => new PresidioTypeResult(p.Key, p.Value, emitted.Contains(p.Value)), StringComparer.Ordinal);
        using var findings = new FindingList();
        foreach (var c in PresidioCase.Read(TestCorpora.PathOf(RecognizerFile)))
        {
            if (results.TryGetValue(c.Entity, out var result))
            {
                Judge(engine, c, result, findings);
            }
        }
        foreach (var (entity, text, valid) in ReadValidationCases())
        {
            if (results.TryGetValue(entity, out var result))
            {
                engine.Scan(text, findings);
                var whole = findings.AsSpan().ToArray().Any(f => f.EntityType == result.OurEntity && f.Start == 0 && f.End == text.Length);
                result.ValidationCases++;
                result.ValidationPassed += whole == valid ? 1 : 0;
            }
        }
        return results.Values.OrderBy(r => r.PresidioEntity, StringComparer.Ordinal).ToArray();
    }

    private static void Judge(DetectorEngine engine, PresidioCase c, PresidioTypeResult result, FindingList findings)
    {
        engine.Scan(c.Text, findings);
        var reported = Spans(findings, result.OurEntity);
        if (c.Weak)
        {
            result.Weak++;
            findings.Clear();
            foreach (var detector in engine.Detectors.Where(d => d.EntityTypes.Contains(result.OurEntity)))
            {
                detector.Scan(c.Text, findings);
            }
            var candidates = Spans(findings, result.OurEntity);
            result.WeakCandidates += Matches(c, candidates, subset: true) ? 1 : 0;
            result.WeakReported += Matches(c, reported, subset: false) ? 1 : 0;
            return;
        }
        var passed = Matches(c, reported, subset: false);
        if (c.Count > 0)
        {
            result.Positives++;
            result.PositivesPassed += passed ? 1 : 0;
        }
        else
        {
            result.Negatives++;
            result.NegativesPassed += passed ? 1 : 0;
        }
        if (!passed)
        {
            result.FailedLines.Add(c.Line);
        }
    }

    private static (int, int)[] Spans(FindingList findings, string entityType) =>
        findings.AsSpan().ToArray().Where(f => f.EntityType == entityType).Select(f => (f.Start, f.End)).Distinct().Order().ToArray();

    /// <summary>Exact match of the spans (or of the count); with <paramref name="subset"/>, every expected span is among ours.</summary>
    private static bool Matches(PresidioCase c, (int, int)[] ours, bool subset)
    {
        if (c.Spans is null)
        {
            return subset ? ours.Length >= c.Count : ours.Length == c.Count;
        }
        var expected = c.Spans.Distinct().Order().ToArray();
        return subset ? expected.All(ours.Contains) : expected.SequenceEqual(ours);
    }

    /// <summary>Checksum-validator cases: the whole text is one value, valid or not.</summary>
    private static IEnumerable<(string Entity, string Text, bool Valid)> ReadValidationCases()
    {
        foreach (var json in File.ReadLines(TestCorpora.PathOf(ValidationFile)))
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.TryGetProperty("entity", out var entity) && entity.ValueKind == JsonValueKind.String
                && root.TryGetProperty("text", out var text) && root.TryGetProperty("expected", out var expected)
                && expected.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                yield return (entity.GetString()!, text.GetString() ?? "", expected.ValueKind == JsonValueKind.True);
            }
        }
    }
}
