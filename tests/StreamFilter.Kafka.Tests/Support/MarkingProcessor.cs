using System.Text;
using System.Text.Json;
using StreamFilter.Core.Pipeline;
using StreamFilter.Kafka.Stage;

namespace StreamFilter.Kafka.Tests.Support;

/// <summary>
/// A stand-in for the filter with a decision the tests can predict: invalid JSON is dead-lettered,
/// a text containing SECRET is forwarded as {"event_id","type","text":"[REDACTED]"}, anything else is
/// forwarded as {"event_id","type","text"}; every event gets one audit record.
/// </summary>
internal sealed class MarkingProcessor : IEventProcessor
{
    public void Process(ReadOnlySpan<byte> utf8Event, SourcePosition position, IFilterSink sink)
    {
        string id, type, user, text;
        try
        {
            using var document = JsonDocument.Parse(utf8Event.ToArray());
            var root = document.RootElement;
            id = root.GetProperty("event_id").GetString()!;
            type = root.GetProperty("type").GetString()!;
            user = root.GetProperty("user_id").GetString()!;
            text = root.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            sink.DeadLetter(utf8Event, "invalid JSON", position);
            sink.Audit(new AuditRecord { EventId = $"dl:{position}", Type = "unknown", UserId = "unknown", Action = AuditAction.DeadLetter, PolicyVersion = "test", Source = position.ToString() });
            return;
        }
        var secret = text.Contains("SECRET", StringComparison.Ordinal);
        var output = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["event_id"] = id, ["type"] = type, ["text"] = secret ? "[REDACTED]" : text });
        sink.Forward(user, output);
        sink.Audit(new AuditRecord { EventId = id, Type = type, UserId = user, Action = secret ? AuditAction.Redact : AuditAction.Pass, PolicyVersion = "test", Source = position.ToString() });
    }

    public void Advance(DateTimeOffset now, IFilterSink sink)
    {
    }

    public void Complete(IFilterSink sink)
    {
    }

    public static byte[] Event(int i, string user, string text) =>
        Encoding.UTF8.GetBytes($$"""{"type":"transcript","event_id":"e{{i}}","user_id":"{{user}}","ts":"2026-06-01T09:00:00Z","source":"prompt","text":"{{text}}"}""");

    /// <summary>The output value the processor produces for <see cref="Event"/>.</summary>
    public static string ExpectedOutput(int i, string text) =>
        $$"""{"event_id":"e{{i}}","type":"transcript","text":"{{(text.Contains("SECRET", StringComparison.Ordinal) ? "[REDACTED]" : text)}}"}""";
}
