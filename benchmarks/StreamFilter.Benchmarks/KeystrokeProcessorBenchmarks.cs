using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;

namespace StreamFilter.Benchmarks;

/// <summary>
/// The whole filter path for keystroke events, one thread: parse the JSON line, consent check,
/// keystroke holdback and detection, context scan of app and title, policy, filtered JSON and audit
/// record. Same typing stream as <see cref="KeystrokeBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class KeystrokeProcessorBenchmarks
{
    private const int Events = 100_000;
    private byte[][] _lines = [];
    private RuleSet _rules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = DefaultRules.Create(new Pseudonymizer(new byte[32]));
        _lines = Lines(Events);
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public int ProcessKeystrokeLines() => Run(_lines, _rules);

    /// <summary>The typing stream as NDJSON keystroke lines.</summary>
    internal static byte[][] Lines(int events) => TypingStream.Generate(seed: 42, sessions: 200, events)
        .Select(e => Encoding.UTF8.GetBytes(
            $$"""{"type":"keystroke","event_id":"{{e.EventId}}","user_id":"{{e.UserId}}","ts":"{{e.Timestamp.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)}}","app":"{{e.App}}","window_title":"{{e.WindowTitle}}","device_id":"{{e.Session.DeviceId}}","session_id":"{{e.Session.SessionId}}","seq":{{e.Seq}},"key":{{JsonSerializer.Serialize(e.Key)}},"field":"text"}"""))
        .ToArray();

    /// <summary>One pass of a fresh processor over the lines; shared with the CPU-time run of the holdback report.</summary>
    internal static int Run(byte[][] lines, RuleSet rules)
    {
        var sink = new CountingFilterSink();
        using var processor = new EventProcessor(rules);
        for (var i = 0; i < lines.Length; i++)
        {
            processor.Process(lines[i], new SourcePosition("bench", i), sink);
        }
        processor.Complete(sink);
        return sink.Audits;
    }

    private sealed class CountingFilterSink : IFilterSink
    {
        public int Audits;

        public void Forward(string key, ReadOnlySpan<byte> filteredEventJson)
        {
        }

        public void Audit(AuditRecord record) => Audits++;

        public void DeadLetter(ReadOnlySpan<byte> raw, string reason, SourcePosition position) => throw new InvalidOperationException("unexpected dead letter");

        public void Quarantine(ReadOnlySpan<byte> raw, string reason, SourcePosition position)
        {
        }
    }
}
