using System.Diagnostics;
using System.Globalization;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;

namespace StreamFilter.Benchmarks;

/// <summary>
/// <see cref="KeystrokeCoreBenchmarks"/> measured in CPU time (`keystroke-core [ROUNDS] [--keeping-sink]`): on a shared
/// VM wall time mostly measures the neighbours. Prints each pass's CPU ns and allocated bytes per key,
/// the median and best, and the SHA-256 of everything the passes emitted (equal across builds that
/// write the same bytes).
/// </summary>
internal static class KeystrokeCoreCpuTime
{
    /// <param name="keepingSink">The sink says it may keep audit records (as the Kafka stage's sink does until it declares otherwise).</param>
    public static void Run(int rounds, bool keepingSink)
    {
        var rules = DefaultRules.Create(new Pseudonymizer(new byte[32]));
        var lines = KeystrokeProcessorBenchmarks.Lines(KeystrokeCoreBenchmarks.Keys);
        using (var hashed = new StageLikeSink(hashed: true, keepingSink))
        {
            KeystrokeCoreBenchmarks.Pass(lines, rules, hashed);
            Console.WriteLine($"keys={lines.Length} forwarded={hashed.Forwarded} audited={hashed.Audited} dead-lettered={hashed.DeadLettered} sha256={hashed.HashHex()}");
        }
        // Warm-up: tiered JIT compiles on a background thread whose CPU time would be counted.
        for (var w = 0; w < 4; w++)
        {
            Measure(lines, rules, keepingSink);
        }
        var ns = new List<double>();
        var bytes = new List<double>();
        var (gen0, gen1, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        for (var r = 0; r < rounds; r++)
        {
            var (cpu, alloc) = Measure(lines, rules, keepingSink);
            ns.Add(cpu);
            bytes.Add(alloc);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass {r}: {cpu:F0} ns/key CPU, {alloc:F0} B/key"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GCs per pass: gen0 {(GC.CollectionCount(0) - gen0) / (double)rounds:F1}, gen1 {(GC.CollectionCount(1) - gen1) / (double)rounds:F1}, gen2 {(GC.CollectionCount(2) - gen2) / (double)rounds:F1}, pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / rounds:F1} ms"));
        ns.Sort();
        bytes.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median {ns[ns.Count / 2]:F0} ns/key (best {ns[0]:F0}, worst {ns[^1]:F0}), {bytes[bytes.Count / 2]:F0} B/key"));
    }

    private static (double NsPerKey, double BytesPerKey) Measure(byte[][] lines, RuleSet rules, bool keepingSink)
    {
        using var sink = new StageLikeSink(hashed: false, keepingSink);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocBefore = GC.GetAllocatedBytesForCurrentThread();
        KeystrokeCoreBenchmarks.Pass(lines, rules, sink);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var alloc = GC.GetAllocatedBytesForCurrentThread() - allocBefore;
        return (cpu.TotalNanoseconds / lines.Length, alloc / (double)lines.Length);
    }
}
