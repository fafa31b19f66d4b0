using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StreamFilter.Core.Events;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Events;

/// <summary>
/// The flat reader must either decline a line or read it exactly as the general reader does: same
/// event, same error (reason and the ids it names). Lines are built from the fields and values it
/// takes and from everything it must decline: escapes, whitespace, nulls, other value types, number
/// forms JSON or a long refuses, duplicates, unknown fields, bad timestamps, trailing bytes.
/// </summary>
public class FlatEventReaderProperties
{
    private static readonly LimitsOptions Limits = new();

    private static readonly string[] Names =
    [
        "type", "event_id", "user_id", "ts", "app", "window_title", "url", "device_id", "session_id", "seq", "key", "field",
        "modifiers", "text", "extra", "t\\u0079pe", "ke\\u0079", "",
    ];

    private static readonly string[] Values =
    [
        "\"keystroke\"", "\"transcript\"", "\"mouse\"", "\"nope\"", "\"k1\"", "\"u1\"", "\"a\"", "\"Backspace\"", "\"ab\"", "\"😀\"", "\"é\"",
        "\"Slack\"", "\"\"", "\"text\"", "\"password\"", "\"a\\\"b\"", "\"\\u0041\"", "\"tab\there\"",
        "\"2026-06-01T09:00:00Z\"", "\"2026-06-01T09:00:00.123+02:00\"", "\"2026-06-01T09:00:00\"", "\"2026-13-01T09:00:00Z\"", "\"yesterday\"",
        "0", "-0", "7", "-12", "01", "1.5", "1e3", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-",
        "null", "true", "[]", "[\"Shift\"]", "{}", "{\"a\":1}",
    ];

    private static readonly string[] Gaps = ["", "", "", "", " ", "\n"];

    private static readonly string[] Tails = ["", "", "", "", " ", "x", "{}", ","];

    private static readonly string Typical =
        """{"type":"keystroke","event_id":"k1","user_id":"u1","ts":"2026-06-01T09:00:00.123Z","app":"Slack","window_title":"general","device_id":"d1","session_id":"s1","seq":4,"key":"a","field":"text"}""";

    [Fact]
    public void The_typical_keystroke_line_is_read_by_the_flat_reader()
    {
        var bag = new EventFieldBag { Cache = new StringCache() };

        Assert.True(FlatEventReader.TryRead(Encoding.UTF8.GetBytes(Typical), bag));
        Assert.Equal(("k1", "u1", "s1", 4L, "a"), (bag.EventId, bag.UserId, bag.SessionId, bag.Seq, bag.Key));
    }

    [Property(MaxTest = 3000)]
    public Property A_line_the_flat_reader_takes_parses_as_the_general_reader_parses_it()
    {
        var flatBag = new EventFieldBag { Cache = new StringCache() };
        var generalBag = new EventFieldBag { Cache = new StringCache() };
        return Prop.ForAll(Lines.ToArbitrary(), line =>
        {
            var bytes = Encoding.UTF8.GetBytes(line);
            var flat = EventParser.TryParse(bytes, Limits, flatBag, out var a, out var aError, pool: null, flatFirst: true);
            var general = EventParser.TryParse(bytes, Limits, generalBag, out var b, out var bError, pool: null, flatFirst: false);
            return flat == general && aError == bError && Describe(a) == Describe(b);
        });
    }

    /// <summary>Mostly the typical line's fields in a shuffled subset, with generated values, gaps and tails.</summary>
    private static Gen<string> Lines =>
        from fields in Gen.Elements(Names).Zip(Gen.Elements(Values)).ListOf()
        from typical in Gen.Elements(true, true, false)
        from gap in Gen.Elements(Gaps)
        from tail in Gen.Elements(Tails)
        select Line(fields, typical, gap, tail);

    private static string Line(IEnumerable<(string Name, string Value)> fields, bool startTypical, string gap, string tail)
    {
        var parts = new List<string>();
        if (startTypical)
        {
            parts.AddRange(Typical[1..^1].Split(',').Take(6));
        }
        parts.AddRange(fields.Select(f => $"\"{f.Name}\":{gap}{f.Value}"));
        return "{" + gap + string.Join("," + gap, parts) + "}" + tail;
    }

    private static string Describe(InputEvent? e) => e is null
        ? "none"
        : (e with { Keystroke = null }) + (e.Keystroke is { } k ? (k with { Modifiers = [] }) + string.Join("|", k.Modifiers) : "");
}
