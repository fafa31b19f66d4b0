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

    public TimeSpan KeyInterval { get; set; } = TimeSpan.FromMilliseconds(120);

    public string Field { get; set; } = "text";

    public string App { get; set; } = "Chrome";

    public string Title { get; set; } = "Form";

    public List<string> EventIds { get; } = [];

    public void Type(string text)
    {
        foreach (var c in text)
        {
            Press(c == ' ' ? "Space" : c.ToString());
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
            Field = Field,
            App = App,
            WindowTitle = Title,
        }, sink);
        EventIds.Add(id);
        Now += KeyInterval;
        return id;
    }
}
