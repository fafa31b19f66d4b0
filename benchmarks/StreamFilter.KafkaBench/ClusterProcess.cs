using System.Diagnostics;
using StreamFilter.Kafka.Native;

namespace StreamFilter.KafkaBench;

/// <summary>
/// The mock brokers in a process of their own (this program run with --cluster), loaded with the input
/// before the stage starts, so the bench process's CPU time is the stage's alone. Same cluster as
/// `streamfilter dev-cluster`.
/// </summary>
internal sealed class ClusterProcess : IDisposable
{
    private readonly Process process;

    private ClusterProcess(Process process, string bootstrapServers)
    {
        this.process = process;
        BootstrapServers = bootstrapServers;
    }

    public string BootstrapServers { get; }

    /// <summary>CPU time the brokers (and the earlier input load) used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>Starts the child and waits until it created the topics and loaded <paramref name="events"/> input events and the warm-up input.</summary>
    public static ClusterProcess Start(int events, int partitions)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardInput = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(typeof(ClusterProcess).Assembly.Location);
        foreach (var arg in (string[])["--cluster", $"{events}", $"{partitions}"])
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the cluster process");
        string? bootstrap = null;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("bootstrap ", StringComparison.Ordinal))
            {
                bootstrap = line["bootstrap ".Length..];
            }
            else if (line == "loaded" && bootstrap is not null)
            {
                return new ClusterProcess(process, bootstrap);
            }
        }
        process.WaitForExit();
        throw new InvalidOperationException($"the cluster process exited with {process.ExitCode} before loading the input");
    }

    /// <summary>The child side: brokers, topics, input, then serve until the parent closes stdin.</summary>
    public static int Serve(int events, int partitions)
    {
        Librdkafka.EnsureLoaded();
        using var cluster = MockCluster.Start(3);
        foreach (var topic in BenchTopics.All)
        {
            cluster.CreateTopic(topic, partitions, 1);
        }
        Console.WriteLine($"bootstrap {cluster.BootstrapServers}");
        KeystrokeLoad.Load(cluster.BootstrapServers, BenchTopics.Input, seed: 42, events, partitions);
        // Other people typing other text: the warm-up stage must not see the measured input.
        KeystrokeLoad.Load(cluster.BootstrapServers, BenchTopics.Warmup, seed: 7, BenchTopics.WarmupEvents(events), partitions);
        Console.WriteLine("loaded");
        Console.Out.Flush();
        Console.In.ReadToEnd();
        return 0;
    }

    public void Dispose()
    {
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill();
        }
        process.Dispose();
    }
}
