using System.CommandLine;
using StreamFilter.Kafka.Native;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Cli.Commands;

/// <summary>
/// `streamfilter dev-cluster`: librdkafka's in-process Kafka-protocol cluster on loopback ports, for
/// trying the stage without a broker. Data lives in memory and is gone when it stops.
/// </summary>
internal static class DevClusterCommand
{
    public static Command Create()
    {
        var brokers = new Option<int>("--brokers") { Description = "Number of brokers.", DefaultValueFactory = _ => 3 };
        var topology = new Option<string?>("--topology", "-t") { Description = "Create every topic this topology names." };
        var partitions = new Option<int>("--partitions") { Description = "Partitions per created topic.", DefaultValueFactory = _ => 3 };
        var command = new Command("dev-cluster", "Start an embedded Kafka-protocol cluster (librdkafka mock), print its bootstrap servers, run until stopped.")
        {
            brokers, topology, partitions,
        };
        command.Action = new ExitCodeAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var brokerCount = parse.GetValue(brokers);
            var partitionCount = parse.GetValue(partitions);
            if (brokerCount is < 1 or > 16 || partitionCount is < 1 or > 1000)
            {
                await error.WriteLineAsync("error: --brokers must be 1-16 and --partitions 1-1000.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            TopologyOptions? options = null;
            if (parse.GetValue(topology) is { } path)
            {
                try
                {
                    options = TopologyLoader.LoadFile(path);
                }
                catch (TopologyException e)
                {
                    await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }
            }
            using var cluster = MockCluster.Start(brokerCount);
            foreach (var topic in options is null ? [] : TopicsOf(options))
            {
                cluster.CreateTopic(topic, partitionCount, replicationFactor: 3);
                await output.WriteLineAsync($"topic {topic} ({partitionCount} partitions)").ConfigureAwait(false);
            }
            await output.WriteLineAsync($"bootstrap servers: {cluster.BootstrapServers}").ConfigureAwait(false);
            await output.WriteLineAsync("running; ctrl-c to stop (all data is in memory and will be lost)").ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // ctrl-c / SIGTERM: the normal way to stop.
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<string> TopicsOf(TopologyOptions topology)
    {
        var topics = new List<string>(topology.Inputs.AllTopics()) { topology.Outputs.Default, topology.Audit, topology.DeadLetter, topology.Quarantine };
        topics.AddRange(topology.Outputs.ByType.Values);
        if (topology.Changelog is { } changelog)
        {
            topics.Add(changelog);
        }
        if (topology.Consent is { } consent)
        {
            topics.Add(consent);
        }
        return [.. topics.Distinct(StringComparer.Ordinal)];
    }
}
