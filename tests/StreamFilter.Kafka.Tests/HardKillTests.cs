using System.Globalization;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Xunit.Abstractions;
using StreamFilter.Kafka.Tests.Support;

namespace StreamFilter.Kafka.Tests;

/// <summary>
/// `streamfilter run` killed with SIGKILL mid-run and started again: nothing is lost, no raw SSN gets
/// out (one typed across the kill included), and the only records written twice are those of the
/// killed process's last transaction, which it never committed.
/// </summary>
/// <remarks>
/// librdkafka's mock cluster (2.16.0) writes a commit or abort marker at the end of each transaction but
/// serves a read_committed reader everything, fences no earlier producer and aborts nothing on its
/// behalf, so the records the killed process produced in its open transaction stay readable, where a real
/// broker aborts them when the restarted instance (same transactional id) fences its predecessor. The
/// markers say where that transaction began: each marker takes an offset that holds no record, and a
/// partition's records after its last marker (read at the kill) belong to the transaction the killed
/// process never ended. Reading without them is what a read_committed reader of a real broker would see,
/// and there every event must appear exactly once. The group's offsets (stored after each commit, see
/// docs/kafka.md) may lag the last committed transaction by one; the restarted stage reads that one again,
/// which a real broker (offsets inside the transaction) would not, so those repeats are allowed.
/// </remarks>
public sealed class HardKillTests(ITestOutputHelper output)
{
    private const string Group = "run-test";
    private const string Ssn = "536-22-4871";
    private static readonly string[] TypedBeforeKill = ["m", "y", "Space", "s", "s", "n", "Space", "5", "3", "6", "-", "2", "2", "-"];
    private static readonly string[] TypedAfterRestart = ["4", "8", "7", "1", "Space", "o", "k"];

