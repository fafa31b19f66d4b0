using System.Text;
using System.Text.RegularExpressions;
using StreamFilter.Kafka.Tests.Support;
using StreamFilter.Kafka.Tests.Topology;

namespace StreamFilter.Kafka.Tests;

/// <summary>`streamfilter run` as a real process: filters the sample into Kafka and drains on SIGTERM.</summary>
public sealed partial class RunCommandProcessTests
{
    [Fact]
    public void Run_filters_every_event_and_exits_zero_after_draining_on_sigterm()
    {
        using var harness = new StageHarness();
        var lines = File.ReadAllLines(Path.Combine(TopologyLoaderTests.RepoRoot(), "samples", "activity.ndjson")).Where(l => l.Length > 0).ToList();
        harness.ProduceInput(lines.Select((l, i) => ($"k{i % 5}", Encoding.UTF8.GetBytes(l))));
        using var stage = new StageProcess(harness);

        // Wait until every event has an audit record in committed transactions.
        var audits = TopicContents.ReadAtLeast(harness.Cluster.BootstrapServers, "audit", StageHarness.Partitions, lines.Count, StageHarness.Timeout);
        Assert.Equal(lines.Count, audits.Select(m => Encoding.UTF8.GetString(m.Key)).Distinct().Count());

        var exitCode = stage.Stop();
        stage.WaitForLog(DrainedStop());
        Assert.True(exitCode == 0, $"exit code {exitCode}: {stage.Log}");
        Assert.DoesNotContain("536-22-4871", stage.Log, StringComparison.Ordinal);
    }

    [GeneratedRegex("Stage stopped after committing")]
    private static partial Regex DrainedStop();
}
