using StreamFilter.Core.Detection;
using StreamFilter.Core.Keystrokes;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Keystrokes;

public sealed class KeystrokeSnapshotTests
{
    [Fact]
    public void Restored_session_mid_value_still_detects_the_value()
    {
        var sink = new RecordingSink();
        var typistEventIds = new List<string>();
        byte[] snapshot;
        SessionKey key;
        using (var before = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions()))
        {
            var t = new Typist(before, sink);
            t.Type("my ssn 536-2");
            t.Press("9");
            t.Press("Backspace");
            t.Type("2-");
            key = t.Session;
            snapshot = before.Snapshot(key)!;
            typistEventIds.AddRange(t.EventIds);
        }
        Assert.Equal("my ", sink.Forwarded(key)); // "ssn 536-2..." is still held at the crash

        using var after = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions());
        after.Restore(snapshot, sink);
        Assert.Equal(typistEventIds.Count - 3, after.HeldKeyCount);
        var resumed = new Typist(after, sink) { Now = Typist.Start + TimeSpan.FromSeconds(1) };
        resumed.Type("4871 done");
        resumed.Press("Enter");
        after.Complete(sink);

        // Held keys restored with their events: decided once, in order, the SSN (and the erased 9) masked.
        Assert.Equal("my ssn ******<Backspace>****** done<Enter>", sink.Forwarded(key));
        var masked = sink.Decisions.Where(d => d.Verdict == KeyVerdict.Mask).ToList();
        Assert.All(masked, d => Assert.Equal(EntityType.UsSsn, d.EntityType));
        Assert.Contains(masked, d => typistEventIds.Contains(d.Event.EventId));
        Assert.All(sink.Decisions, d => Assert.Equal(key, d.Event.Session));
    }

    [Fact]
    public void Snapshot_round_trips_payload_focus_and_timestamps()
    {
        var sink = new RecordingSink();
        using var stage = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions());
        var session = new SessionKey("dev", "sess");
        var at = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(2));
        stage.Process(new KeystrokeEvent
        {
            EventId = "e1", UserId = "u", Session = session, Seq = 41, Timestamp = at, Key = "7",
            Field = "text", App = "Notes", WindowTitle = "Draft", Payload = [1, 2, 3],
        }, sink);
        var snapshot = stage.Snapshot(session)!;

        using var restored = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions());
        restored.Restore(snapshot, sink);
        restored.Complete(sink);

        var d = Assert.Single(sink.Decisions);
        Assert.Equal("e1", d.Event.EventId);
        Assert.Equal(41, d.Event.Seq);
        Assert.Equal(at, d.Event.Timestamp);
        Assert.Equal(TimeSpan.FromHours(2), d.Event.Timestamp.Offset);
        Assert.Equal([1, 2, 3], d.Event.Payload);
        Assert.Equal(session, d.Event.Session);
        Assert.Equal(KeyVerdict.Forward, d.Verdict);
    }

    [Fact]
    public void Corrupt_or_unknown_snapshots_are_refused()
    {
        var sink = new RecordingSink();
        using var stage = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions());
        var t = new Typist(stage, sink);
        t.Type("abc 12");
        var good = stage.Snapshot(t.Session)!;

        using var other = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions());
        Assert.Throws<FormatException>(() => other.Restore([99, .. good.AsSpan(1)], sink));
        Assert.Throws<FormatException>(() => other.Restore(good[..(good.Length / 2)], sink));
        Assert.Throws<InvalidOperationException>(() => stage.Restore(good, sink));
        Assert.Equal(0, other.SessionCount);
    }

    [Fact]
    public void Changed_sessions_are_reported_once_for_the_changelog()
    {
        var sink = new RecordingSink();
        using var stage = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions());
        new Typist(stage, sink, session: "a").Type("x");
        new Typist(stage, sink, session: "b").Type("y");
        var changed = new List<SessionKey>();

        stage.TakeChangedSessions(changed);
        Assert.Equal(2, changed.Count);
        changed.Clear();
        stage.TakeChangedSessions(changed);
        Assert.Empty(changed);
    }

    [Fact]
    public void A_session_typed_in_again_after_a_take_is_reported_again_and_a_forgotten_one_is_not()
    {
        var sink = new RecordingSink();
        using var stage = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions());
        var a = new Typist(stage, sink, session: "a");
        var b = new Typist(stage, sink, session: "b");
        a.Type("x");
        b.Type("y");
        var changed = new List<SessionKey>();
        stage.TakeChangedSessions(changed);
        changed.Clear();

        a.Type("1");
        b.Type("2");
        a.Type("3");
        Assert.True(stage.Forget(b.Session));
        stage.TakeChangedSessions(changed);

        Assert.Equal([a.Session], changed);
        changed.Clear();
        b.Type("4");
        stage.TakeChangedSessions(changed);
        Assert.Equal([b.Session], changed);
    }
}