    [Fact]
    public void A_stage_killed_mid_run_and_restarted_loses_nothing_leaks_nothing_and_repeats_only_its_open_transaction()
    {
        using var harness = new StageHarness();
        // Key times an hour ahead: no idle flush on the wall clock releases the digits held at the kill.
        var typedAt = DateTimeOffset.UtcNow.AddHours(1);
        var typing = TypedBeforeKill.Select((key, seq) => KeyEvent(seq, key, typedAt)).ToList();
        var first = Transcripts(0, 300);
        harness.ProduceInput(typing.Concat(first).Select(e => (e.User, e.Value)));
        var expected = typing.Concat(first).Select(e => e.Id).ToList();

        Dictionary<int, long> committedAtKill;
        HashSet<(int Partition, long Offset)> killedProcessAudit;
        HashSet<(int Partition, long Offset)> killedProcessOutput;
        HashSet<(int Partition, long Offset)> openAudit;
        HashSet<(int Partition, long Offset)> openOutput;
        long remainingAtKill;
        string killedLog;
        string restartedLog;
        // linger.ms 0: the records of the transaction in progress reach the broker before the kill.
        using (var killed = new StageProcess(harness, "changelog: changelog", lingerMs: 0))
        {
            TopicContents.WaitForKeys(harness.Cluster.BootstrapServers, "audit", StageHarness.Partitions, first.Select(e => e.Id), StageHarness.Timeout);
            // Every record of the first input is processed, so the transactions that hold this input,
            // and the typed digits' state in the changelog, commit before any of the next input is
            // processed: seeing audit records of the next input proves they committed.
            var second = Transcripts(300, 20_000);
            harness.ProduceInput(second.Select(e => (e.User, e.Value)));
            expected.AddRange(second.Select(e => e.Id));
            TopicContents.ReadAtLeast(harness.Cluster.BootstrapServers, "audit", StageHarness.Partitions, first.Count + 500, StageHarness.Timeout);
            killed.KillHard();

            committedAtKill = harness.CommittedOffsets("input", Group).ToDictionary(o => o.Partition.Value, o => Math.Max(0, o.Offset.Value));
            Assert.True(committedAtKill[PartitionOf(harness, "typist")] >= TypedBeforeKill.Length, "the typed keys were not committed before the kill");
            remainingAtKill = harness.EndOffsets("input").Sum(e => e.Offset.Value - committedAtKill[e.Partition.Value]);
            (killedProcessAudit, openAudit) = Positions(harness, "audit");
            (killedProcessOutput, openOutput) = Positions(harness, "output");
            killedLog = killed.Log;
        }
        Assert.True(remainingAtKill > 0, "the process had finished the input before it was killed");
        // Markers cannot tell a commit from an abort: the emulation holds only if the killed process aborted nothing.
        Assert.DoesNotContain("Aborting", killedLog, StringComparison.Ordinal);
        var committedAtRestart = harness.CommittedOffsets("input", Group).ToDictionary(o => o.Partition.Value, o => Math.Max(0, o.Offset.Value));

        var trigger = KeyEvent(TypedBeforeKill.Length + TypedAfterRestart.Length, "Space", typedAt.AddMinutes(5));
        using (var restarted = new StageProcess(harness, "changelog: changelog"))
        {
            var rest = TypedAfterRestart.Select((key, i) => KeyEvent(TypedBeforeKill.Length + i, key, typedAt)).ToList();
            // A key five minutes later in the same session flushes what is still held (the trailing word).
            harness.ProduceInput(rest.Append(trigger).Select(e => (e.User, e.Value)));
            expected.AddRange(rest.Select(e => e.Id));
            TopicContents.WaitForKeys(harness.Cluster.BootstrapServers, "audit", StageHarness.Partitions, expected, StageHarness.Timeout);
            Assert.Equal(0, restarted.Stop());
            restartedLog = restarted.Log;
            Assert.DoesNotContain(Ssn, restartedLog, StringComparison.Ordinal);
        }

        var audit = TopicContents.ReadAllRecords(harness.Cluster.BootstrapServers, "audit", StageHarness.Partitions, StageHarness.Timeout);
        var outputs = TopicContents.ReadAllRecords(harness.Cluster.BootstrapServers, "output", StageHarness.Partitions, StageHarness.Timeout);

        // Without emulating read_committed: every event is audited, and an event audited twice was read
        // again because the killed process had not stored its offsets on the group.
        var audited = audit.Select(r => (Record: r, Audit: AuditOf(r), Killed: killedProcessAudit.Contains((r.Partition.Value, r.Offset.Value)), Open: openAudit.Contains((r.Partition.Value, r.Offset.Value)))).ToList();
        Assert.Empty(expected.Except(audited.Select(a => a.Audit.Id)));
        foreach (var repeated in audited.GroupBy(a => a.Audit.Id).Where(g => g.Count() > 1))
        {
            var (partition, offset) = repeated.First().Audit.Position;
            Assert.True(offset >= committedAtKill[partition], $"{repeated.Key} at input[{partition}]:{offset} was audited twice but the killed process had committed up to {committedAtKill[partition]}");
        }

        // The group's offsets never cover an input whose transaction did not commit: that input would be lost.
        var coveredButOpen = audited.Where(a => a.Open && a.Audit.Position.Offset < committedAtKill[a.Audit.Position.Partition]).Select(a => a.Audit.Id).ToList();
        Assert.True(coveredButOpen.Count == 0, $"{coveredButOpen.Count} events of the killed process's open transaction lie below the group's offsets {Describe(committedAtKill)}, first {string.Join("; ", coveredButOpen.Take(5))}");

        // An event audited only inside the killed process's open transaction was never processed again:
        // name it with the offsets it was judged by, so a failure says which case it was.
        var notRedone = audited
            .GroupBy(a => a.Audit.Id)
            .Where(g => g.All(a => a.Open))
            .Select(g => $"{g.Key} (input[{g.First().Audit.Position.Partition}]:{g.First().Audit.Position.Offset}, {g.Count()} audit records)")
            .ToList();
        Assert.True(notRedone.Count == 0,
            $"{notRedone.Count} events not processed again after the restart, first {string.Join("; ", notRedone.Take(5))}; the group's offsets read at the kill: {Describe(committedAtKill)}, before the restart: {Describe(committedAtRestart)}; killed process: {Rebalances(killedLog)}; restarted process: {Rebalances(restartedLog)}");

        // As a real broker's read_committed reader sees it: the killed process's open transaction is gone,
        // and of a committed transaction whose offsets the group had not stored, the first copy counts.
        var readAgain = audited.Where(a => !a.Killed).Select(a => a.Audit.Id).ToHashSet(StringComparer.Ordinal);
        var lagging = audited.Where(a => a.Killed && !a.Open && a.Audit.Position.Offset >= committedAtKill[a.Audit.Position.Partition]).Select(a => a.Audit.Id).ToHashSet(StringComparer.Ordinal);
        var uncommitted = audited.Where(a => a.Open).Select(a => a.Audit.Id).ToHashSet(StringComparer.Ordinal);
        var committedAudit = audited.Where(a => !a.Open && (a.Killed || !lagging.Contains(a.Audit.Id))).Select(a => a.Audit.Id).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), committedAudit.Where(id => id != trigger.Id).Order(StringComparer.Ordinal));
        output.WriteLine($"{remainingAtKill} input records were uncommitted at the kill; {uncommitted.Count} events of the killed process's open transaction were excluded; "
            + $"{lagging.Count} events of committed transactions were above the group's offsets ({lagging.Count(readAgain.Contains)} read again); {audit.Count - expected.Count} audit records repeated in all (the trigger key's included if it was decided); "
            + $"group offsets at the kill {Describe(committedAtKill)}, before the restart {Describe(committedAtRestart)}");
        var committedOutput = outputs
            .Where(r => !openOutput.Contains((r.Partition.Value, r.Offset.Value)) && (killedProcessOutput.Contains((r.Partition.Value, r.Offset.Value)) || !lagging.Contains(EventIdOf(r))))
            .Select(r => JsonDocument.Parse(r.Message.Value).RootElement)
            .ToList();
        var outputIds = committedOutput.Select(e => e.GetProperty("event_id").GetString()).ToList();
        Assert.Equal(outputIds.Count, outputIds.Distinct().Count());

        // Nothing raw, read committed or not; the SSN typed across the kill comes out masked.
        Assert.All(outputs, r => Assert.DoesNotContain(Ssn, Encoding.UTF8.GetString(r.Message.Value), StringComparison.Ordinal));
        var typed = committedOutput
            .Where(e => e.GetProperty("type").GetString() == "keystroke" && e.GetProperty("seq").GetInt64() < trigger.Seq)
            .OrderBy(e => e.GetProperty("seq").GetInt64())
            .Select(e => e.GetProperty("key").GetString() == "Space" ? " " : e.GetProperty("key").GetString());
        Assert.Equal("my ssn *********** ok", string.Concat(typed));
    }

    /// <summary>The stage's log lines about assignments, aborts and group offsets (partitions and error codes only).</summary>
    private static string Rebalances(string log) =>
        string.Join(" | ", log.Split('\n').Where(line => line.Contains("Assigned", StringComparison.Ordinal) || line.Contains("Revoked", StringComparison.Ordinal)
            || line.Contains("Aborting", StringComparison.Ordinal) || line.Contains("Group offset", StringComparison.Ordinal) || line.Contains("moved to another instance", StringComparison.Ordinal)));

    private static string Describe(Dictionary<int, long> offsets) =>
        string.Join(", ", offsets.OrderBy(o => o.Key).Select(o => $"input[{o.Key}]:{o.Value}"));

    /// <summary>
    /// Every record of <paramref name="topic"/> by position, and those after the last transaction marker of
    /// their partition. A marker takes an offset that holds no record (the topic has no other gaps: the
    /// whole-topic read checks nothing was trimmed), so the records above the highest free offset below
    /// the end are the open transaction's. The end is read first: a record the broker appended after it
    /// (a request of the killed process still in the socket) is above every marker too.
    /// </summary>
    private static (HashSet<(int Partition, long Offset)> All, HashSet<(int Partition, long Offset)> AfterLastMarker) Positions(StageHarness harness, string topic)
    {
        var ends = harness.EndOffsets(topic).ToDictionary(e => e.Partition.Value, e => e.Offset.Value);
        var all = TopicContents.ReadAllRecords(harness.Cluster.BootstrapServers, topic, StageHarness.Partitions, StageHarness.Timeout)
            .Select(r => (Partition: r.Partition.Value, Offset: r.Offset.Value))
            .ToHashSet();
        var open = all.Where(r => r.Offset >= ends[r.Partition]).ToHashSet();
        foreach (var (partition, end) in ends)
        {
            for (var offset = end - 1; offset >= 0 && all.Contains((partition, offset)); offset--)
            {
                open.Add((partition, offset));
            }
        }
        return (all, open);
    }

    /// <summary>The input partition the stage sees a user's events on (found from the input topic itself).</summary>
    private static int PartitionOf(StageHarness harness, string user) =>
        TopicContents.ReadAllRecords(harness.Cluster.BootstrapServers, "input", StageHarness.Partitions, StageHarness.Timeout)
            .First(r => Encoding.UTF8.GetString(r.Message.Key) == user).Partition.Value;

    private static (string Id, (int Partition, long Offset) Position) AuditOf(ConsumeResult<byte[], byte[]> record)
    {
        var root = JsonDocument.Parse(record.Message.Value).RootElement;
        // "input[2]:1234"
        var source = root.GetProperty("source").GetString()!;
        var open = source.IndexOf('[', StringComparison.Ordinal);
        var close = source.IndexOf(']', StringComparison.Ordinal);
        var partition = int.Parse(source[(open + 1)..close], CultureInfo.InvariantCulture);
        var offset = long.Parse(source[(close + 2)..], CultureInfo.InvariantCulture);
        return (root.GetProperty("event_id").GetString()!, (partition, offset));
    }

    private static string EventIdOf(ConsumeResult<byte[], byte[]> record) =>
        JsonDocument.Parse(record.Message.Value).RootElement.GetProperty("event_id").GetString()!;

    private static List<InputEvent> Transcripts(int from, int count) =>
        Enumerable.Range(from, count).Select(i =>
        {
            var text = i % 10 == 3 ? $"note {i}: my SSN is {Ssn}, keep it safe" : $"note {i} about the quarterly plan";
            var user = $"u{i % 11}";
            return new InputEvent($"t{i}", user, 0, Encoding.UTF8.GetBytes(
                $$"""{"type":"transcript","event_id":"t{{i}}","user_id":"{{user}}","ts":"2026-06-01T09:00:00Z","app":"Chat","source":"prompt","text":"{{text}}"}"""));
        }).ToList();

    private static InputEvent KeyEvent(int seq, string key, DateTimeOffset at) => new($"k{seq}", "typist", seq, Encoding.UTF8.GetBytes(
        $$"""{"type":"keystroke","event_id":"k{{seq}}","user_id":"typist","ts":"{{at.AddMilliseconds(150 * seq).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)}}","app":"Notes","window_title":"Draft","device_id":"d1","session_id":"s1","seq":{{seq}},"key":"{{key}}","field":"text"}"""));

    private sealed record InputEvent(string Id, string User, long Seq, byte[] Value);
}
