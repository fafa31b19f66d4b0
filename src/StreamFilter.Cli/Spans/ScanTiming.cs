using System.Diagnostics;
using System.Text;
using StreamFilter.Core.Detection;

namespace StreamFilter.Cli.Spans;

/// <summary>
/// Times the default engine over a corpus the way the peer harness times a peer: one thread, one scan
/// call per record, nothing but the scans inside the timed region. Each round is timed in wall time and
/// in the scanning thread's CPU time (on a shared machine the CPU time is the steadier per-core figure);
/// the median round of each is reported. Warm-up runs for a fixed time, not a fixed number of passes:
/// tiered JIT only recompiles hot methods after they have run for a while.
/// </summary>
internal sealed record ScanTiming(int Records, long Utf8Bytes, int Rounds, double WallSecondsMedian, double CpuSecondsMedian, long FindingsPerRound)
{
    public double MegabytesPerSecondWall => Utf8Bytes / 1e6 / WallSecondsMedian;

    public double MegabytesPerSecondCpu => Utf8Bytes / 1e6 / CpuSecondsMedian;

    public static ScanTiming Measure(DetectorEngine engine, IReadOnlyList<CorpusRecord> records, TimeSpan warmup, int rounds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        using var findings = new FindingList(64);
        var warming = Stopwatch.StartNew();
        do
        {
            ScanAll(engine, records, findings);
        }
        while (warming.Elapsed < warmup);
        var wall = new double[rounds];
        var cpu = new double[rounds];
        long found = 0;
        for (var r = 0; r < rounds; r++)
        {
            var cpuBefore = ThreadCpuClock.Now();
            var clock = Stopwatch.StartNew();
            found = ScanAll(engine, records, findings);
            clock.Stop();
            wall[r] = clock.Elapsed.TotalSeconds;
            cpu[r] = (ThreadCpuClock.Now() - cpuBefore).TotalSeconds;
        }
        long bytes = 0;
        foreach (var record in records)
        {
            bytes += Encoding.UTF8.GetByteCount(record.Text);
        }
        return new ScanTiming(records.Count, bytes, rounds, Median(wall), Median(cpu), found);
    }

    private static long ScanAll(DetectorEngine engine, IReadOnlyList<CorpusRecord> records, FindingList findings)
    {
        long found = 0;
        for (var i = 0; i < records.Count; i++)
        {
            engine.Scan(records[i].Text, findings);
            found += findings.Count;
        }
        return found;
    }

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        return sorted[(sorted.Length - 1) / 2];
    }
}
