using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using StreamFilter.Core.Events;

namespace StreamFilter.Benchmarks;

/// <summary>
/// Deterministic (seeded) employee activity in the event contract's shape, for throughput runs: mostly
/// ordinary work text with look-alikes (versions, order numbers, UUIDs, timestamps), and identifiers
/// sprinkled in at a realistic rate (about one transcript or frame in eight carries one).
/// </summary>
public sealed class ActivityGenerator(int seed)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Work =
    [
        "bump the billing-service chart to 2.14.3 and redeploy staging after the migration finishes",
        "2026-06-01T08:59:59.123Z INFO request_id=3f2b9c1e-8a7d-4e1b-9c2a-1b2c3d4e5f60 latency_ms=231 status=200",
        "order 4421-778-19 is stuck in fulfilment, the warehouse sync retried 3 times since build 20260601.4471",
        "can you review PR 1182? it removes the legacy retry loop and adds a circuit breaker around the ledger client",
        "the p99 regressed from 41 ms to 58 ms after commit 9f3c2e1a; flame graph points at JSON serialization",
        "def parse_version(s): return tuple(int(p) for p in s.split('.'))  # 1.2.10 > 1.2.9",
        "roadmap for Q3: multi-region failover, cheaper cold storage, and the audit export the compliance team asked for",
        "pod restarted: OOMKilled at 512Mi, raising the limit to 1Gi and adding a heap dump on exit",
        "meeting notes: ship the onboarding checklist on Thursday, Priya owns docs, Sam owns the rollout flag",
        "SELECT id, status, updated_at FROM orders WHERE updated_at > now() - interval '15 minutes' LIMIT 500;",
    ];

    private static readonly string[] Sensitive =
    [
        "my social is 536-22-4871, can you fill the W-4 for me",
        "send the contract to dana.kowalski@gmail.com before Friday",
        "SSN on file: 472 81 3390, verify against the payroll export",
        "reply to sam.lee@outlook.com and cc hr-cases@northwind.example",
    ];

    private static readonly string[] Apps = ["VS Code", "Chrome", "Slack", "Terminal", "Zoom", "Outlook", "Jira"];
    private static readonly string[] Targets = ["Submit", "Merge pull request", "Latency p99 (ms)", "Open in new tab", "Reply", "Approve"];

    private readonly Random _random = new(seed);
    private long _id;
    private long _seq;

    /// <summary>The kind of the next event in a realistic mix (keys dominate by count, text by bytes).</summary>
    public EventKind NextKind() => _random.Next(100) switch
    {
        < 55 => EventKind.Keystroke,
        < 75 => EventKind.Mouse,
        < 90 => EventKind.Transcript,
        < 99 => EventKind.ScreenOcr,
        _ => EventKind.Consent,
    };

    /// <summary>One event of <paramref name="kind"/> as a UTF-8 JSON line without the newline.</summary>
    public void Write(Utf8JsonWriter w, EventKind kind)
    {
        var second = _id++;
        w.WriteStartObject();
        w.WriteString("type"u8, EventKindNames.Of(kind));
        w.WriteString("event_id"u8, string.Create(CultureInfo.InvariantCulture, $"gen-{second}"));
        w.WriteString("user_id"u8, string.Create(CultureInfo.InvariantCulture, $"u-{_random.Next(200)}"));
        w.WriteString("ts"u8, new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero).AddMilliseconds(second * 50).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        var app = Apps[_random.Next(Apps.Length)];
        w.WriteString("app"u8, app);
        w.WriteString("window_title"u8, app + " - " + Work[_random.Next(Work.Length)][..24]);
        switch (kind)
        {
            case EventKind.Keystroke:
                w.WriteString("device_id"u8, "laptop-7");
                w.WriteString("session_id"u8, "s-1");
                w.WriteNumber("seq"u8, _seq++);
                w.WriteString("key"u8, ((char)('a' + _random.Next(26))).ToString());
                w.WriteString("field"u8, _random.Next(50) == 0 ? "password" : "text");
                break;
            case EventKind.Mouse:
                w.WriteString("action"u8, "click");
                w.WriteNumber("x"u8, _random.Next(1920));
                w.WriteNumber("y"u8, _random.Next(1080));
                w.WriteString("button"u8, "left");
                w.WriteString("target"u8, Targets[_random.Next(Targets.Length)]);
                break;
            case EventKind.Transcript:
                w.WriteString("source"u8, "prompt");
                w.WriteString("text"u8, Text() + " " + Text());
                break;
            case EventKind.ScreenOcr:
                w.WriteString("frame_id"u8, string.Create(CultureInfo.InvariantCulture, $"f-{second}"));
                w.WriteNumber("width"u8, 1920);
                w.WriteNumber("height"u8, 1080);
                w.WriteStartArray("blocks"u8);
                for (var i = 0; i < 8; i++)
                {
                    w.WriteStartObject();
                    w.WriteString("text"u8, Text());
                    w.WriteStartArray("bbox"u8);
                    w.WriteNumberValue(40);
                    w.WriteNumberValue(40 + (i * 32));
                    w.WriteNumberValue(900);
                    w.WriteNumberValue(28);
                    w.WriteEndArray();
                    w.WriteNumber("conf"u8, 0.97);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            default:
                w.WriteString("action"u8, _random.Next(2) == 0 ? "pause" : "resume");
                break;
        }
        w.WriteEndObject();
    }

    /// <summary>Events of the given kind (or the realistic mix when null) as separate UTF-8 lines.</summary>
    public byte[][] Lines(int count, EventKind? kind)
    {
        var lines = new byte[count][];
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, Options);
        for (var i = 0; i < count; i++)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            Write(writer, kind ?? NextKind());
            writer.Flush();
            lines[i] = buffer.WrittenSpan.ToArray();
        }
        return lines;
    }

    /// <summary>Writes the mix as NDJSON until at least <paramref name="bytes"/> bytes; returns the event count.</summary>
    public long WriteFile(Stream output, long bytes)
    {
        using var writer = new Utf8JsonWriter(output, Options);
        long events = 0;
        while (output.Position < bytes)
        {
            writer.Reset(output);
            Write(writer, NextKind());
            writer.Flush();
            output.WriteByte((byte)'\n');
            events++;
        }
        return events;
    }

    private string Text() => _random.Next(8) == 0 ? Sensitive[_random.Next(Sensitive.Length)] : Work[_random.Next(Work.Length)];
}
