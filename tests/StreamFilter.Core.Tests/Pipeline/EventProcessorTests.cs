using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Sensitivity;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

public class EventProcessorTests
{
    private const string Ssn = "536-22-4871";

    [Fact]
    public void Transcript_with_ssn_is_forwarded_with_the_value_replaced_and_reported_by_offset()
    {
        var text = $"my social is {Ssn} thanks";
        var sink = Run($$"""{"type":"transcript","event_id":"e1","user_id":"u1","ts":"2026-06-01T09:00:00Z","app":"Meta AI","source":"prompt","text":"{{text}}"}""");

        var output = sink.SingleForwarded();
        Assert.Equal("u1", sink.Forwarded[0].Key);
        Assert.DoesNotContain(Ssn, sink.Forwarded[0].Json, StringComparison.Ordinal);
        Assert.Equal("my social is [US_SSN] thanks", output.GetProperty("text").GetString());
        Assert.Equal("e1", output.GetProperty("event_id").GetString());
        Assert.Equal("2026-06-01T09:00:00Z", output.GetProperty("ts").GetString());
        var filter = output.GetProperty("filter");
        Assert.Equal("redact", filter.GetProperty("action").GetString());
        Assert.Equal(3, filter.GetProperty("level").GetInt32());
        Assert.Equal("tax", filter.GetProperty("categories")[0].GetString());
        var entity = Assert.Single(filter.GetProperty("entities").EnumerateArray());
        Assert.Equal("US_SSN", entity.GetProperty("type").GetString());
        Assert.Equal("text", entity.GetProperty("field").GetString());
        Assert.Equal(text.IndexOf(Ssn, StringComparison.Ordinal), entity.GetProperty("start").GetInt32());
        Assert.Equal(text.IndexOf(Ssn, StringComparison.Ordinal) + Ssn.Length, entity.GetProperty("end").GetInt32());

        var audit = Assert.Single(sink.Audits);
        Assert.Equal(AuditAction.Redact, audit.Action);
        Assert.Equal(["US_SSN"], audit.EntityTypes);
        Assert.Equal(SensitivityLevel.Sensitive, audit.Level);
        Assert.Contains(AuditReasons.EntitiesRedacted, audit.Reasons);
        Assert.Equal("test.ndjson:7", audit.Source);
    }

    [Fact]
    public void Benign_work_text_passes_unchanged_at_level_one()
    {
        const string text = "order 4421-778 shipped; bump version to 2.14.3 (build 20260601.4) id 3f2b9c1e-8a7d-4e1b-9c2a-1b2c3d4e5f60";
        var sink = Run($$"""{"type":"transcript","event_id":"e2","user_id":"u1","ts":"2026-06-01T09:00:00Z","source":"chat","text":"{{text}}"}""");

        var output = sink.SingleForwarded();
        Assert.Equal(text, output.GetProperty("text").GetString());
        Assert.Equal("pass", output.GetProperty("filter").GetProperty("action").GetString());
        Assert.Equal(1, output.GetProperty("filter").GetProperty("level").GetInt32());
        Assert.Equal("work", output.GetProperty("filter").GetProperty("categories")[0].GetString());
        Assert.Equal(AuditAction.Pass, Assert.Single(sink.Audits).Action);
    }

