using System.Text.Json;
using System.Text.RegularExpressions;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Metrics;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Tests.Metrics;

/// <summary>docker/prometheus.yml is valid and docker/grafana-dashboard.json only queries metrics that exist.</summary>
public partial class DockerMonitoringFilesTests
{
    [Fact]
    public async Task Scrape_config_passes_promtool_check_config()
    {
        var (exitCode, output) = await Promtool.CheckConfigAsync(RepositoryFile.PathOf("docker/prometheus.yml"));
        Assert.True(exitCode == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_metric_the_dashboard_queries_is_exported()
    {
        var metrics = new StreamFilterMetrics();
        RecordOneOfEach(metrics);
        var exported = Exposition.Families(Exposition.Text(metrics)).Keys.ToHashSet(StringComparer.Ordinal);

        var queried = DashboardExpressions().SelectMany(e => MetricName().Matches(e).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(13, exported.Count);
        Assert.Subset(exported, queried.Select(n => n.EndsWith("_bucket", StringComparison.Ordinal) ? n[..^"_bucket".Length] : n).ToHashSet());
        Assert.Equal(exported.Count, queried.Count); // and every exported metric has a panel
    }

    internal static IEnumerable<string> DashboardExpressions()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(RepositoryFile.PathOf("docker/grafana-dashboard.json")));
        return dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray())
            .Select(t => t.GetProperty("expr").GetString()!)
            .ToList();
    }

    private static void RecordOneOfEach(StreamFilterMetrics metrics)
    {
        metrics.EventIn("transcript");
        metrics.EventOut("transcript");
        metrics.Redaction(EntityType.Email);
        metrics.Dropped("consent_paused");
        metrics.DeadLettered("invalid_event");
        metrics.Level(SensitivityLevel.Personal);
        metrics.Category(Category.Contact);
        metrics.ProcessingTime(TimeSpan.FromMicroseconds(5));
        metrics.HoldbackChanged(1);
        metrics.TransactionCommitTime(TimeSpan.FromMilliseconds(5));
        metrics.ConfigReloaded(succeeded: true);
        metrics.KafkaStatistics(KafkaStatisticsSample.Consumer);
        metrics.PreviousKeyOpened("changelog");
    }

    [GeneratedRegex("streamfilter_[a-z_]+")]
    private static partial Regex MetricName();
}
