using System.Text;
using FsCheck.Xunit;
using StreamFilter.Core.Pipeline;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

public class StatefulAccountingProperties
{
    private static readonly string[] Keys = ["5", "3", "6", "-", "2", "4", "8", "7", "1", "a", "@", "Space", "Backspace", "ArrowLeft", "Home", "Enter"];
    private static readonly string[] Consent = ["pause", "resume", "opt_out", "opt_in"];

    /// <summary>
    /// Keys of several sessions, consent changes and transcripts in any order and with any time gaps:
    /// after the end of input every event has exactly one audit and no key is forwarded twice.
    /// </summary>
    [Property(MaxTest = 200)]
    public bool Every_event_is_audited_exactly_once(byte[] script)
    {
        using var processor = new EventProcessor(DefaultRules());
        var sink = new RecordingSink();
        var t0 = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
        var ids = new List<string>();
        var seconds = 0.0;
        for (var i = 0; i < script.Length; i++)
        {
            var b = script[i];
            seconds += b % 11 == 0 ? 3 : 0.15;
            var ts = t0.AddSeconds(seconds).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
            var user = $"u{b % 2}";
            var id = $"e{i}";
            var line = (b % 13) switch
            {
                0 => $$"""{"type":"consent","event_id":"{{id}}","user_id":"{{user}}","ts":"{{ts}}","action":"{{Consent[b % 4]}}","minutes":1}""",
                1 => $$"""{"type":"transcript","event_id":"{{id}}","user_id":"{{user}}","ts":"{{ts}}","source":"chat","text":"ssn 536-22-4871"}""",
                _ => $$"""{"type":"keystroke","event_id":"{{id}}","user_id":"{{user}}","ts":"{{ts}}","device_id":"d","session_id":"s{{b % 3}}","seq":{{i}},"key":"{{Keys[b % Keys.Length]}}","field":"{{(b % 17 == 0 ? "password" : "text")}}"}""",
            };
            ids.Add(id);
            processor.Process(Encoding.UTF8.GetBytes(line), new SourcePosition("p", i), sink);
        }
        processor.Complete(sink);
        var audited = sink.Audits.Select(a => a.EventId).OrderBy(x => x, StringComparer.Ordinal);
        return audited.SequenceEqual(ids.OrderBy(x => x, StringComparer.Ordinal))
            && sink.DeadLetters.Count == 0
            && sink.Forwarded.Count == sink.Audits.Count(a => a.Action is AuditAction.Pass or AuditAction.Redact);
    }
}
