using BenchmarkDotNet.Attributes;
using StreamFilter.Core.Events;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;

namespace StreamFilter.Benchmarks;

/// <summary>
/// The filter engine alone (parse, scan, redact, write the filtered event and the audit record) on one
/// thread, per event type and on the realistic mix. One operation = one event; divide 1 s by the
/// reported mean for events/s, and multiply by the printed bytes/event for MB/s.
/// </summary>
[MemoryDiagnoser]
public class FilterThroughputBenchmark
{
    private const int Events = 20_000;

    private byte[][] _lines = [];
    private EventProcessor _processor = null!;
    private readonly CountingSink _sink = new();

    /// <summary>"mix" or one event type.</summary>
    [Params("mix", "transcript", "screen_ocr", "mouse", "keystroke")]
    public string Kind { get; set; } = "mix";

    [GlobalSetup]
    public void Setup()
    {
        EventKind? kind = Kind == "mix" ? null : Enum.GetValues<EventKind>().Single(k => EventKindNames.Of(k) == Kind);
        _lines = new ActivityGenerator(seed: 42).Lines(Events, kind);
        _processor = new EventProcessor(DefaultRules.Create(new Pseudonymizer(new byte[32])));
        var bytes = _lines.Sum(l => (long)l.Length + 1);
        Console.WriteLine($"// {Kind}: {Events} events, {bytes} bytes, {bytes / (double)Events:F1} bytes/event");
    }

    [GlobalCleanup]
    public void Cleanup() => _processor.Dispose();

    [Benchmark(OperationsPerInvoke = Events)]
    public long Filter()
    {
        var position = new SourcePosition("bench", 0);
        foreach (var line in _lines)
        {
            _processor.Process(line, position, _sink);
        }
        return _sink.Forwarded;
    }
}
