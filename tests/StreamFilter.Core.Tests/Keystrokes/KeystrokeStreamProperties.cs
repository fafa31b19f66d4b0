using FsCheck.Xunit;
using StreamFilter.Core.Keystrokes;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Keystrokes;

public class KeystrokeStreamProperties
{
    private static readonly string[] Keys =
        ["5", "3", "6", "-", "2", "4", "8", "7", "1", "a", "s", "n", "@", ".", "Space", "Space", "Backspace", "Delete",
         "ArrowLeft", "ArrowRight", "Home", "End", "Enter", "Shift"];

    /// <summary>Whatever is typed, in whatever sessions, each event is decided exactly once and in order.</summary>
    [Property(MaxTest = 300)]
    public bool Every_key_is_decided_exactly_once_in_session_order(byte[] script, byte maxKeys, bool limitSessions)
    {
        var sink = new RecordingSink();
        var options = new KeystrokeOptions { MaxKeysPerSession = 4 + maxKeys % 40, MaxSessions = limitSessions ? 2 : 100 };
        using var stage = new KeystrokeStage(TestEngines.WithCards, options);
        var typists = Enumerable.Range(0, 3).Select(i => new Typist(stage, sink, session: $"s{i}")).ToArray();
        foreach (var b in script)
        {
            var t = typists[b % 3];
            t.Field = b % 29 == 0 ? "password" : "text";
            if (b % 31 == 0)
            {
                t.Now += TimeSpan.FromSeconds(3);
                stage.Advance(t.Now, sink);
            }
            t.Press(Keys[(b / 3) % Keys.Length]);
        }
        stage.Complete(sink);
        return stage.HeldKeyCount == 0
            && typists.All(t => t.EventIds.SequenceEqual(sink.Decisions.Where(d => d.Event.Session == t.Session).Select(d => d.Event.EventId)));
    }
}
