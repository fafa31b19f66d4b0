using System.Text.Json;
using StreamFilter.Core.Metrics;
using StreamFilter.Kafka.Ops;

namespace StreamFilter.Kafka.Tests.Ops;

/// <summary>End to end: a real Prometheus server scrapes the ops server and answers queries with our values.</summary>
public class PrometheusScrapeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Prometheus_scrapes_the_stage_and_serves_its_counters_back()
    {
        var metrics = new StreamFilterMetrics();
        await using var server = new OpsServer(new OpsServerOptions { Port = 0 }, metrics.Registry, StageReadiness.AlwaysReady());
        await server.StartAsync(CancellationToken.None);
        for (int i = 0; i < 3; i++)
        {
            metrics.EventIn("transcript");
        }

        metrics.ProcessingTime(TimeSpan.FromMicroseconds(40));
        metrics.Redaction("US_SSN");

        using var prometheus = PrometheusServer.Start(server.BaseAddress);

        double transcripts = await prometheus.WaitForValueAsync("streamfilter_events_in_total{type=\"transcript\"}", _ => true, Patience);
        Assert.Equal(3, transcripts);

        // Later increments arrive with later scrapes: Prometheus is really polling the live endpoint.
        metrics.EventIn("transcript");
        metrics.EventIn("transcript");
        Assert.Equal(5, await prometheus.WaitForValueAsync("streamfilter_events_in_total{type=\"transcript\"}", v => v >= 5, Patience));

        Assert.Equal(1, await prometheus.WaitForValueAsync("streamfilter_processing_duration_seconds_count", _ => true, Patience));
        Assert.Equal(1, await prometheus.WaitForValueAsync("up{job=\"streamfilter\"}", _ => true, Patience));

        // Every query of the shipped Grafana dashboard is valid PromQL against the real server.
        foreach (string expression in DashboardExpressions())
        {
            string query = expression.Replace("$__rate_interval", "1m", StringComparison.Ordinal)
                .Replace("$__range", "5m", StringComparison.Ordinal)
                .Replace("$instance", ".*", StringComparison.Ordinal);
            var (status, error) = await prometheus.QueryStatusAsync(query);
            Assert.True(status == "success", $"{query}: {error}");
        }
    }

    private static List<string> DashboardExpressions()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(RepositoryFile.PathOf("docker/grafana-dashboard.json")));
        var expressions = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray())
            .Select(t => t.GetProperty("expr").GetString()!)
            .ToList();
        Assert.NotEmpty(expressions);
        return expressions;
    }
}
