using System.Diagnostics;
using System.Globalization;
using StreamFilter.Core.Events;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Benchmarks;

/// <summary>
/// Filter engine throughput per core measured in CPU time, not wall time: on a shared machine (load
/// far above the core count) wall-clock benchmarks mostly measure the neighbours, while the CPU time
/// the process consumed per event (one thread; workstation GC runs on it) stays close to what one dedicated core would do.
/// </summary>
internal static class CpuTimeThroughput
{
    /// <param name="withClassifier">Also run the sensitivity classifier on every text, as `streamfilter filter` does.</param>
    public static void Run(int events, int rounds, bool withClassifier = false)
    {
        // A whole unreported pass first: tiered JIT compiles shared paths (parser, writer) on a
        // background thread whose CPU time would otherwise be billed to whichever row runs first.
        Measure(events, rounds: 1, TextWriter.Null, withClassifier);
        Measure(events, rounds, Console.Out, withClassifier);
    }

    private static void Measure(int events, int rounds, TextWriter output, bool withClassifier)
    {
        output.WriteLine("| events | bytes/event | events/s per core | MB/s per core | alloc/event |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var kind in new EventKind?[] { EventKind.Transcript, EventKind.ScreenOcr, EventKind.Mouse, EventKind.Keystroke, null })
        {
            var lines = new ActivityGenerator(seed: 42).Lines(events, kind);
            var bytes = lines.Sum(l => (long)l.Length + 1);
            var rules = DefaultRules.Create(new Pseudonymizer(new byte[32]));
            using var processor = new EventProcessor(rules, withClassifier ? ClassifierSensitivityAssessor.ForRules(rules, SensitivityModel.LoadDefault()) : null);
            var sink = new CountingSink();
            // Warm-up: tiered JIT compiles on a background thread whose CPU time would be counted.
            for (var w = 0; w < 5; w++)
            {
                Pass(processor, lines, sink);
            }
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var allocBefore = GC.GetAllocatedBytesForCurrentThread();
            for (var r = 0; r < rounds; r++)
            {
                Pass(processor, lines, sink);
            }
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var alloc = (GC.GetAllocatedBytesForCurrentThread() - allocBefore) / (double)(events * (long)rounds);
            var total = events * (double)rounds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(kind is { } k ? EventKindNames.Of(k) : "mix")} | {bytes / (double)events:F0} | {total / cpu:N0} | {bytes * rounds / cpu / 1e6:F1} | {alloc:F0} B |"));
        }
    }

    private static void Pass(EventProcessor processor, byte[][] lines, CountingSink sink)
    {
        var position = new SourcePosition("bench", 0);
        foreach (var line in lines)
        {
            processor.Process(line, position, sink);
        }
    }
}
