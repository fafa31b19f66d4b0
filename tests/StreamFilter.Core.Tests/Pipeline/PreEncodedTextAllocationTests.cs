using System.Buffers;
using System.Text.Json;
using StreamFilter.Core.Events;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>
/// The caches on the keystroke path exist to make repeated values free: once a value is known,
/// interning it (parser) or writing it (JSON) allocates nothing. Rounds repeat until one allocates
/// nothing, with a bound, as tier-0 code may allocate while the JIT catches up.
/// </summary>
[Collection(AllocationMeasurementCollection.Name)]
public class PreEncodedTextAllocationTests
{
    private const int MaxRounds = 2000;

    [Fact]
    public void Known_values_are_interned_and_written_without_allocating()
    {
        var strings = new StringCache();
        var text = new JsonTextCache();
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(buffer, AuditRecordJson.WriterOptions);
        var name = JsonEncodedText.Encode("user_id");
        var allocated = long.MaxValue;
        for (var round = 0; round < MaxRounds && allocated != 0; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 20; i++)
            {
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
                writer.WriteStartObject();
                text.WriteString(writer, name, strings.Get("user-42"u8));
                text.WriteString(writer, name, strings.Get("Grüße"u8));
                writer.WriteEndObject();
                writer.Flush();
            }
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Assert.Equal(0, allocated);
    }
}
