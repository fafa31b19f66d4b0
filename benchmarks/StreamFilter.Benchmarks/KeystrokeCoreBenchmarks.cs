using BenchmarkDotNet.Attributes;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;

namespace StreamFilter.Benchmarks;

/// <summary>
/// Core's share of a keystroke event in the Kafka stage: the typing stream the Kafka bench loads, lent
/// as spans (<see cref="EventProcessor.Process(ReadOnlySpan{byte}, SourcePosition, IFilterSink)"/>, as the
/// stage does with librdkafka's own records, so a held key keeps a copy), through parsing, holdback,
/// judging and the filtered JSON, into a sink that writes the audit JSON and copies both like the
/// stage's sink. Reports ns and bytes allocated per key.
/// </summary>
[MemoryDiagnoser]
public class KeystrokeCoreBenchmarks
{
    internal const int Keys = 200_000;
    private byte[][] _lines = [];
    private RuleSet _rules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = DefaultRules.Create(new Pseudonymizer(new byte[32]));
        _lines = KeystrokeProcessorBenchmarks.Lines(Keys);
    }

    [Benchmark(OperationsPerInvoke = Keys)]
    public long KeystrokeCorePath()
    {
        using var sink = new StageLikeSink(hashed: false);
        Pass(_lines, _rules, sink);
        return sink.Audited;
    }

    /// <summary>One pass of a fresh processor (sessions start empty), every key decided at the end.</summary>
    internal static void Pass(byte[][] lines, RuleSet rules, StageLikeSink sink)
    {
        using var processor = new EventProcessor(rules);
        for (var i = 0; i < lines.Length; i++)
        {
            processor.Process(lines[i], new SourcePosition("keys[0]", i), sink);
        }
        processor.Complete(sink);
    }
}
