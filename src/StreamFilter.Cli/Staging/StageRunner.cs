using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StreamFilter.Cli.Filtering;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Security;
using StreamFilter.Core.Sensitivity.Classification;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Cli.Staging;

/// <summary>
/// `streamfilter run`: loads the topology, keys and rules (exit 2 if any is bad, before connecting),
/// then hosts the stage until SIGTERM/ctrl-c (exit 0 after the last commit) or a fatal error (exit 1).
/// </summary>
internal static class StageRunner
{
    public static async Task<int> RunAsync(string topologyPath, string? bootstrapServers, string? instanceId, TextWriter error, CancellationToken cancellationToken)
    {
        TopologyOptions topology;
        RuleSet rules;
        byte[] deadLetterKey;
        try
        {
            topology = TopologyLoader.LoadFile(topologyPath);
            if (!string.IsNullOrWhiteSpace(bootstrapServers))
            {
                topology.Kafka.BootstrapServers = bootstrapServers;
            }
            var local = IsLoopbackOnly(topology.Kafka.BootstrapServers);
            var hmac = LoadKey(KeyPurpose.Pseudonym, topology.Keys.Hmac, local, error);
            deadLetterKey = LoadKey(KeyPurpose.DeadLetter, topology.Keys.DeadLetter, local, error);
            rules = RuleSetLoading.Load(topology.Rules, new Pseudonymizer(hmac));
        }
        catch (Exception e) when (e is TopologyException or KeyException or RulesException or FileNotFoundException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        using var processor = new EventProcessor(rules, ClassifierSensitivityAssessor.ForRules(rules, SensitivityModel.LoadDefault()));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
            o.UseUtcTimestamp = true;
        });
        builder.Logging.AddFilter("Microsoft.Hosting", LogLevel.Warning);
        var id = string.IsNullOrWhiteSpace(instanceId) ? Environment.MachineName : instanceId;
        builder.Services.AddSingleton(sp => new KafkaStage(topology, id, new EventProcessorAdapter(processor), deadLetterKey, sp.GetRequiredService<ILogger<KafkaStage>>()));
        builder.Services.AddSingleton<KafkaStageService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<KafkaStageService>());
        using var host = builder.Build();
        // RunAsync disposes the host's services, so take the service (and later its outcome) first.
        var service = host.Services.GetRequiredService<KafkaStageService>();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
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
        if (key.Generated)
        {
            error.WriteLine($"note: no {purpose} key was configured; created {key.Source} for this local cluster.");
        }
        return key.Key;
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
