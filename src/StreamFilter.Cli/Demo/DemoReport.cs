using System.Text;
using System.Text.Json;
using Confluent.Kafka;

namespace StreamFilter.Cli.Demo;

/// <summary>
/// What the demo shows: counts from the committed audit topic (one value-free record per input event),
/// examples taken only from the filtered output (already redacted), and the stage's own metrics.
/// Nothing from the generated input is printed: it holds the (synthetic) identifiers being removed.
/// </summary>
internal sealed class DemoReport
{
    private readonly int inputs;
    private readonly List<JsonElement> outputs;
    private readonly List<JsonElement> audits;
    private readonly int deadLetters;
    private readonly int quarantined;

    public DemoReport(int inputs, List<Message<byte[], byte[]>> output, List<Message<byte[], byte[]>> audit, int deadLetters, int quarantined)
    {
        this.inputs = inputs;
        outputs = output.ConvertAll(m => JsonDocument.Parse(m.Value).RootElement);
        audits = audit.ConvertAll(m => JsonDocument.Parse(m.Value).RootElement);
        this.deadLetters = deadLetters;
        this.quarantined = quarantined;
    }

    private int Dropped => audits.Count(a => Action(a) == "drop");

    /// <summary>Every input event accounted for exactly once: forwarded, dropped by policy, or dead-lettered.</summary>
    public bool Balanced => inputs == outputs.Count + Dropped + deadLetters && audits.Count == inputs;

    public void Write(TextWriter w, Uri ops, string metrics)
    {
        w.WriteLine();
        w.WriteLine($"IN    {inputs} events: {Counts(audits.Select(a => a.GetProperty("type").GetString()!))}");
        w.WriteLine($"OUT   {outputs.Count} events forwarded to training storage: {Counts(audits.Select(Action).Where(a => a is "pass" or "redact"))}");
        w.WriteLine($"DROP  {Dropped} events dropped by policy ({quarantined} of them quarantined, encrypted, for review), by reason:");
        w.WriteLine($"        {Counts(audits.Where(a => Action(a) == "drop").Select(FirstReason))}");
        w.WriteLine($"DEAD  {deadLetters} events dead-lettered (encrypted; `streamfilter dead-letters` opens them)");
        w.WriteLine($"REDACTED entity types in forwarded events: {Counts(audits.Where(a => Action(a) == "redact").SelectMany(a => a.GetProperty("entity_types").EnumerateArray().Select(t => t.GetString()!)))}");
        w.WriteLine();
        w.WriteLine("EXAMPLES (as they went out; the input is not shown because it holds the values removed):");
        WriteTypedSession(w);
        foreach (var prompt in outputs.Where(o => Type(o) == "transcript" && Audit(o) is { } a && Action(a) == "redact").Take(3))
        {
            w.WriteLine($"  prompt    [{string.Join(',', Audit(prompt)!.Value.GetProperty("entity_types").EnumerateArray().Select(t => t.GetString()))}] {prompt.GetProperty("text").GetString()}");
        }
        if (audits.FirstOrDefault(a => a.GetProperty("type").GetString() == "screen_ocr" && Action(a) == "drop") is { ValueKind: JsonValueKind.Object } screen)
        {
            w.WriteLine($"  screen    tax site frame dropped whole: {FirstReason(screen)}");
        }
        var password = audits.Count(a => FirstReason(a) == "password_field");
        w.WriteLine($"  password  {password} keys typed into password fields dropped");
        w.WriteLine();
        w.WriteLine($"ACCOUNTING in {inputs} = out {outputs.Count} + dropped {Dropped} + dead-lettered {deadLetters}: {(Balanced ? "OK, every event accounted for once" : "MISMATCH")}");
        w.WriteLine();
        w.WriteLine($"METRICS (scraped from {ops}metrics):");
        foreach (var line in metrics.Split('\n'))
        {
            // Every series of the fixed label sets exists from start-up: the zero ones would bury the rest.
            if (line.StartsWith("streamfilter_", StringComparison.Ordinal) && !line.Contains("_bucket", StringComparison.Ordinal) && !line.EndsWith(" 0", StringComparison.Ordinal))
            {
                w.WriteLine("  " + line);
            }
        }
    }

    /// <summary>One typed session with a masked value, rebuilt from its forwarded keys in order.</summary>
    private void WriteTypedSession(TextWriter w)
    {
        var masked = outputs.FirstOrDefault(o => Type(o) == "keystroke" && o.GetProperty("key").GetString() == "*");
        if (masked.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        var session = masked.GetProperty("session_id").GetString();
        var typed = new StringBuilder();
        foreach (var key in outputs.Where(o => Type(o) == "keystroke" && o.GetProperty("session_id").GetString() == session).OrderBy(o => o.GetProperty("seq").GetInt64()))
        {
            typed.Append(key.GetProperty("key").GetString() switch { "Space" => " ", "Enter" => "⏎", var k => k });
        }
        w.WriteLine($"  typing    [US_SSN] {typed}");
    }

    private JsonElement? Audit(JsonElement output)
    {
        var id = output.GetProperty("event_id").GetString();
        foreach (var audit in audits)
        {
            if (audit.GetProperty("event_id").GetString() == id)
            {
                return audit;
            }
        }
        return null;
    }

    private static string Type(JsonElement e) => e.GetProperty("type").GetString()!;

    private static string Action(JsonElement audit) => audit.GetProperty("action").GetString()!;

    /// <summary>The reason code without details ("invalid_event: ..." reads as invalid_event).</summary>
    private static string FirstReason(JsonElement audit)
    {
        var reasons = audit.GetProperty("reasons");
        if (reasons.GetArrayLength() == 0)
        {
            return "none";
        }
        var reason = reasons[0].GetString()!;
        var colon = reason.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && !reason.StartsWith("policy_", StringComparison.Ordinal) ? reason[..colon] : reason;
    }

    private static string Counts(IEnumerable<string> values) =>
        string.Join(", ", values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
}