    [Fact]
    public void Email_becomes_a_stable_keyed_pseudonym()
    {
        const string line = """{"type":"transcript","event_id":"e3","user_id":"u1","ts":"2026-06-01T09:00:00Z","source":"chat","text":"write to dana.k@gmail.com"}""";
        var first = Run(line).SingleForwarded().GetProperty("text").GetString()!;
        var second = Run(line).SingleForwarded().GetProperty("text").GetString()!;

        Assert.StartsWith("write to [EMAIL_ADDRESS:", first, StringComparison.Ordinal);
        Assert.DoesNotContain("gmail", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Ocr_frame_redacts_each_block_and_lists_the_box_to_blur()
    {
        var sink = Run($$"""{"type":"screen_ocr","event_id":"e4","user_id":"u1","ts":"2026-06-01T09:00:02Z","app":"Chrome","url":"https://example.com/form","frame_id":"f1","width":1920,"height":1080,"blocks":[{"text":"Your return","bbox":[10,20,200,30],"conf":0.99},{"text":"SSN {{Ssn}}","bbox":[100,140,300,30],"conf":0.97}]}""");

        var output = sink.SingleForwarded();
        var blocks = output.GetProperty("blocks");
        Assert.Equal("Your return", blocks[0].GetProperty("text").GetString());
        Assert.Equal("SSN [US_SSN]", blocks[1].GetProperty("text").GetString());
        Assert.Equal(0.97, blocks[1].GetProperty("conf").GetDouble());
        Assert.Equal(1920, output.GetProperty("width").GetInt32());
        var blur = Assert.Single(output.GetProperty("filter").GetProperty("blur").EnumerateArray());
        // "SSN 536-22-4871" over 300 px: 20 px per character, the value is characters 4..15, one more on
        // the left for glyph widths (the right edge is the block's).
        Assert.Equal([160.0, 140, 240, 30], blur.EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal("blocks[1].text", output.GetProperty("filter").GetProperty("entities")[0].GetProperty("field").GetString());
    }

    [Fact]
    public void Mouse_target_and_window_title_are_scanned()
    {
        var sink = Run($$"""{"type":"mouse","event_id":"e5","user_id":"u1","ts":"2026-06-01T09:00:03Z","app":"Outlook","window_title":"Inbox - sam.lee@outlook.com","action":"click","x":410,"y":233.5,"button":"left","target":"Reply to sam.lee@outlook.com"}""");

        var output = sink.SingleForwarded();
        Assert.DoesNotContain("sam.lee", sink.Forwarded[0].Json, StringComparison.Ordinal);
        Assert.StartsWith("Reply to [EMAIL_ADDRESS:", output.GetProperty("target").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Inbox - [EMAIL_ADDRESS:", output.GetProperty("window_title").GetString(), StringComparison.Ordinal);
        Assert.Equal(233.5, output.GetProperty("y").GetDouble());
        Assert.Equal("left", output.GetProperty("button").GetString());
        Assert.Equal(2, output.GetProperty("filter").GetProperty("entities").GetArrayLength());
        Assert.Equal(2, output.GetProperty("filter").GetProperty("level").GetInt32());
    }

    [Fact]
    public void Key_in_a_password_field_is_dropped_and_audited()
    {
        var sink = Run("""{"type":"keystroke","event_id":"e6","user_id":"u1","ts":"2026-06-01T09:00:04Z","device_id":"d1","session_id":"s1","seq":3,"key":"q","field":"password"}""");

        Assert.Equal(0, sink.OutcomeCalls);
        var audit = Assert.Single(sink.Audits);
        Assert.Equal(AuditAction.Drop, audit.Action);
        Assert.Equal([AuditReasons.PasswordField], audit.Reasons);
        Assert.Equal(SensitivityLevel.Secret, audit.Level);
    }

    [Fact]
    public void Ordinary_key_is_forwarded_with_its_sequence_at_end_of_input()
    {
        var sink = Run("""{"type":"keystroke","event_id":"e7","user_id":"u1","ts":"2026-06-01T09:00:05Z","app":"VS Code","device_id":"d1","session_id":"s1","seq":8,"key":"x","modifiers":["Shift"],"field":"text"}""");

        var output = sink.SingleForwarded();
        Assert.Equal(8, output.GetProperty("seq").GetInt64());
        Assert.Equal("x", output.GetProperty("key").GetString());
        Assert.Equal("Shift", output.GetProperty("modifiers")[0].GetString());
        Assert.Equal(AuditAction.Pass, Assert.Single(sink.Audits).Action);
    }

    [Fact]
    public void Consent_event_is_never_forwarded()
    {
        var sink = Run("""{"type":"consent","event_id":"e8","user_id":"u1","ts":"2026-06-01T09:00:06Z","action":"pause","minutes":30}""");

        Assert.Equal(0, sink.OutcomeCalls);
        var audit = Assert.Single(sink.Audits);
        Assert.Equal(AuditAction.Drop, audit.Action);
        Assert.Equal([AuditReasons.ConsentControl], audit.Reasons);
    }

    [Fact]
    public void Unknown_fields_are_dropped_because_they_were_never_scanned()
    {
        var sink = Run($$"""{"type":"transcript","event_id":"e9","user_id":"u1","ts":"2026-06-01T09:00:07Z","source":"chat","text":"hi","extra":"{{Ssn}}","nested":{"a":[1,2]},"key":"z"}""");

        var json = sink.Forwarded.Single().Json;
        Assert.DoesNotContain(Ssn, json, StringComparison.Ordinal);
        Assert.DoesNotContain("extra", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"key\"", json, StringComparison.Ordinal);
        Assert.Contains(AuditReasons.UnknownFieldsDropped, Assert.Single(sink.Audits).Reasons);
    }

    [Fact]
    public void Non_ascii_text_round_trips_as_utf8()
    {
        var sink = Run("""{"type":"transcript","event_id":"e10","user_id":"u1","ts":"2026-06-01T09:00:08+02:00","source":"chat","text":"Grüße, 東京 \"quoted\" \\ done"}""");

        Assert.Equal("Grüße, 東京 \"quoted\" \\ done", sink.SingleForwarded().GetProperty("text").GetString());
        Assert.Contains("Grüße, 東京", sink.Forwarded[0].Json, StringComparison.Ordinal);
    }
}
