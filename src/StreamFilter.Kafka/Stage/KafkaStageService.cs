using Microsoft.Extensions.Hosting;

namespace StreamFilter.Kafka.Stage;

/// <summary>
/// Hosts a <see cref="KafkaStage"/> in the Generic Host: host shutdown (SIGTERM, ctrl-c) drains and
/// commits the last batch; a fatal stage error stops the host and is kept in <see cref="Failure"/>
/// so the process can exit non-zero.
/// </summary>
public sealed class KafkaStageService(KafkaStage stage, IHostApplicationLifetime lifetime) : BackgroundService
{
    public Exception? Failure { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await stage.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (StageFatalException ex)
        {
            Failure = ex;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
