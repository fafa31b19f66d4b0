using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StreamFilter.Cli.Filtering;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Security;
using StreamFilter.Kafka.Ops;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Cli.Staging;

/// <summary>
/// `streamfilter run`: loads the topology, keys and rules (exit 2 if any is bad, before connecting),
/// then hosts the stage (with its ops endpoints and rules hot reload) until SIGTERM/ctrl-c (exit 0 after the last commit) or a fatal error (exit 1).
/// </summary>
internal static class StageRunner
{
    public static async Task<int> RunAsync(string topologyPath, string? bootstrapServers, string? instanceId, TextWriter error, CancellationToken cancellationToken)
    {
        TopologyOptions topology;
        RuleSet rules;
        Pseudonymizer pseudonymizer;
        KeyRing deadLetterKeys;
        try
        {
            topology = TopologyLoader.LoadFile(topologyPath);
            if (!string.IsNullOrWhiteSpace(bootstrapServers))
            {
                topology.Kafka.BootstrapServers = bootstrapServers;
            }
            var local = IsLoopbackOnly(topology.Kafka.BootstrapServers);
            var hmac = LoadKey(KeyPurpose.Pseudonym, topology.Keys.Hmac, local, error);
            deadLetterKeys = KeyProvider.LoadDeadLetterKeys(topology.Keys.DeadLetter, topology.Keys.DeadLetterPrevious, local);
            NoteGenerated(KeyPurpose.DeadLetter, deadLetterKeys.Current, error);
            pseudonymizer = new Pseudonymizer(hmac);
            rules = RuleSetLoading.Load(topology.Rules, pseudonymizer);
        }
        catch (Exception e) when (e is TopologyException or KeyException or RulesException or FileNotFoundException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        // JSON lines when not in a terminal (containers, services), one readable line each in a terminal.
        builder.Logging.AddStreamFilterConsole();
        builder.Logging.AddFilter("Microsoft.Hosting", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var id = string.IsNullOrWhiteSpace(instanceId) ? Environment.MachineName : instanceId;
        builder.Services.AddSingleton(sp => new StageComposition(topology, rules, pseudonymizer, deadLetterKeys, id, sp.GetRequiredService<ILoggerFactory>()));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<StageComposition>().Stage);
        builder.Services.AddSingleton<KafkaStageService>();
        // Ops endpoints and the rules reloader start before the stage, so /readyz answers "not ready" meanwhile.
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StageComposition>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<KafkaStageService>());
        using var host = builder.Build();
        // RunAsync disposes the host's services, so take the service (and later its outcome) first.
        var service = host.Services.GetRequiredService<KafkaStageService>();
        try
        {
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // Kestrel could not bind the ops port (in use, not permitted): nothing was consumed yet.
            await error.WriteLineAsync($"error: ops endpoints on {topology.Ops.Bind}:{topology.Ops.Port}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.RuntimeFailure;
        }
        if (service.Failure is { } failure)
        {
            await error.WriteLineAsync($"error: {failure.Message}").ConfigureAwait(false);
            return ExitCodes.RuntimeFailure;
        }
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Instances of a group must share keys, so the stage never invents one, except against a cluster
    /// on this machine (the dev cluster), where a local key file is created as in the embedded mode.
    /// </summary>
    private static byte[] LoadKey(KeyPurpose purpose, string? keyFile, bool allowGenerate, TextWriter error)
    {
        var key = KeyProvider.Load(purpose, keyFile, allowGenerate);
        NoteGenerated(purpose, key, error);
        return key.Key;
    }

    private static void NoteGenerated(KeyPurpose purpose, LoadedKey key, TextWriter error)
    {
        if (key.Generated)
        {
            error.WriteLine($"note: no {purpose} key was configured; created {key.Source} for this local cluster.");
        }
    }

    private static bool IsLoopbackOnly(string bootstrapServers)
    {
        foreach (var server in bootstrapServers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = server.Contains(':', StringComparison.Ordinal) ? server[..server.LastIndexOf(':')] : server;
            if (host is not ("127.0.0.1" or "localhost" or "[::1]"))
            {
                return false;
            }
        }
        return true;
    }
}
