using BenchmarkDotNet.Attributes;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Keystrokes;
using StreamFilter.Core.Rules;

namespace StreamFilter.Benchmarks;

/// <summary>
/// Keystroke stage throughput: one operation is one key event through rebuild, holdback and detection
/// (default detector set), on a realistic interleaved typing stream. Single-threaded: the result is per core.
/// </summary>
[MemoryDiagnoser]
public class KeystrokeBenchmarks
{
    private const int Events = 200_000;
    private KeystrokeEvent[] _stream = [];
    private DetectorEngine _engine = null!;

    [Params(1, 200)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _stream = TypingStream.Generate(seed: 42, Sessions, Events);
        _engine = DetectorCatalog.CreateDefaultEngine();
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public int ProcessTypingStream() => Run(_stream, _engine);

    /// <summary>One pass of a fresh stage over the stream; shared with the CPU-time run of the holdback report.</summary>
    internal static int Run(KeystrokeEvent[] stream, DetectorEngine engine)
    {
        var sink = new CountingSink();
        using var stage = new KeystrokeStage(engine, new KeystrokeOptions());
        for (var i = 0; i < stream.Length; i++)
        {
            stage.Process(stream[i], sink);
            if ((i & 63) == 0)
            {
                stage.Advance(stream[i].Timestamp, sink);
            }
        }
        stage.Complete(sink);
        return sink.Count;
    }

    internal sealed class CountingSink : IKeystrokeDecisionSink
    {
        public int Count;

        public void Decided(in KeystrokeDecision decision) => Count++;
    }
}
