using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace StreamFilter.Kafka.Tests.Support;

/// <summary>
/// `streamfilter run` as a child process on a topology written for the harness's cluster (ops on a free
/// port). Its log is kept so tests can wait for lines; disposing sends SIGTERM and waits for the exit.
/// </summary>
internal sealed partial class StageProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly DirectoryInfo directory;

    /// <param name="lingerMs">The producer's linger.ms; 0 sends a transaction's records at once, so a kill finds them on the broker.</param>
    public StageProcess(StageHarness harness, string extraTopology = "", string instance = "p1", int lingerMs = 50)
    {
        directory = Directory.CreateTempSubdirectory("sf-stage-");
        TopologyPath = Path.Combine(directory.FullName, "t.topology.yaml");
        File.WriteAllText(TopologyPath, $"""
            kafka:
              bootstrap_servers: {harness.Cluster.BootstrapServers}
              group_id: run-test
              transactional_id_prefix: run-test
              commit_offsets_after_transaction: true
              consumer:
                # A killed instance stays in the group until its session times out; keep that short.
                session.timeout.ms: "6000"
                heartbeat.interval.ms: "1000"
              producer:
                linger.ms: "{lingerMs}"
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
            ops:
              port: 0
            {extraTopology}
            """);
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "streamfilter.dll"), "run", "--topology", TopologyPath, "--instance-id", instance])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["STREAMFILTER_HMAC_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        start.Environment["STREAMFILTER_DEAD_LETTER_KEY"] = Convert.ToBase64String(harness.Key);
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string TopologyPath { get; }

    public string Log
    {
        get
        {
            lock (lines)
            {
                return string.Join('\n', lines);
            }
        }
    }

    /// <summary>Waits for a log line matching <paramref name="pattern"/> after the first <paramref name="skip"/> lines; returns the match.</summary>
    public Match WaitForLog(Regex pattern, int skip = 0)
    {
        var deadline = DateTime.UtcNow + StageHarness.Timeout;
        lock (lines)
        {
            while (true)
            {
                for (var i = skip; i < lines.Count; i++)
                {
                    if (pattern.Match(lines[i]) is { Success: true } match)
                    {
                        return match;
                    }
                }
                var left = deadline - DateTime.UtcNow;
                Assert.True(left > TimeSpan.Zero && !process.HasExited, $"no log line matched {pattern}:\n{string.Join('\n', lines)}");
                Monitor.Wait(lines, TimeSpan.FromMilliseconds(Math.Min(left.TotalMilliseconds, 500)));
            }
        }
    }

    public int LineCount
    {
        get
        {
            lock (lines)
            {
                return lines.Count;
            }
        }
    }

    /// <summary>SIGKILL: the process gets no chance to commit, abort or leave the group.</summary>
    public void KillHard()
    {
        process.Kill();
        Assert.True(process.WaitForExit(StageHarness.Timeout), "the killed stage process did not exit");
    }

    /// <summary>SIGTERM, then waits for the drained exit and returns the exit code.</summary>
    public int Stop()
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }
        Assert.True(process.WaitForExit(StageHarness.Timeout), $"the stage did not exit after SIGTERM:\n{Log}");
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>The ops endpoints' address, from the stage's start-up log line.</summary>
    public Uri OpsAddress() => new($"http://127.0.0.1:{WaitForLog(OpsLine()).Groups[1].Value}/");

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
                {
                    kill.WaitForExit();
                }
                if (!process.WaitForExit(StageHarness.Timeout))
                {
                    process.Kill(entireProcessTree: true);
                }
            }
        }
        finally
        {
            process.Dispose();
            directory.Delete(recursive: true);
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (lines)
        {
            lines.Add(line);
            Monitor.PulseAll(lines);
        }
    }

    [GeneratedRegex(@"Operations endpoints on http://127\.0\.0\.1:(\d+)/")]
    private static partial Regex OpsLine();
}
