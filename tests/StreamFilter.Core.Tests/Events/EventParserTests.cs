using System.Text;
using StreamFilter.Core.Events;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Events;

public class EventParserTests
{
    private static readonly LimitsOptions Limits = new();

    private static InputEvent Parse(string json)
    {
        Assert.True(EventParser.TryParse(Encoding.UTF8.GetBytes(json), Limits, out var evt, out var error), error.Reason);
        return evt;
    }

    private static EventParseError Fail(string json)
    {
        Assert.False(EventParser.TryParse(Encoding.UTF8.GetBytes(json), Limits, out _, out var error));
        return error;
    }

    [Fact]
    public void Keystroke_fields_are_all_read()
    {
        var e = Parse("""{"ts":"2026-06-01T09:00:01.250+02:00","type":"keystroke","event_id":"e2","user_id":"u1","device_id":"d1","session_id":"s1","seq":9007199254740993,"key":"Backspace","modifiers":["Shift","Control"],"app":"Chrome","window_title":"Form","url":"https://x.example/a","field":"text"}""");

        Assert.Equal(EventKind.Keystroke, e.Kind);
        Assert.Equal(("e2", "u1"), (e.EventId, e.UserId));
        Assert.Equal("2026-06-01T09:00:01.250+02:00", e.TimestampText);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 7, 0, 1, 250, TimeSpan.Zero), e.Timestamp);
        Assert.Equal(("Chrome", "Form", "https://x.example/a"), (e.App, e.WindowTitle, e.Url));
        var k = e.Keystroke!;
        Assert.Equal(("d1", "s1", 9007199254740993L, "Backspace", "text"), (k.DeviceId, k.SessionId, k.Seq, k.Key, k.Field));
        Assert.Equal(["Shift", "Control"], k.Modifiers);
        Assert.Null(e.Transcript);
        Assert.Equal(0, e.UnknownFieldCount);
    }

    [Fact]
    public void Screen_ocr_blocks_are_read_in_order()
    {
        var e = Parse("""{"type":"screen_ocr","event_id":"e3","user_id":"u1","ts":"2026-06-01T09:00:02Z","frame_id":"f1","width":1920,"height":1080,"blocks":[{"text":"SSN","bbox":[100,140,60,30],"conf":0.97},{"bbox":[170.5,140,180,30],"text":"536-22-4871"}]}""");

        var f = e.ScreenOcr!;
        Assert.Equal(("f1", 1920, 1080), (f.FrameId, f.Width, f.Height));
        Assert.Equal(new OcrBlock("SSN", new BoundingBox(100, 140, 60, 30), 0.97), f.Blocks[0]);
        Assert.Equal(new OcrBlock("536-22-4871", new BoundingBox(170.5, 140, 180, 30), null), f.Blocks[1]);
    }

    [Fact]
    public void Mouse_transcript_and_consent_fields_are_read()
    {
        var m = Parse("""{"type":"mouse","event_id":"m","user_id":"u","ts":"2026-06-01T09:00:00Z","action":"click","x":10,"y":20.5,"button":"left","target":"View results"}""").Mouse!;
        var t = Parse("""{"type":"transcript","event_id":"t","user_id":"u","ts":"2026-06-01T09:00:00Z","source":"meeting","text":"line\nbreak \u00e9"}""").Transcript!;
        var c = Parse("""{"type":"consent","event_id":"c","user_id":"u","ts":"2026-06-01T09:00:00Z","action":"pause","minutes":45}""").Consent!;

        Assert.Equal(("click", 10.0, 20.5, "left", "View results"), (m.Action, m.X, m.Y, m.Button, m.Target));
        Assert.Equal(("meeting", "line\nbreak é"), (t.Source, t.Text));
        Assert.Equal(("pause", (int?)45), (c.Action, c.Minutes));
    }

    [Fact]
    public void Null_optional_fields_are_absent_and_fields_of_other_types_count_as_unknown()
    {
        var e = Parse("""{"type":"consent","event_id":"c","user_id":"u","ts":"2026-06-01T09:00:00Z","app":null,"action":"resume","text":"not a consent field","blocks":[],"extra":{"deep":[1]}}""");

        Assert.Null(e.App);
        Assert.Null(e.Consent!.Minutes);
        Assert.Equal(3, e.UnknownFieldCount);
    }

    [Fact]
    public void Escaped_property_names_are_matched_and_duplicates_caught()
    {
        Assert.Equal("hi", Parse("""{"type":"transcript","event_id":"t","user_id":"u","ts":"2026-06-01T09:00:00Z","source":"chat","t\u0065xt":"hi"}""").Transcript!.Text);
        Assert.Equal("duplicate field 'text'", Fail("""{"type":"transcript","event_id":"t","user_id":"u","ts":"2026-06-01T09:00:00Z","source":"chat","text":"a","t\u0065xt":"b"}""").Reason);
    }

    [Fact]
    public void A_required_field_sent_as_null_is_missing()
    {
        Assert.Equal("missing field 'text'", Fail("""{"type":"transcript","event_id":"t","user_id":"u","ts":"2026-06-01T09:00:00Z","source":"chat","text":null}""").Reason);
    }

    /// <summary>Every named key of the contract (../shared/events.md at the time of writing).</summary>
    public static TheoryData<string> ContractKeys()
    {
        var keys = new TheoryData<string>
        {
            "a", "😀", "Backspace", "Delete", "Enter", "Return", "Tab", "Space", "Insert", "ArrowLeft", "ArrowRight",
            "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown", "Escape", "Shift", "Control", "Alt", "Meta",
            "CapsLock", "NumLock", "ContextMenu",
        };
        for (var f = 1; f <= 24; f++)
        {
            keys.Add($"F{f}");
        }
        return keys;
    }

    [Theory]
    [MemberData(nameof(ContractKeys))]
    public void A_key_is_one_character_or_a_named_key(string key)
    {
        Assert.Equal(key, Parse($$"""{"type":"keystroke","event_id":"k","user_id":"u","ts":"2026-06-01T09:00:00Z","device_id":"d","session_id":"s","seq":1,"key":"{{key}}"}""").Keystroke!.Key);
    }

    [Theory]
    [InlineData("F0")]
    [InlineData("F25")]
    [InlineData("enter")]
    [InlineData("ShiftLeft")]
    [InlineData("Hello")]
    [InlineData("536-22-4871")]
    [InlineData("e\u0301")] // a letter and a combining accent: two characters, one glyph, still not one key
    public void Any_other_multi_character_key_is_invalid_and_the_reason_says_why(string key)
    {
        var error = Fail($$"""{"type":"keystroke","event_id":"k","user_id":"u","ts":"2026-06-01T09:00:00Z","device_id":"d","session_id":"s","seq":1,"key":"{{key}}"}""");

        Assert.Equal("k", error.EventId);
        Assert.Contains("not one of the contract's named keys", error.Reason);
        Assert.DoesNotContain(key, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(",\"text\":\"\\ud800 hi\"", "field 'text'")]
    [InlineData(",\"text\":\"hi \\udc00\"", "field 'text'")]
    [InlineData(",\"text\":\"x\",\"app\":\"\\ud83d\"", "field 'app'")]
    public void A_lone_surrogate_is_reported_as_what_it_is(string tail, string where)
    {
        var error = Fail("{\"type\":\"transcript\",\"event_id\":\"t\",\"user_id\":\"u\",\"ts\":\"2026-06-01T09:00:00Z\",\"source\":\"chat\"" + tail + "}");

        Assert.StartsWith($"{where} holds a lone surrogate escape", error.Reason);
    }
}
