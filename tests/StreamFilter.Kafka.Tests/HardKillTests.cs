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
/// librdkafka's mock cluster (2.0.2 and 2.8.0) writes no transaction markers, so the records the killed process
/// produced in its open transaction stay readable, where a real broker aborts them when the restarted
/// instance (same transactional id) fences its predecessor. The test tells them apart by their input
/// positions: the group's offsets (stored after each commit, see docs/kafka.md) say where the killed
/// process's committed work ended, and its audit records at or after that position belong to the
/// uncommitted transaction. Reading without those records is what a read_committed reader of a real
/// broker would see, and there every event must appear exactly once.
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
            killedProcessAudit = Positions(harness, "audit");
            killedProcessOutput = Positions(harness, "output");
            killedLog = killed.Log;
        }
        Assert.True(remainingAtKill > 0, "the process had finished the input before it was killed");

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
        // again because the killed process had not committed it.
        var audited = audit.Select(r => (Record: r, Audit: AuditOf(r))).ToList();
        Assert.Empty(expected.Except(audited.Select(a => a.Audit.Id)));
        foreach (var repeated in audited.GroupBy(a => a.Audit.Id).Where(g => g.Count() > 1))
        {
            var (partition, offset) = repeated.First().Audit.Position;
            Assert.True(offset >= committedAtKill[partition], $"{repeated.Key} at input[{partition}]:{offset} was audited twice but the killed process had committed up to {committedAtKill[partition]}");
        }

        // As a real broker's read_committed reader sees it: the killed process's open transaction is gone.
        var uncommitted = audited
            .Where(a => killedProcessAudit.Contains((a.Record.Partition.Value, a.Record.Offset.Value)) && a.Audit.Position.Offset >= committedAtKill[a.Audit.Position.Partition])
            .Select(a => a.Audit.Id)
            .ToHashSet(StringComparer.Ordinal);
        // An event audited only inside the killed process's open transaction was never processed again:
        // name it with the offsets it was judged by, so a failure says which case it was.
        var notRedone = audited
            .GroupBy(a => a.Audit.Id)
            .Where(g => uncommitted.Contains(g.Key) && g.All(a => killedProcessAudit.Contains((a.Record.Partition.Value, a.Record.Offset.Value))))
            .Select(g => $"{g.Key} (input[{g.First().Audit.Position.Partition}]:{g.First().Audit.Position.Offset}, {g.Count()} audit records)")
            .ToList();
        Assert.True(notRedone.Count == 0,
            $"{notRedone.Count} events not processed again after the restart, first {string.Join("; ", notRedone.Take(5))}; the group's offsets read at the kill: {Describe(committedAtKill)}; killed process: {Rebalances(killedLog)}; restarted process: {Rebalances(restartedLog)}");
        var committedAudit = audited.Where(a => !killedProcessAudit.Contains((a.Record.Partition.Value, a.Record.Offset.Value)) || !uncommitted.Contains(a.Audit.Id)).Select(a => a.Audit.Id).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), committedAudit.Where(id => id != trigger.Id).Order(StringComparer.Ordinal));
        output.WriteLine($"{remainingAtKill} input records were uncommitted at the kill; {uncommitted.Count} events of the killed process's open transaction were excluded; {audit.Count - expected.Count} audit records repeated in all (the trigger key's included if it was decided)");
        var committedOutput = outputs
            .Where(r => !killedProcessOutput.Contains((r.Partition.Value, r.Offset.Value)) || !uncommitted.Contains(EventIdOf(r)))
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

    private static HashSet<(int Partition, long Offset)> Positions(StageHarness harness, string topic) =>
        TopicContents.ReadAllRecords(harness.Cluster.BootstrapServers, topic, StageHarness.Partitions, StageHarness.Timeout)
            .Select(r => (r.Partition.Value, r.Offset.Value))
            .ToHashSet();

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
