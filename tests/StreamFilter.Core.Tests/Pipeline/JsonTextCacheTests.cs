using System.Buffers;
using System.Text;
using System.Text.Json;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>The pre-encoded values must write exactly what the writer would have written itself.</summary>
public class JsonTextCacheTests
{
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("v");

    public static TheoryData<string> Values() =>
    [
        "",
        "Slack",
        "say \"hi\"",
        @"C:\Users\jane",
        "tab\there\nnewline\u0001",
        "Grüße, 東京, emoji 😀",
        "<script>&amp;</script>",
        "\u2028 line separator",
        new string('x', JsonTextCache.MaxValueLength),
        new string('y', JsonTextCache.MaxValueLength + 1) + "\"",
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public void Cached_values_are_written_byte_for_byte_like_the_writer_writes_them(string value)
    {
        var cache = new JsonTextCache();

        var first = Write(w => cache.WriteString(w, Name, value), w => cache.WriteStringValue(w, value));
        var again = Write(w => cache.WriteString(w, Name, value), w => cache.WriteStringValue(w, value));
        var direct = Write(w => w.WriteString(Name, value), w => w.WriteStringValue(value));

        Assert.Equal(direct, first);
        Assert.Equal(direct, again);
    }

    [Fact]
    public void The_cache_stays_bounded_and_keeps_every_value_apart()
    {
        var cache = new JsonTextCache();
        for (var i = 0; i < 10_000; i++)
        {
            var value = $"user-{i}";
            Assert.Equal($$"""{"v":"{{value}}","a":["{{value}}"]}""", Write(w => cache.WriteString(w, Name, value), w => cache.WriteStringValue(w, value)));
        }
        Assert.InRange(cache.Count, 1, 4096);
    }

    /// <summary>One object: the property, then an array holding the value.</summary>
    private static string Write(Action<Utf8JsonWriter> property, Action<Utf8JsonWriter> item)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, AuditRecordJson.WriterOptions))
        {
            writer.WriteStartObject();
            property(writer);
            writer.WriteStartArray("a");
            item(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
