using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using StreamFilter.Core.Keystrokes;
using StreamFilter.Core.Pipeline;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>
/// A seeded typing stream through a processor on its fast paths (flat reader, reused key events and audit record, fixed-shape JSON)
/// and through one on the general paths must emit the same bytes, record by record: forwarded events,
/// audit JSON, dead letters and quarantine. The stream has what could trip reuse or escaping: values
/// across sessions, typos, escapes and non-ASCII in keys and titles, password fields, a paused user
/// (keys judged without being held), a malformed line, and a checkpoint restored into new processors.
/// </summary>
public class KeystrokeFastPathStreamTests
{
    private const int Sessions = 24;
    private const int Keys = 6000;

    [Fact]
    public void Fast_paths_emit_the_general_paths_bytes_for_a_seeded_typing_stream()
    {
        var lines = TypingLines(seed: 7);
        var fast = Run(lines, fastPaths: true);
        var general = Run(lines, fastPaths: false);

        Assert.Equal(general.Count, fast.Count);
        for (var i = 0; i < general.Count; i++)
        {
            Assert.True(general[i].SequenceEqual(fast[i]), $"record {i} differs");
        }
        // The stream must have exercised what the comparison is about.
        var text = fast.Select(r => Encoding.UTF8.GetString(r)).ToList();
        Assert.Equal(lines.Count, text.Count(r => r.StartsWith("audit ", StringComparison.Ordinal)));
        Assert.Contains(text, r => r.Contains("\"action\":\"redact\"", StringComparison.Ordinal));
        Assert.Contains(text, r => r.StartsWith("dead ", StringComparison.Ordinal));
        Assert.Contains(text, r => r.Contains("\\\"", StringComparison.Ordinal));
        Assert.Contains(text, r => r.Contains("中", StringComparison.Ordinal));
    }

    /// <summary>Every sink call as one tagged byte string; halfway, every session is checkpointed and restored into a new processor.</summary>
    private static List<byte[]> Run(List<byte[]> lines, bool fastPaths)
    {
        var rules = DefaultRules();
        var sink = new BytesSink(fastPaths ? new JsonTextCache() : null);
        var processor = new EventProcessor(rules, null, fastPaths);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == lines.Count / 2)
            {
                processor = Restarted(processor, rules, fastPaths, sink);
            }
            // Lent (held keys keep a pooled copy) and handed over (they keep the line itself), alternately.
            var position = new SourcePosition("keys[0]", i);
            if (i % 2 == 0)
            {
                processor.Process(lines[i], position, sink);
            }
            else
            {
                processor.ProcessOwned(lines[i], position, sink);
            }
        }
        processor.Complete(sink);
        processor.Dispose();
        return sink.Records;
    }

    private static EventProcessor Restarted(EventProcessor before, Core.Rules.RuleSet rules, bool fastPaths, BytesSink sink)
    {
        var changed = new List<SessionKey>();
        before.Keystrokes.TakeChangedSessions(changed);
        var snapshots = changed.Select(before.Keystrokes.Snapshot).OfType<byte[]>().ToList();
        before.Dispose();
        var after = new EventProcessor(rules, null, fastPaths);
        foreach (var snapshot in snapshots)
        {
            after.RestoreKeystrokeSession(snapshot, sink);
        }
        return after;
    }

    private static List<byte[]> TypingLines(int seed)
    {
        string[] sentences =
        [
            "my ssn is 536-22-4871 ok", "mail jane.doe@example.com now", "card 4111 1111 1111 1111 exp",
            "she said \"fine\" \\ ok", "café 中文 naïve 😀 done", "ticket 48213 blocked",
        ];
        var random = new Random(seed);
        var texts = new string[Sessions];
        var positions = new int[Sessions];
        var seqs = new long[Sessions];
        var lines = new List<byte[]>(Keys + 2);
        var start = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
        lines.Add(Encoding.UTF8.GetBytes("""{"type":"consent","event_id":"c1","user_id":"u3","ts":"2026-06-01T08:59:00Z","action":"pause","minutes":600}"""));
        for (var n = 0; n < Keys; n++)
        {
            var s = random.Next(Sessions);
            texts[s] ??= sentences[random.Next(sentences.Length)];
            string key;
            if (positions[s] >= texts[s].Length)
            {
                key = "Enter";
                texts[s] = sentences[random.Next(sentences.Length)];
                positions[s] = 0;
            }
            else if (random.Next(25) == 0)
            {
                key = "Backspace";
            }
            else
            {
                var rune = Rune.GetRuneAt(texts[s], positions[s]);
                positions[s] += rune.Utf16SequenceLength;
                key = rune.Value == ' ' ? "Space" : rune.ToString();
            }
            var at = start.AddMilliseconds(n * 40);
            lines.Add(Encoding.UTF8.GetBytes(Line(n, s, seqs[s]++, at, key)));
            if (n == Keys / 3)
            {
                lines.Add("""{"type":"keystroke","event_id":"bad","user_id":"u1","ts":"2026-06-01T09:00:00Z","seq":1}"""u8.ToArray());
            }
        }
        return lines;
    }

    private static string Line(int n, int s, long seq, DateTimeOffset at, string key)
    {
        var title = s % 5 == 0 ? "général \"中\" 😀" : "general";
        var field = s % 7 == 6 ? "password" : "text";
        var ts = at.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        return $$"""{"type":"keystroke","event_id":"k{{n}}","user_id":"u{{s}}","ts":"{{ts}}","app":"Slack","window_title":{{JsonSerializer.Serialize(title)}},"device_id":"d{{s % 5}}","session_id":"s{{s}}","seq":{{seq}},"key":{{JsonSerializer.Serialize(key)}},"field":"{{field}}"}""";
    }

    /// <summary>Writes audit records as the Kafka stage's sink does: with an encoding cache (fixed shape, reused record) or without (general).</summary>
    private sealed class BytesSink(JsonTextCache? cache) : IFilterSink
    {
        private readonly ArrayBufferWriter<byte> _buffer = new();

        public List<byte[]> Records { get; } = [];

        /// <summary>The fast sink lets the processor reuse one record; the general one keeps the default.</summary>
        public bool KeepsAuditRecords => cache is null;

        public void Forward(string key, ReadOnlySpan<byte> filteredEventJson) => Add("out ", filteredEventJson);

        public void Audit(AuditRecord record)
        {
            _buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_buffer, AuditRecordJson.WriterOptions))
            {
                AuditRecordJson.Write(writer, record, cache);
            }
            Add("audit ", _buffer.WrittenSpan);
        }

        public void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position) => Add("dead ", raw);

        public void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position) => Add("quarantine ", raw);

        private void Add(string tag, ReadOnlySpan<byte> bytes) => Records.Add([.. Encoding.UTF8.GetBytes(tag), .. bytes]);
    }
}
