using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StreamFilter.Core.Metrics;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Redaction;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Security;
using StreamFilter.Core.Sensitivity.Classification;
using StreamFilter.Kafka.Ops;
using StreamFilter.Kafka.Stage;
using StreamFilter.Kafka.Topology;

namespace StreamFilter.Cli.Staging;

/// <summary>
/// The Kafka stage with everything around it, composed once: the filter (keystroke state checkpointed
/// when the topology names a changelog, the consent global table when it names a consent topic),
/// metrics of every decision, the ops endpoints with readiness, and hot reload of the rules file.
/// As a hosted service it starts and stops the ops server and the reloader; the stage itself runs in
/// <see cref="KafkaStageService"/> (run) or directly (demo).
/// </summary>
internal sealed partial class StageComposition : IHostedService, IAsyncDisposable
{
    private readonly EventProcessor processor;
    private readonly RulesReloader? reloader;
    private readonly KeystrokeStateStore? keystrokeState;
    private readonly ILogger logger;

    public StageComposition(TopologyOptions topology, RuleSet rules, Pseudonymizer pseudonymizer, KeyRing deadLetterKeys, string instanceId, ILoggerFactory loggers)
    {
        var model = SensitivityModel.LoadDefault();
        logger = loggers.CreateLogger<StageComposition>();
        processor = new EventProcessor(rules, ClassifierSensitivityAssessor.ForRules(rules, model));
        Metrics = new StreamFilterMetrics();
        Readiness = new StageReadiness();
        if (deadLetterKeys.Previous.Count > 0)
        {
            // During a rotation, say which keys this instance will try, so a half-rolled configuration shows.
            LogPreviousKeys(deadLetterKeys.Current.Source, string.Join("; ", deadLetterKeys.Previous.Select(k => k.Source)));
        }
        // With a changelog topic, held keystrokes survive a restart or a rebalance instead of being decided at stop.
        keystrokeState = string.IsNullOrWhiteSpace(topology.Changelog) ? null : new KeystrokeStateStore(
            processor, deadLetterKeys, new PreviousKeyUse(deadLetterKeys, loggers.CreateLogger<PreviousKeyUse>(), Metrics));
        // With a consent topic, a pause reaches every instance whichever partition it arrived on.
        var consentTable = string.IsNullOrWhiteSpace(topology.Consent) ? null : new ProcessorConsentTable(processor);
        var adapter = new EventProcessorAdapter(processor, keystrokeState, Metrics);
        Stage = new KafkaStage(topology, instanceId, adapter, deadLetterKeys.Current.Key, loggers.CreateLogger<KafkaStage>(), keystrokeState, consentTable)
        {
            Metrics = Metrics,
            Readiness = Readiness,
        };
        Ops = new OpsServer(new OpsServerOptions { Port = topology.Ops.Port, BindAddress = topology.Ops.Bind }, Metrics.Registry, Readiness, loggers);
        if (topology.Rules is { } rulesPath)
        {
            var holder = new RuleSetHolder(rules);
            reloader = new RulesReloader(rulesPath, holder, pseudonymizer, loggers.CreateLogger<RulesReloader>());
            reloader.Reloaded += result =>
            {
                if (result.Outcome == RulesReloadOutcome.Applied)
                {
                    // The stage thread switches between batches; the reloader's thread only hands the rules over.
                    var next = holder.Current;
                    adapter.UseRules(next, ClassifierSensitivityAssessor.ForRules(next, model));
                }
                Metrics.ConfigReloaded(result.Outcome == RulesReloadOutcome.Applied);
            };
        }
    }

    public KafkaStage Stage { get; }

    public StreamFilterMetrics Metrics { get; }

    public StageReadiness Readiness { get; }

    public OpsServer Ops { get; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Ops.StartAsync(cancellationToken).ConfigureAwait(false);
        LogOpsListening(Ops.BaseAddress.ToString());
        reloader?.Start();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        reloader?.Dispose();
        await Ops.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        reloader?.Dispose();
        await Ops.DisposeAsync().ConfigureAwait(false);
        keystrokeState?.Dispose();
        processor.Dispose();
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Operations endpoints on {Address} (metrics, healthz, readyz)")]
    private partial void LogOpsListening(string address);

    [LoggerMessage(EventId = 21, Level = LogLevel.Information, Message = "Quarantine key from {Current}; previous keys, for opening records sealed before a rotation: {Previous}")]
    private partial void LogPreviousKeys(string current, string previous);
}
