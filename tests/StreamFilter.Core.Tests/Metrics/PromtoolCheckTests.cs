using StreamFilter.Core.Detection;
using StreamFilter.Core.Metrics;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Tests.Metrics;

/// <summary>The exposition of every StreamFilter metric, as prometheus-net writes it, passes Prometheus's own checker and linter.</summary>
public class PromtoolCheckTests
{
    [Fact]
    public async Task Full_exposition_passes_promtool_check_metrics()
    {
        var metrics = new StreamFilterMetrics();
        metrics.EventIn("transcript");
        metrics.EventIn("keystroke");
        metrics.EventOut("transcript");
        metrics.Redaction(EntityType.UsSsn);
        metrics.Redaction(EntityType.Email);
        metrics.Dropped("consent_paused");
        metrics.Redaction("EMPLOYEE_ID"); // an entity type a rules file declared
        metrics.DeadLettered("invalid_json");
        metrics.Level(SensitivityLevel.Secret);
        metrics.Category(Category.Credentials);
        metrics.ProcessingTime(TimeSpan.FromMicroseconds(12));
        metrics.HoldbackChanged(4);
        metrics.TransactionCommitTime(TimeSpan.FromMilliseconds(8));
        metrics.ConfigReloaded(succeeded: false);
        metrics.PreviousKeyOpened("changelog");
        Assert.True(metrics.KafkaStatistics(KafkaStatisticsSample.Consumer));

        string exposition = Exposition.Text(metrics);
        var (exitCode, output) = await Promtool.CheckMetricsAsync(exposition);

        Assert.True(exitCode == 0, $"promtool exit {exitCode}: {output}");
        Assert.Equal(string.Empty, output.Trim());
        Assert.Equal(13, exposition.Split('\n').Count(l => l.StartsWith("# TYPE ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Promtool_rejects_a_broken_exposition()
    {
        // The control: proves the check above would notice broken output.
        var (exitCode, _) = await Promtool.CheckMetricsAsync("# TYPE x_total counter\nx_total{a=\"unterminated} 1\n");
        Assert.NotEqual(0, exitCode);
    }
}
