using StreamFilter.Core.Keystrokes;

namespace StreamFilter.Core.Tests.Keystrokes;

/// <summary>
/// Produces the key events of one simulated person typing: one event per key, increasing seq, event
/// time advancing by <see cref="KeyInterval"/> per key (no real clock involved).
/// </summary>
internal sealed class Typist(KeystrokeStage stage, RecordingSink sink, string device = "d1", string session = "s1", string user = "u1")
{
    private long _seq;

    public static readonly DateTimeOffset Start = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public SessionKey Session { get; } = new(device, session);

    public DateTimeOffset Now { get; set; } = Start;

    /// <summary>The seq (and event id suffix) of the next key: a typist resuming after a restart goes on from the last one.</summary>
    public long NextSeq { get => _seq; set => _seq = value; }

    public TimeSpan KeyInterval { get; set; } = TimeSpan.FromMilliseconds(120);

    /// <summary>When set, each key comes 60-250 ms after the previous one (as people type) instead of <see cref="KeyInterval"/>.</summary>
    public Random? Jitter { get; set; }

    /// <summary>Modifiers of the next keys (e.g. Shift held while typing capitals).</summary>
    public bool Shift { get; set; }

    public string Field { get; set; } = "text";

    public string App { get; set; } = "Chrome";

    public string Title { get; set; } = "Form";

    public List<string> EventIds { get; } = [];

    /// <summary>Types <paramref name="text"/> one key per character; returns the event ids.</summary>
    public List<string> Type(string text)
    {
        var ids = new List<string>(text.Length);
        foreach (var c in text)
        {
            ids.Add(Press(c == ' ' ? "Space" : c.ToString()));
        }
        return ids;
    }

    /// <summary>Lets <paramref name="pause"/> of event time pass, the host advancing the stage every 250 ms as the Kafka stage does.</summary>
    public void Pause(TimeSpan pause)
    {
        var end = Now + pause;
        while (Now < end)
        {
            Now = Now + TimeSpan.FromMilliseconds(250) < end ? Now + TimeSpan.FromMilliseconds(250) : end;
            stage.Advance(Now, sink);
        }
    }

    public string Press(string key, bool shortcut = false)
    {
        var id = $"{Session.DeviceId}-{Session.SessionId}-{_seq}";
        stage.Process(new KeystrokeEvent
        {
            EventId = id,
            UserId = user,
            Session = Session,
            Seq = _seq++,
            Timestamp = Now,
            Key = key,
            Shortcut = shortcut,
            Shift = Shift,
            Field = Field,
            App = App,
            WindowTitle = Title,
        }, sink);
        EventIds.Add(id);
        Now += Jitter is { } random ? TimeSpan.FromMilliseconds(random.Next(60, 251)) : KeyInterval;
        return id;
    }
}
