using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using StreamFilter.Kafka.Tests.Support;
using StreamFilter.Kafka.Tests.Topology;

namespace StreamFilter.Kafka.Tests;

/// <summary>`streamfilter run` as a real process: filters the sample into Kafka and drains on SIGTERM.</summary>
public sealed class RunCommandProcessTests
{
    [Fact]
    public void Run_filters_every_event_and_exits_zero_after_draining_on_sigterm()
    {
        using var harness = new StageHarness();
        var lines = File.ReadAllLines(Path.Combine(TopologyLoaderTests.RepoRoot(), "samples", "activity.ndjson")).Where(l => l.Length > 0).ToList();
        harness.ProduceInput(lines.Select((l, i) => ($"k{i % 5}", Encoding.UTF8.GetBytes(l))));
        var directory = Directory.CreateTempSubdirectory("sf-run-");
        var topologyPath = Path.Combine(directory.FullName, "t.topology.yaml");
        File.WriteAllText(topologyPath, $"""
            kafka:
              bootstrap_servers: {harness.Cluster.BootstrapServers}
              group_id: run-test
              transactional_id_prefix: run-test
            inputs:
              topics: [input]
            outputs:
              default: output
            audit: audit
            dead_letter: dead-letter
            quarantine: quarantine
            batch:
              max_records: 50
              max_wait_ms: 50
            """);
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "streamfilter.dll"), "run", "--topology", topologyPath, "--instance-id", "p1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["STREAMFILTER_HMAC_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        start.Environment["STREAMFILTER_DEAD_LETTER_KEY"] = Convert.ToBase64String(harness.Key);
        var log = new StringBuilder();
        var stopped = new ManualResetEventSlim();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // Wait until every event has an audit record in committed transactions.
            var audits = TopicContents.ReadAtLeast(harness.Cluster.BootstrapServers, "audit", StageHarness.Partitions, lines.Count, StageHarness.Timeout);
            Assert.Equal(lines.Count, audits.Select(m => Encoding.UTF8.GetString(m.Key)).Distinct().Count());

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }
            Assert.True(process.WaitForExit(StageHarness.Timeout), "the stage did not exit after SIGTERM");
            process.WaitForExit();
            Assert.True(stopped.Wait(StageHarness.Timeout), "the stage never logged its drained stop");
            Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}: {log}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            directory.Delete(recursive: true);
        }
        Assert.DoesNotContain("536-22-4871", log.ToString(), StringComparison.Ordinal);

        void Record(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (log)
            {
                log.AppendLine(line);
            }
            if (line.Contains("Stage stopped after committing", StringComparison.Ordinal))
            {
                stopped.Set();
            }
        }
    }
}
