using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Kafka.Native;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Topology;
using StreamFilter.KafkaBench;

// Usage: dotnet run -c Release --project benchmarks/StreamFilter.KafkaBench -- [events] [batch] [partitions]
// A child process starts the mock cluster and loads N keystroke events (and N/4 others for a warm-up
// stage that runs first, so the JIT has tiered the code); then this process runs one
// stage (real EventProcessor, default rules, exactly-once: one transaction per batch with
// SendOffsetsToTransaction, output + audit record per event) until every input offset is committed.
// This process holds nothing but the stage, so its CPU time is the stage's own cost per event.
if (args is ["--cluster", var load, var parts])
{
    return ClusterProcess.Serve(Parse(load), Parse(parts));
}
var events = args.Length > 0 ? Parse(args[0]) : 200_000;
var batch = args.Length > 1 ? Parse(args[1]) : new BatchOptions().MaxRecords;
var partitions = args.Length > 2 ? Parse(args[2]) : BenchTopics.PartitionsFor(events);
Librdkafka.EnsureLoaded();
using var cluster = ClusterProcess.Start(events, partitions);

var self = Process.GetCurrentProcess();

// Warm-up: a first stage (its own group and transactional id) filters other typing, so the measured
// stage below runs on code the JIT has finished tiering, as in a stage that has been running for a
// while. Its own figures are the cold start.
var warmupEvents = BenchTopics.WarmupEvents(events);
var coldStart = Sample.Take(self, cluster);
if (!await RunToCount(Topology(BenchTopics.Warmup, "bench-warmup"), warmupEvents))
{
    return 1;
}
var coldEnd = Sample.Take(self, cluster);

var topology = Topology(BenchTopics.Input, "bench");
using var processor = NewProcessor();
var stage = NewStage(topology, "bench", processor);
using var stop = new CancellationTokenSource();
var start = Sample.Take(self, cluster);
var run = stage.RunAsync(stop.Token);
// Group join and first fetch are in the full window; the steady window starts at the first commit
// after a quarter of the input, the cost of a long-running stage.
if (!stage.Counters.WaitForCommittedRecords(events / 4, TimeSpan.FromMinutes(5)))
{
    Console.Error.WriteLine($"timed out at {stage.Counters.CommittedRecords} committed records");
    return 1;
}
var first = Sample.Take(self, cluster);
var firstThreads = ThreadCpu.Snapshot();
var firstRecords = stage.Counters.CommittedRecords;
if (!stage.Counters.WaitForCommittedRecords(events, TimeSpan.FromMinutes(10)))
{
    Console.Error.WriteLine($"timed out at {stage.Counters.CommittedRecords} committed records");
    return 1;
}
var end = Sample.Take(self, cluster);
var endThreads = ThreadCpu.Snapshot();
await stop.CancelAsync();
await run;

var steadyEvents = events - firstRecords;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{events} keystroke events, batch {batch}, {partitions} partitions, {stage.Counters.CommittedTransactions} transactions, allocator {Allocator()}, librdkafka {Librdkafka.Version}\n" +
    $"  cold:   warm-up stage, {warmupEvents} other events: {coldEnd.Wall - coldStart.Wall:F2} s wall, stage CPU {coldEnd.StageCpu - coldStart.StageCpu:F2} s ({warmupEvents / (coldEnd.StageCpu - coldStart.StageCpu):F0} events per stage CPU-second), JIT {coldEnd.JitTime - coldStart.JitTime:F2} s\n" +
    $"  full:   {end.Wall - start.Wall:F2} s wall ({events / (end.Wall - start.Wall):F0} events/s), stage CPU {end.StageCpu - start.StageCpu:F2} s ({events / (end.StageCpu - start.StageCpu):F0} events per stage CPU-second), broker CPU {end.BrokerCpu - start.BrokerCpu:F2} s\n" +
    $"  steady: {end.Wall - first.Wall:F2} s wall ({steadyEvents / (end.Wall - first.Wall):F0} events/s), stage CPU {end.StageCpu - first.StageCpu:F2} s ({steadyEvents / (end.StageCpu - first.StageCpu):F0} events per stage CPU-second), broker CPU {end.BrokerCpu - first.BrokerCpu:F2} s\n" +
    $"  steady stage CPU by thread: {ThreadCpu.Describe(firstThreads, endThreads)}\n" +
    $"  allocated: {(double)(end.Allocated - first.Allocated) / steadyEvents:F0} bytes per event, {end.Gen0 - first.Gen0} GCs pausing {end.GcPause - first.GcPause:F2} s (steady)\n" +
    $"  JIT: {end.JitTime - start.JitTime:F2} s compiling {end.JitMethods - start.JitMethods} methods (full), {end.JitTime - first.JitTime:F2} s and {end.JitMethods - first.JitMethods} methods (steady)"));
