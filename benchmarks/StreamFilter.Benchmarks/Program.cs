using BenchmarkDotNet.Running;
using StreamFilter.Benchmarks;

// `generate BYTES FILE` writes a seeded activity mix for whole-command runs (see benchmarks/README.md);
// `cpu-throughput [ROUNDS] [--with-classifier]` measures the engine per core in CPU time; `keystroke-core [ROUNDS] [--keeping-sink]`
// measures Core's share of a keystroke event in the Kafka stage; `keystroke-holdback` reports the latency keystroke holdback adds; `corpus-info` prints the inputs' sizes, seeds and hashes; anything else goes to BenchmarkDotNet (e.g. --filter '*FilterThroughput*').
if (args.Length == 3 && args[0] == "generate")
{
    using var file = File.Create(args[2]);
    var events = new ActivityGenerator(seed: 42).WriteFile(file, long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"{events} events, {file.Length} bytes -> {args[2]}");
    return;
}
if (args.Length >= 1 && args[0] == "cpu-throughput")
{
    CpuTimeThroughput.Run(events: 20_000, rounds: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10,
        withClassifier: args.Contains("--with-classifier"));
    return;
}
if (args is ["corpus-info"])
{
    using var stdout = Console.OpenStandardOutput();
    CorpusInfo.Write(stdout);
    return;
}
if (args is ["keystroke-core", ..])
{
    KeystrokeCoreCpuTime.Run(rounds: args.Length > 1 && int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var rounds) ? rounds : 9,
        keepingSink: args.Contains("--keeping-sink"));
    return;
}
if (args is ["keystroke-holdback", ..])
{
    KeystrokeHoldbackReport.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(FilterThroughputBenchmark).Assembly).Run(args);
