using StreamFilter.Core.Detection;
using StreamFilter.Core.Keystrokes;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Keystrokes;

public sealed class KeystrokeSessionLimitTests
{
    [Fact]
    public void Many_interleaved_sessions_are_rebuilt_independently()
    {
        var sink = new RecordingSink();
        using var stage = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions());
        var typists = Enumerable.Range(0, 40)
            .Select(i => new Typist(stage, sink, device: $"d{i % 7}", session: $"s{i}", user: $"u{i}"))
            .ToList();
        // Odd sessions type an SSN, even ones a harmless order number; keys interleave round-robin.
        var texts = typists.Select((_, i) => i % 2 == 1 ? "ssn 536-22-4871 ok" : "order 5362 ok").ToList();
        for (var k = 0; k < texts.Max(x => x.Length); k++)
        {
            for (var i = 0; i < typists.Count; i++)
            {
                if (k < texts[i].Length)
                {
                    typists[i].Type(texts[i][k].ToString());
                }
            }
        }
        foreach (var t in typists)
        {
            t.Press("Enter");
        }
        stage.Complete(sink); // numbers stay held after Enter: a context word may still follow

        for (var i = 0; i < typists.Count; i++)
        {
            var expected = i % 2 == 1 ? "ssn *********** ok<Enter>" : "order 5362 ok<Enter>";
            Assert.Equal(expected, sink.Forwarded(typists[i].Session));
            var order = sink.Decisions.Where(d => d.Event.Session == typists[i].Session).Select(d => d.Event.EventId);
            Assert.Equal(typists[i].EventIds, order);
        }
        Assert.Equal(typists.Sum(t => t.EventIds.Count), sink.Decisions.Count);
    }

    [Fact]
    public void Evicted_session_masks_its_undecided_keys()
    {
        var sink = new RecordingSink();
        using var stage = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions { MaxSessions = 2 });
        var a = new Typist(stage, sink, session: "a");
        var b = new Typist(stage, sink, session: "b");
        var c = new Typist(stage, sink, session: "c");
        a.Type("hello there 536-22-48");
        b.Type("x");
        Assert.Equal("hello ", sink.Forwarded(a.Session));

        c.Type("y"); // a is the least recently used of three: evicted

        Assert.Equal(2, stage.SessionCount);
        Assert.Equal("hello " + new string('*', 15), sink.Forwarded(a.Session));
        Assert.All(sink.Decisions.Where(d => d.Event.Session == a.Session).Skip(6),
            d => Assert.Equal(KeystrokeReasons.SessionEvicted, d.Reason));
        Assert.Equal(a.EventIds, sink.Decisions.Where(d => d.Event.Session == a.Session).Select(d => d.Event.EventId));

        // The session comes back as a new one: its next keys are judged afresh.
        a.Type("71 ok");
        a.Press("Enter");
        stage.Complete(sink);
        Assert.Equal(a.EventIds, sink.Decisions.Where(d => d.Event.Session == a.Session).Select(d => d.Event.EventId));
    }

    [Fact]
    public void Eviction_follows_least_recent_use_not_creation_order()
    {
        var sink = new RecordingSink();
        using var stage = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions { MaxSessions = 2 });
        var a = new Typist(stage, sink, session: "a");
        var b = new Typist(stage, sink, session: "b");
        a.Type("12");
        b.Type("34");
        a.Type("5"); // a used last: b is now the eviction candidate
        new Typist(stage, sink, session: "c").Type("z");

        Assert.Equal("**", sink.Forwarded(b.Session));
        Assert.Equal("", sink.Forwarded(a.Session));
        Assert.Equal(4, stage.HeldKeyCount); // a holds "125", c holds "z"
    }

    [Fact]
    public void Eviction_skips_forgotten_sessions_and_follows_use_after_many_were_forgotten()
    {
        var sink = new RecordingSink();
        using var stage = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions { MaxSessions = 3 });
        for (var i = 0; i < 200; i++)
        {
            var passing = new Typist(stage, sink, session: $"gone{i}");
            passing.Type("7");
            Assert.True(stage.Forget(passing.Session));
        }
        var a = new Typist(stage, sink, session: "a");
        var b = new Typist(stage, sink, session: "b");
        var c = new Typist(stage, sink, session: "c");
        a.Type("1");
        b.Type("2");
        c.Type("3");
        a.Type("4");
        b.Type("5"); // c is now the least recently used

        new Typist(stage, sink, session: "d").Type("6");

        Assert.Equal("*", sink.Forwarded(c.Session));
        Assert.Equal(("", ""), (sink.Forwarded(a.Session), sink.Forwarded(b.Session)));
        Assert.Equal(3, stage.SessionCount);
    }

    [Fact]
    public void Complete_decides_sessions_most_recently_used_first()
    {
        var sink = new RecordingSink();
        using var stage = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions());
        var a = new Typist(stage, sink, session: "a");
        var b = new Typist(stage, sink, session: "b");
        var c = new Typist(stage, sink, session: "c");
        a.Type("1");
        b.Type("2");
        c.Type("3");
        b.Type("4");

        stage.Complete(sink);

        Assert.Equal(["b", "b", "c", "a"], sink.Decisions.Select(d => d.Event.Session.SessionId));
    }

    [Fact]
    public void Complete_decides_every_held_key()
    {
        var sink = new RecordingSink();
        using var stage = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions());
        var a = new Typist(stage, sink, session: "a");
        var b = new Typist(stage, sink, session: "b");
        a.Type("ssn 536-22-4871");
        b.Type("hello");

        stage.Complete(sink);

        Assert.Equal(0, stage.HeldKeyCount);
        Assert.Equal("ssn ***********", sink.Forwarded(a.Session));
        Assert.Equal("hello", sink.Forwarded(b.Session));
        Assert.Equal(EntityType.UsSsn, sink.Decisions.Last(d => d.Event.Session == a.Session).EntityType);
    }
}
