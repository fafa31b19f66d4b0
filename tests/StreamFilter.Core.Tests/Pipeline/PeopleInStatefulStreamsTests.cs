using System.Text;
using System.Text.Json;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Pipeline;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>
/// Names and addresses through the stateful paths with the default rules: typed key by key (found on
/// the rebuilt text, like any other entity) and on screens, split across OCR blocks.
/// </summary>
public sealed class PeopleInStatefulStreamsTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly EventProcessor _processor = new(DefaultRules());
    private readonly RecordingSink _sink = new();
    private int _line;
    private int _seq;

    public void Dispose() => _processor.Dispose();

    [Fact]
    public void A_name_typed_into_a_chat_is_found_on_the_rebuilt_text()
    {
        TypeText("my manager Dana Whitfield gave me a 2 on my review");
        _processor.Complete(_sink);

        var typed = string.Concat(_sink.Forwarded.Select(f => JsonDocument.Parse(f.Json).RootElement.GetProperty("key").GetString()).Select(k => k == "Space" ? " " : k));
        Assert.StartsWith("my manager ", typed, StringComparison.Ordinal);
        Assert.EndsWith(" gave me a 2 on my reviewEnter", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("Dana", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("Whitfield", typed, StringComparison.Ordinal);
        var redacted = _sink.Audits.Where(a => a.EntityTypes.Contains(EntityType.Person)).ToList();
        // Every letter key of the name (the space between may pass as typed).
        Assert.InRange(redacted.Count, "DanaWhitfield".Length, "Dana Whitfield".Length);
    }

    [Fact]
    public void A_street_address_typed_into_a_form_is_found_on_the_rebuilt_text()
    {
        TypeText("ship to 4821 Whitfield Avenue, Portland, OR 97201 thanks");
        _processor.Complete(_sink);

        var typed = string.Concat(_sink.Forwarded.Select(f => JsonDocument.Parse(f.Json).RootElement.GetProperty("key").GetString()).Select(k => k == "Space" ? " " : k));
        Assert.StartsWith("ship to ", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("Portland", typed, StringComparison.Ordinal);
        Assert.Contains(_sink.Audits, a => a.EntityTypes.Contains(EntityType.StreetAddress));
    }

    [Fact]
    public void A_name_split_across_ocr_blocks_is_found_and_both_parts_are_blurred()
    {
        Send($$"""{"type":"screen_ocr","event_id":"f1","user_id":"u1","ts":"2026-06-01T09:00:00Z","frame_id":"f1","width":800,"height":600,"blocks":[{"text":"Reviewer: Priya","bbox":[100,100,150,20]},{"text":"Raghunathan","bbox":[255,101,110,20]},{"text":"Status: approved","bbox":[100,140,160,20]}]}""");

        var output = _sink.SingleForwarded();
        var blocks = output.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("text").GetString()!).ToList();
        Assert.StartsWith("Reviewer: ", blocks[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Priya", blocks[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Raghunathan", blocks[1], StringComparison.Ordinal);
        Assert.Equal("Status: approved", blocks[2]);
        Assert.Equal(2, output.GetProperty("filter").GetProperty("blur").GetArrayLength());
    }

    private void TypeText(string text)
    {
        foreach (var c in text)
        {
            Send(KeyLine(c == ' ' ? "Space" : c.ToString()));
        }
        Send(KeyLine("Enter"));
    }

    private byte[] KeyLine(string key)
    {
        var seq = _seq++;
        var ts = T0.AddMilliseconds(150 * seq).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetBytes($$"""{"type":"keystroke","event_id":"k{{seq}}","user_id":"u1","ts":"{{ts}}","app":"Slack","window_title":"general","device_id":"d1","session_id":"s1","seq":{{seq}},"key":{{JsonSerializer.Serialize(key)}},"field":"text"}""");
    }

    private void Send(string line) => Send(Encoding.UTF8.GetBytes(line));

    private void Send(byte[] line) => _processor.Process(line, new SourcePosition("test.ndjson", _line++), _sink);
}
