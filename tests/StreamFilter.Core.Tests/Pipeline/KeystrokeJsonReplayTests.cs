using System.Text;
using System.Text.Json;
using StreamFilter.Core.Pipeline;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>
/// Keystroke leaks replayed as NDJSON through the whole processor with the default rules, as a
/// collector sends them (physical keys with a Shift modifier, Return for Enter, realistic timestamps):
/// no key of the secret reaches the filtered output as typed, and every line is audited once.
/// </summary>
public class KeystrokeJsonReplayTests
{
    private sealed class Session(string app, string field = "text")
    {
        private readonly List<string> _lines = [];
        private DateTimeOffset _now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
        private int _seq;

        public string App { get; set; } = app;

        public string Field { get; set; } = field;

        public List<string> Lines => _lines;

        public List<string> Key(string key, bool shift = false, int afterMs = 140)
        {
            _now += TimeSpan.FromMilliseconds(afterMs);
            var id = $"k{_seq}";
            var modifiers = shift ? ",\"modifiers\":[\"Shift\"]" : "";
            _lines.Add($$"""{"type":"keystroke","event_id":"{{id}}","user_id":"u1","ts":"{{_now:yyyy-MM-ddTHH:mm:ss.fffZ}}","app":"{{App}}","window_title":"w","device_id":"d1","session_id":"s1","seq":{{_seq++}},"key":"{{key}}"{{modifiers}},"field":"{{Field}}"}""");
            return [id];
        }

        /// <summary>Types capitals as the lower-case key with Shift held, as physical-key collectors report them.</summary>
        public List<string> Type(string text, int firstAfterMs = 140)
        {
            var ids = new List<string>();
            foreach (var c in text)
            {
                ids.AddRange(Key(c == ' ' ? "Space" : char.IsUpper(c) ? char.ToLowerInvariant(c).ToString() : c.ToString(), char.IsUpper(c), firstAfterMs));
                firstAfterMs = 140;
            }
            return ids;
        }
    }

    private static RecordingSink Replay(Session s)
    {
        using var processor = new EventProcessor(DefaultRules());
        var sink = new RecordingSink();
        for (var i = 0; i < s.Lines.Count; i++)
        {
            processor.Process(Encoding.UTF8.GetBytes(s.Lines[i]), new SourcePosition("replay", i), sink);
        }
        processor.Complete(sink);
        Assert.Equal(s.Lines.Count, sink.Audits.Count);
        return sink;
    }

    /// <summary>The key each forwarded event carries, by event id (dropped events are absent).</summary>
    private static Dictionary<string, string> ForwardedKeys(RecordingSink sink) => sink.Forwarded
        .Select(f => JsonDocument.Parse(f.Json).RootElement)
        .ToDictionary(e => e.GetProperty("event_id").GetString()!, e => e.GetProperty("key").GetString()!);

    private static void AssertNotForwardedAsTyped(RecordingSink sink, Session s, IEnumerable<string> ids)
    {
        var forwarded = ForwardedKeys(sink);
        foreach (var id in ids)
        {
            var typed = JsonDocument.Parse(s.Lines[int.Parse(id[1..])]).RootElement.GetProperty("key").GetString();
            Assert.False(forwarded.TryGetValue(id, out var key) && key == typed, $"{id} forwarded as typed");
        }
    }

    [Fact]
    public void A_shift_typed_password_after_pw_equals_in_a_chat_does_not_go_out_raw()
    {
        var s = new Session("Slack");
        s.Type("creds for the test box ");
        s.Type("Pw=");
        var secret = s.Type("GreenTea7Xq");
        s.Key("Return");
        s.Type("thanks", firstAfterMs: 2500);
        s.Key("Return");

        AssertNotForwardedAsTyped(Replay(s), s, secret);
    }

    [Fact]
    public void An_ssn_with_a_six_second_pause_inside_does_not_release_its_first_digits()
    {
        var s = new Session("Chrome");
        s.Type("my ssn is ");
        var value = s.Type("536-22");
        value.AddRange(s.Type("-4871", firstAfterMs: 6000));
        s.Key("Return");

        AssertNotForwardedAsTyped(Replay(s), s, value);
    }

    [Fact]
    public void Nine_digits_then_a_pause_then_is_my_social_are_masked()
    {
        var s = new Session("Chrome");
        var value = s.Type("536224871");
        s.Type(" is my social", firstAfterMs: 3000);
        s.Key("Return");

        AssertNotForwardedAsTyped(Replay(s), s, value);
    }

    [Fact]
    public void A_card_in_four_tel_boxes_is_masked()
    {
        var s = new Session("Chrome", field: "tel");
        var value = new List<string>();
        foreach (var group in new[] { "4111", "1111", "1111", "1111" })
        {
            value.AddRange(s.Type(group, firstAfterMs: 1200));
            s.Key("Tab");
        }

        AssertNotForwardedAsTyped(Replay(s), s, value);
    }

    [Fact]
    public void The_line_after_sudo_in_a_terminal_is_dropped()
    {
        var s = new Session("Terminal");
        s.Type("sudo apt upgrade");
        s.Key("Return");
        var secret = s.Type("letmein42", firstAfterMs: 900);
        s.Key("Return");

        var sink = Replay(s);
        AssertNotForwardedAsTyped(sink, s, secret);
        Assert.All(secret, id => Assert.Contains(sink.Audits, a => a.EventId == id && a.Action == AuditAction.Drop));
    }
}
