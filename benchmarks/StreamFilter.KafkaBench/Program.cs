using System.Diagnostics;
using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Kafka.Native;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Topology;

// Usage: dotnet run -c Release --project benchmarks/StreamFilter.KafkaBench -- [events] [batch]
// Loads N keystroke events into a 3-partition input topic first, then times the stage alone (real
// EventProcessor, default rules, transactions on) from start to the last committed batch. The mock
// brokers run in this process, so the CPU time reported covers stage + brokers: an upper bound on
// the stage's own cost.
var events = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
var batch = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5_000;
Librdkafka.EnsureLoaded();
using var cluster = MockCluster.Start(3);
foreach (var topic in new[] { "input", "output", "audit", "dead-letter", "quarantine" })
{
    cluster.CreateTopic(topic, 3, 1);
}
using (var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers, LingerMs = 20, EnableIdempotence = true }).Build())
{
    for (var i = 0; i < events; i++)
    {
        var session = i % 50;
        var key = (char)('a' + (i % 26));
        var json = $$"""{"type":"keystroke","event_id":"k{{i}}","user_id":"u{{session}}","ts":"2026-06-01T09:00:00Z","device_id":"d{{session}}","session_id":"s{{session}}","seq":{{i}},"key":"{{key}}","app":"Code","field":"text"}""";
        while (true)
        {
            try
            {
                producer.Produce("input", new Message<byte[], byte[]> { Key = Encoding.UTF8.GetBytes($"u{session}"), Value = Encoding.UTF8.GetBytes(json) });
                break;
            }
            catch (ProduceException<byte[], byte[]> e) when (e.Error.Code == ErrorCode.Local_QueueFull)
            {
                producer.Poll(TimeSpan.FromMilliseconds(10));
            }
        }
    }
    producer.Flush(TimeSpan.FromMinutes(2));
}

var topology = new TopologyOptions
{
    Kafka = new KafkaClusterOptions { BootstrapServers = cluster.BootstrapServers, GroupId = "bench", TransactionalIdPrefix = "bench" },
    Inputs = new InputOptions { Topics = ["input"] },
    Outputs = new OutputOptions { Default = "output" },
    Audit = "audit",
    DeadLetter = "dead-letter",
    Quarantine = "quarantine",
    Batch = new BatchOptions { MaxRecords = batch, MaxWaitMs = 100 },
};
using var processor = new EventProcessor(DefaultRules.Create(new Pseudonymizer(new byte[32])));
var stage = new KafkaStage(topology, "bench", new EventProcessorAdapter(processor), new byte[32], NullLogger<KafkaStage>.Instance);
using var stop = new CancellationTokenSource();
var self = Process.GetCurrentProcess();
var cpuBefore = self.TotalProcessorTime;
var clock = Stopwatch.StartNew();
var run = stage.RunAsync(stop.Token);
// Group join and first fetch are part of the run; the stage's own counters say when all input is committed.
if (!stage.Counters.WaitForCommittedRecords(events, TimeSpan.FromMinutes(10)))
{
    Console.Error.WriteLine($"timed out at {stage.Counters.CommittedRecords} committed records");
    return 1;
}
clock.Stop();
self.Refresh();
var cpu = self.TotalProcessorTime - cpuBefore;
await stop.CancelAsync();
await run;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{events} keystroke events, batch {batch}: {clock.Elapsed.TotalSeconds:F2} s wall, {events / clock.Elapsed.TotalSeconds:F0} events/s; " +
    $"{cpu.TotalSeconds:F2} s CPU (stage + in-process brokers), {events / cpu.TotalSeconds:F0} events per CPU-second; " +
    $"{stage.Counters.CommittedTransactions} transactions"));
return 0;
