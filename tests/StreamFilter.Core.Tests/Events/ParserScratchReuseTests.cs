using System.Reflection;
using System.Text;
using StreamFilter.Core.Events;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Events;

/// <summary>A processor parses every event into one reused scratch bag: nothing of one event may leak into the next.</summary>
public class ParserScratchReuseTests
{
    private static readonly LimitsOptions Limits = new();

    [Fact]
    public void An_event_read_after_a_full_one_has_none_of_its_optional_fields()
    {
        var bag = new EventFieldBag { Cache = new StringCache() };

        var full = Parse(bag, """{"type":"keystroke","event_id":"k1","user_id":"u1","ts":"2026-06-01T09:00:00Z","app":"Slack","window_title":"general","url":"https://x.example","device_id":"d1","session_id":"s1","seq":4,"key":"a","modifiers":["ctrl"],"field":"text","extra":1}""");
        var bare = Parse(bag, """{"type":"keystroke","event_id":"k2","user_id":"u2","ts":"2026-06-01T09:00:01Z","device_id":"d2","session_id":"s2","seq":5,"key":"b"}""");

        Assert.Equal(("Slack", "general", "https://x.example", 1), (full.App, full.WindowTitle, full.Url, full.UnknownFieldCount));
        Assert.Equal(["ctrl"], full.Keystroke!.Modifiers);
        Assert.Equal(("k2", "u2", "d2", "s2", 5L, "b"), (bare.EventId, bare.UserId, bare.Keystroke!.DeviceId, bare.Keystroke.SessionId, bare.Keystroke.Seq, bare.Keystroke.Key));
        Assert.Null(bare.App);
        Assert.Null(bare.WindowTitle);
        Assert.Null(bare.Url);
        Assert.Null(bare.Keystroke.Field);
        Assert.Empty(bare.Keystroke.Modifiers);
        Assert.Equal(0, bare.UnknownFieldCount);
    }

    [Fact]
    public void A_rejected_event_reports_its_own_ids_not_the_previous_events()
    {
        var bag = new EventFieldBag { Cache = new StringCache() };
        Parse(bag, """{"type":"transcript","event_id":"t1","user_id":"u1","ts":"2026-06-01T09:00:00Z","source":"chat","text":"hello"}""");

        Assert.False(EventParser.TryParse("""{"type":"transcript","ts":"2026-06-01T09:00:00Z","source":"chat"}"""u8, Limits, bag, out _, out var error));

        Assert.Null(error.EventId);
        Assert.Null(error.UserId);
        Assert.Equal("transcript", error.Type);
        Assert.Contains("missing field", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reset_clears_every_field_but_the_string_cache()
    {
        var cache = new StringCache();
        var bag = new EventFieldBag { Cache = cache };
        var fields = typeof(EventFieldBag).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        foreach (var field in fields.Where(f => f.Name != nameof(EventFieldBag.Cache)))
        {
            field.SetValue(bag, NonDefault(field.FieldType));
        }

        bag.Reset();

        Assert.Same(cache, bag.Cache);
        Assert.All(fields.Where(f => f.Name != nameof(EventFieldBag.Cache)), f =>
            Assert.True(Equals(f.GetValue(bag), f.FieldType.IsValueType ? Activator.CreateInstance(f.FieldType) : null), $"{f.Name} survived Reset"));
    }

    private static InputEvent Parse(EventFieldBag bag, string json)
    {
        Assert.True(EventParser.TryParse(Encoding.UTF8.GetBytes(json), Limits, bag, out var evt, out var error), error.Reason);
        return evt;
    }

    /// <summary>A value of <paramref name="type"/> that differs from its default.</summary>
    private static object NonDefault(Type type) => type switch
    {
        _ when type == typeof(string) => "stale",
        _ when type == typeof(int) => 7,
        _ when type == typeof(long) => 7L,
        _ when type == typeof(double) => 7.5,
        _ when type == typeof(bool) => true,
        _ when type == typeof(int?) => 7,
        _ when type == typeof(EventKind?) => EventKind.Mouse,
        _ when type == typeof(EventField) => EventField.Key,
        _ when type == typeof(DateTimeOffset) => DateTimeOffset.UnixEpoch.AddDays(1),
        _ when type == typeof(List<string>) => new List<string> { "stale" },
        _ when type == typeof(List<OcrBlock>) => new List<OcrBlock>(),
        _ => throw new InvalidOperationException($"EventFieldBag has a field of type {type}: teach this test a non-default value for it"),
    };
}
