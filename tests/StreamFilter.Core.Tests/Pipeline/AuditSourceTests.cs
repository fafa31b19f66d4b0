using System.Buffers;
using System.Text;
using System.Text.Json;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>The processor gives audit records an unformatted position; readers and the JSON see the same "source".</summary>
public class AuditSourceTests
{
    [Theory]
    [InlineData("keystrokes[3]", 1234L)]
    [InlineData("file \"a\".ndjson", 0L)]
    [InlineData("", -1L)]
    public void A_position_reads_and_writes_like_the_formatted_source(string source, long offset)
    {
        var position = new SourcePosition(source, offset);
        var byPosition = Record() with { Position = position };
        var byText = Record() with { Source = position.ToString() };

        Assert.Equal($"{source}:{offset}", byPosition.Source);
        Assert.Equal(Json(byText), Json(byPosition));
        Assert.Equal(Json(byText), Json(byPosition, new JsonTextCache()));
    }

    [Fact]
    public void A_very_long_source_name_is_still_written_whole()
    {
        var position = new SourcePosition(new string('t', 300), 42);

        var json = JsonDocument.Parse(Json(Record() with { Position = position })).RootElement;

        Assert.Equal(position.ToString(), json.GetProperty("source").GetString());
    }

    [Fact]
    public void An_explicit_source_wins_and_no_source_writes_none()
    {
        var both = Record() with { Source = "explicit", Position = new SourcePosition("t[0]", 1) };

        Assert.Equal("explicit", both.Source);
        Assert.Equal("explicit", JsonDocument.Parse(Json(both)).RootElement.GetProperty("source").GetString());
        Assert.False(JsonDocument.Parse(Json(Record())).RootElement.TryGetProperty("source", out _));
    }

    private static AuditRecord Record() => new()
    {
        EventId = "e1",
        Type = "keystroke",
        UserId = "u1",
        Action = AuditAction.Redact,
        Reasons = ["sensitive_value"],
        EntityTypes = ["US_SSN"],
        Categories = ["government_id"],
        PolicyVersion = "default-1",
    };

    private static string Json(AuditRecord record, JsonTextCache? cache = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, AuditRecordJson.WriterOptions))
        {
            AuditRecordJson.Write(writer, record, cache);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
