using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using StreamFilter.Kafka.Tests.Support;
using StreamFilter.Kafka.Tests.Topology;

namespace StreamFilter.Kafka.Tests.Run;

/// <summary>`streamfilter run` as an operated service: metrics and readiness over HTTP, rules reloaded while running.</summary>
public sealed partial class RunOpsTests
{
    [Fact]
    public async Task Run_serves_metrics_of_every_decision_and_is_ready_once_assigned()
    {
        using var harness = new StageHarness();
        var lines = File.ReadAllLines(Path.Combine(TopologyLoaderTests.RepoRoot(), "samples", "activity.ndjson")).Where(l => l.Length > 0).ToList();
        harness.ProduceInput(lines.Select((l, i) => ($"k{i % 5}", Encoding.UTF8.GetBytes(l))));
        using var stage = new StageProcess(harness);
        using var http = new HttpClient { BaseAddress = stage.OpsAddress(), Timeout = TimeSpan.FromSeconds(10) };

        TopicContents.ReadAtLeast(harness.Cluster.BootstrapServers, "audit", StageHarness.Partitions, lines.Count, StageHarness.Timeout);
        // Assignment happened before anything was committed, so readiness is already reported.
        using (var ready = await http.GetAsync(new Uri("readyz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        var metrics = await http.GetStringAsync(new Uri("metrics", UriKind.Relative));

        // No aborted transactions here (no injected faults), so the whole topics are the committed output.
        var audits = TopicContents.ReadAll(harness.Cluster.BootstrapServers, "audit", StageHarness.Partitions, StageHarness.Timeout).Select(m => JsonDocument.Parse(m.Value).RootElement.GetProperty("action").GetString()).ToList();
        Assert.Equal(lines.Count, Sum(metrics, "streamfilter_events_in_total"));
        Assert.Equal(audits.Count(a => a is "pass" or "redact"), Sum(metrics, "streamfilter_events_out_total"));
        Assert.Equal(TopicContents.ReadAll(harness.Cluster.BootstrapServers, "output", StageHarness.Partitions, StageHarness.Timeout).Count, Sum(metrics, "streamfilter_events_out_total"));
        Assert.Equal(audits.Count(a => a == "drop"), Sum(metrics, "streamfilter_events_dropped_total"));
        Assert.Equal(audits.Count(a => a == "dead_letter"), Sum(metrics, "streamfilter_dead_letters_total"));
        Assert.True(Sum(metrics, "streamfilter_transaction_commit_duration_seconds_count") >= 1, metrics);
        Assert.DoesNotContain("536-22-4871", metrics, StringComparison.Ordinal);

        // Consumer lag comes from librdkafka statistics, emitted every 5 s: the stage logs the first sample with partitions.
        stage.WaitForLog(LagAvailable());
        metrics = await http.GetStringAsync(new Uri("metrics", UriKind.Relative));
        Assert.Contains("streamfilter_consumer_lag{", metrics, StringComparison.Ordinal);
        Assert.Contains("topic=\"input\"", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("536-22-4871", stage.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_rules_file_is_applied_while_running_and_a_bad_one_keeps_the_old_rules()
    {
        using var harness = new StageHarness();
        var rules = Path.Combine(Path.GetTempPath(), $"sf-reload-{Guid.NewGuid():N}.rules.yaml");
        var original = File.ReadAllText(Path.Combine(TopologyLoaderTests.RepoRoot(), "topologies", "rules.default.yaml"));
        File.WriteAllText(rules, original);
        try
        {
            using var stage = new StageProcess(harness, $"rules: {rules}");
            var ops = stage.OpsAddress();
            var first = ProduceAndReadVersions(harness, 0, 5);
            Assert.All(first, v => Assert.StartsWith("default-1+", v, StringComparison.Ordinal));

            var mark = stage.LineCount;
            File.WriteAllText(rules, original.Replace("version: default-1", "version: reloaded-2", StringComparison.Ordinal));
            stage.WaitForLog(Applied(), mark);
            var second = ProduceAndReadVersions(harness, 5, 5);
            Assert.All(second, v => Assert.StartsWith("reloaded-2+", v, StringComparison.Ordinal));

            mark = stage.LineCount;
            File.WriteAllText(rules, original.Replace("version: default-1", "version: broken-3\nno_such_section: 1", StringComparison.Ordinal));
            stage.WaitForLog(Refused(), mark);
            var third = ProduceAndReadVersions(harness, 10, 5);
            Assert.All(third, v => Assert.Equal(second[0], v));

            using var http = new HttpClient { BaseAddress = ops };
            var metrics = await http.GetStringAsync(new Uri("metrics", UriKind.Relative));
            Assert.Equal(1, Sum(metrics, "streamfilter_config_reloads_total{result=\"success\"}"));
            Assert.Equal(1, Sum(metrics, "streamfilter_config_reloads_total{result=\"failure\"}"));
        }
        finally
        {
            File.Delete(rules);
        }
    }

    /// <summary>Produces transcripts r{first}.. and returns their audit records' policy versions.</summary>
    private static List<string> ProduceAndReadVersions(StageHarness harness, int first, int count)
    {
        var ids = new HashSet<string>();
        var events = new List<(string, byte[])>();
        for (var sent = first; sent < first + count; sent++)
        {
            ids.Add($"r{sent}");
            events.Add(("u1", Encoding.UTF8.GetBytes($$"""{"type":"transcript","event_id":"r{{sent}}","user_id":"u1","ts":"2026-06-01T09:00:00Z","source":"chat","text":"build {{sent}} is green"}""")));
        }
        harness.ProduceInput(events);
        var audits = TopicContents.ReadAtLeast(harness.Cluster.BootstrapServers, "audit", StageHarness.Partitions, first + count, StageHarness.Timeout)
            .Select(m => JsonDocument.Parse(m.Value).RootElement)
            .Where(a => ids.Contains(a.GetProperty("event_id").GetString()!))
            .Select(a => a.GetProperty("policy_version").GetString()!)
            .ToList();
        Assert.Equal(count, audits.Count);
        return audits;
    }

    /// <summary>Sums every sample of a metric (all label sets) in a Prometheus text exposition.</summary>
    private static double Sum(string exposition, string series)
    {
        var total = 0.0;
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith(series, StringComparison.Ordinal) && (line.Length == series.Length || line[series.Length] is ' ' or '{'))
            {
                total += double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }
        }
        return total;
    }

    [GeneratedRegex("Consumer lag of [1-9][0-9]* partitions on /metrics")]
    private static partial Regex LagAvailable();

    [GeneratedRegex("Rules reloaded from")]
    private static partial Regex Applied();

    [GeneratedRegex("refused with")]
    private static partial Regex Refused();
}
