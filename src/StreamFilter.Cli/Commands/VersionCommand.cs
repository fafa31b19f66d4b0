using System.CommandLine;
using System.Reflection;

namespace StreamFilter.Cli.Commands;

/// <summary>`streamfilter about`: the version and runtime, for bug reports and benchmark records.</summary>
internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("about", "Print the StreamFilter version and runtime.");
        command.SetAction(parse =>
        {
            var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            parse.InvocationConfiguration.Output.WriteLine($"streamfilter {version} on .NET {Environment.Version} ({Environment.ProcessorCount} cores)");
            return 0;
        });
        return command;
    }
}
