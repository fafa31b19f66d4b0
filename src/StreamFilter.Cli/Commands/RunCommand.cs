using System.CommandLine;
using StreamFilter.Cli.Staging;

namespace StreamFilter.Cli.Commands;

/// <summary>`streamfilter run --topology FILE`: the Kafka stage (exactly-once consume-filter-produce).</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var topology = new Option<string>("--topology", "-t") { Description = "Topology file (YAML), e.g. topologies/local.topology.yaml.", Required = true };
        var bootstrap = new Option<string?>("--bootstrap-servers") { Description = "Overrides kafka.bootstrap_servers of the topology (e.g. what `streamfilter dev-cluster` printed)." };
        var instance = new Option<string?>("--instance-id") { Description = "Stable id of this instance (transactional.id suffix). Default: the host name." };
        var command = new Command("run", "Run the Kafka stage: consume raw topics, filter, produce clean topics, exactly once.")
        {
            topology, bootstrap, instance,
        };
        command.Action = new ExitCodeAction((parse, cancellationToken) =>
            StageRunner.RunAsync(parse.GetRequiredValue(topology), parse.GetValue(bootstrap), parse.GetValue(instance), parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }
}