return 0;

TopologyOptions Topology(string input, string group) => new()
{
    Kafka = new KafkaClusterOptions
    {
        BootstrapServers = cluster.BootstrapServers,
        GroupId = group,
        TransactionalIdPrefix = group,
        // Client settings to try, as a topology would pass them: KAFKABENCH_PRODUCER="linger.ms=5;batch.num.messages=2000".
        Producer = Settings("KAFKABENCH_PRODUCER"),
        Consumer = Settings("KAFKABENCH_CONSUMER"),
    },
    Inputs = new InputOptions { Topics = [input] },
    Outputs = new OutputOptions { Default = "output" },
    Audit = "audit",
    DeadLetter = "dead-letter",
    Quarantine = "quarantine",
    Batch = new BatchOptions { MaxRecords = batch, MaxWaitMs = 100 },
};

static EventProcessor NewProcessor() => new(DefaultRules.Create(new Pseudonymizer(new byte[32])));

// KAFKABENCH_PROCESSOR=copy: no filtering, the Kafka floor of the same exactly-once loop (see CopyProcessor).
static KafkaStage NewStage(TopologyOptions topology, string instanceId, EventProcessor processor) =>
    new(topology, instanceId, Environment.GetEnvironmentVariable("KAFKABENCH_PROCESSOR") == "copy" ? new CopyProcessor() : new EventProcessorAdapter(processor),
        new byte[32], NullLogger<KafkaStage>.Instance);

// Runs a stage until it has committed `count` input records, then stops it (graceful drain and commit).
static async Task<bool> RunToCount(TopologyOptions topology, int count)
{
    using var processor = NewProcessor();
    var stage = NewStage(topology, "warmup", processor);
    using var stop = new CancellationTokenSource();
    var run = stage.RunAsync(stop.Token);
    var done = stage.Counters.WaitForCommittedRecords(count, TimeSpan.FromMinutes(5));
    if (!done)
    {
        Console.Error.WriteLine($"warm-up timed out at {stage.Counters.CommittedRecords} committed records");
    }
    await stop.CancelAsync();
    await run;
    return done;
}

// The malloc librdkafka's records come from: glibc's, or one preloaded as deployed (docs/kafka.md, "Allocator").
static string Allocator()
{
    var maps = File.ReadAllText("/proc/self/maps");
    return maps.Contains("libjemalloc", StringComparison.Ordinal) ? "jemalloc" : maps.Contains("libmimalloc", StringComparison.Ordinal) ? "mimalloc" : "glibc";
}

static int Parse(string value) => int.Parse(value, CultureInfo.InvariantCulture);

static Dictionary<string, string> Settings(string variable)
{
    var settings = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var pair in (Environment.GetEnvironmentVariable(variable) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
    {
        var parts = pair.Split('=', 2);
        settings[parts[0].Trim()] = parts.Length > 1 ? parts[1].Trim() : "";
    }
    return settings;
}

/// <summary>One reading of the clocks the bench reports: wall, this process's CPU, the broker process's CPU, allocations, JIT time and methods compiled.</summary>
internal readonly record struct Sample(double Wall, double StageCpu, double BrokerCpu, long Allocated, int Gen0, double GcPause, double JitTime, long JitMethods)
{
    public static Sample Take(Process self, ClusterProcess cluster)
    {
        self.Refresh();
        return new Sample(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency, self.TotalProcessorTime.TotalSeconds, cluster.CpuTime.TotalSeconds, GC.GetTotalAllocatedBytes(precise: false), GC.CollectionCount(0), GC.GetTotalPauseDuration().TotalSeconds,
            System.Runtime.JitInfo.GetCompilationTime().TotalSeconds, System.Runtime.JitInfo.GetCompiledMethodCount());
    }
}
