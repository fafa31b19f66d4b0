using System.CommandLine;
using StreamFilter.Cli.Demo;

namespace StreamFilter.Cli.Commands;

/// <summary>`streamfilter demo`: the whole stage on this machine in well under a minute, no broker needed.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var events = new Option<int>("--events", "-n") { Description = "How many activity events to generate.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated activity (same seed, same events).", DefaultValueFactory = _ => 7 };
        var command = new Command("demo", "Start an embedded Kafka-protocol cluster, generate employee activity, run the stage on it exactly once, and show what came in, what went out, what was removed, and the metrics.")
        {
            events, seed,
        };
        command.Action = new ExitCodeAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(events);
            if (count is < 1 or > 100_000)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: --events must be 1-100000.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            return await DemoRunner.RunAsync(count, parse.GetValue(seed), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
