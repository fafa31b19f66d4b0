using System.Text;
using System.Text.Json;
using StreamFilter.Core.Consent;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Events;
using StreamFilter.Core.Keystrokes;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Sensitivity;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>The processor with its stateful parts: keystroke holdback, consent, OCR across blocks.</summary>
public sealed class StatefulEventProcessorTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly EventProcessor _processor = new(DefaultRules());
    private readonly RecordingSink _sink = new();
    private int _line;
    private int _seq;

    public void Dispose() => _processor.Dispose();

    [Fact]
    public void Ssn_typed_key_by_key_with_a_correction_is_forwarded_masked_with_one_audit_per_key()
    {
        var ids = TypeKeys(["m", "y", "Space", "s", "s", "n", "Space", "5", "3", "6", "-", "2", "2", "-", "4", "8", "9", "Backspace", "7", "1", "Space", "o", "k", "Enter"]);
        _processor.Complete(_sink);

        Assert.Equal(ids, _sink.Audits.Select(a => a.EventId));
        Assert.Empty(_sink.DeadLetters);
        var keys = _sink.Forwarded.Select(f => JsonDocument.Parse(f.Json).RootElement.GetProperty("key").GetString()).ToList();
        Assert.Equal("my ssn **********Backspace** okEnter", string.Concat(keys.Select(k => k == "Space" ? " " : k)));
        var masked = _sink.Audits.Where(a => a.Action == AuditAction.Redact).ToList();
        Assert.Equal(12, masked.Count); // 11 characters of the SSN and the erased 9
        Assert.All(masked, a => Assert.Contains(EntityType.UsSsn, a.EntityTypes));
        Assert.All(masked, a => Assert.Contains(KeystrokeReasons.SensitiveValue, a.Reasons));
        Assert.All(_sink.Audits, a => Assert.Equal("test.ndjson", a.Source![..11]));
    }

    [Fact]
    public void Advance_releases_a_quiet_session_at_its_idle_deadline()
    {
        var ids = TypeKeys(["r", "o", "o", "m", "Space", "4"]);
        var lastKey = T0.AddMilliseconds(150 * 5);
        Assert.Empty(_sink.Audits); // "room 4" could still become a longer number: all held

        _processor.Advance(lastKey.AddMilliseconds(1999), _sink);
        Assert.Empty(_sink.Audits);

        _processor.Advance(lastKey.AddSeconds(2), _sink);
        Assert.Equal(ids, _sink.Audits.Select(a => a.EventId));
        Assert.Equal(6, _sink.Forwarded.Count);
    }

    [Fact]
    public void Password_field_keys_are_dropped_by_the_stage()
    {
        TypeKeys(["p", "w"], field: "password");
        _processor.Complete(_sink);

        Assert.Empty(_sink.Forwarded);
        Assert.All(_sink.Audits, a => Assert.Equal([AuditReasons.PasswordField], a.Reasons));
        Assert.Equal(2, _sink.Audits.Count);
    }

    [Fact]
    public void Restored_processor_finishes_a_value_typed_before_the_crash()
    {
        TypeKeys(["s", "s", "n", "Space", "5", "3", "6", "-", "2", "2", "-"]);
        var session = new SessionKey("d1", "s1");
        var snapshot = _processor.Keystrokes.Snapshot(session)!;
        var decidedBefore = _sink.Audits.Count;

        using var restarted = new EventProcessor(DefaultRules());
        var sink = new RecordingSink();
        restarted.RestoreKeystrokeSession(snapshot, sink);
        Assert.Empty(sink.Audits);
        foreach (var key in new[] { "4", "8", "7", "1", "Enter" })
        {
            restarted.Process(KeyLine(key, "text"), new SourcePosition("after.ndjson", _line++), sink);
        }
        restarted.Complete(sink);

        // Every key is accounted once across the two processors, and the held part is masked after the restart.
        Assert.Equal(16, decidedBefore + sink.Audits.Count);
        Assert.Equal(11, sink.Audits.Count(a => a.EntityTypes.Contains(EntityType.UsSsn)));
        Assert.DoesNotContain(sink.Forwarded, f => JsonDocument.Parse(f.Json).RootElement.GetProperty("key").GetString() is "5" or "3" or "6" or "4");
        Assert.Contains(sink.Audits, a => a.Source!.StartsWith("test.ndjson", StringComparison.Ordinal)); // held before the crash
    }

    [Fact]
    public void Pause_drops_events_inside_the_window_whatever_their_type_and_keeps_later_ones()
    {
        Send($$"""{"type":"consent","event_id":"c1","user_id":"u1","ts":"{{Ts(0)}}","action":"pause","minutes":10}""");
        Send($$"""{"type":"transcript","event_id":"t1","user_id":"u1","ts":"{{Ts(60)}}","source":"chat","text":"hello"}""");
        Send($$"""{"type":"transcript","event_id":"t2","user_id":"u2","ts":"{{Ts(60)}}","source":"chat","text":"hello"}""");
        Send(KeyLine("a", "text", at: T0.AddSeconds(120)));
        Send($$"""{"type":"transcript","event_id":"t3","user_id":"u1","ts":"{{Ts(600)}}","source":"chat","text":"back"}""");
        _processor.Complete(_sink);

        Assert.Equal(["c1", "t1", "t2", "k0", "t3"], _sink.Audits.Select(a => a.EventId));
        Assert.Equal([AuditReasons.ConsentControl], _sink.Audits[0].Reasons);
        Assert.Equal([ConsentReasons.Paused], _sink.Audits[1].Reasons);
        Assert.Equal(AuditAction.Pass, _sink.Audits[2].Action);
        Assert.Equal([ConsentReasons.Paused], _sink.Audits[3].Reasons);
        Assert.Equal(AuditAction.Pass, _sink.Audits[4].Action);
        Assert.Equal(["t2", "t3"], _sink.Forwarded.Select(f => JsonDocument.Parse(f.Json).RootElement.GetProperty("event_id").GetString()));
    }

    [Fact]
    public void Opt_out_drops_until_opt_in()
    {
        Send($$"""{"type":"consent","event_id":"c1","user_id":"u1","ts":"{{Ts(0)}}","action":"opt_out"}""");
        Send($$"""{"type":"transcript","event_id":"t1","user_id":"u1","ts":"{{Ts(86400)}}","source":"chat","text":"x"}""");
        Send($$"""{"type":"consent","event_id":"c2","user_id":"u1","ts":"{{Ts(90000)}}","action":"opt_in"}""");
        Send($$"""{"type":"transcript","event_id":"t2","user_id":"u1","ts":"{{Ts(90001)}}","source":"chat","text":"y"}""");

        Assert.Equal([ConsentReasons.OptedOut], _sink.Audits[1].Reasons);
        Assert.Equal(AuditAction.Pass, _sink.Audits[3].Action);
        Assert.Single(_sink.Forwarded);
    }

    [Fact]
    public void Ocr_value_split_over_blocks_is_found_and_blurred_per_block()
    {
        Send($$"""{"type":"screen_ocr","event_id":"f1","user_id":"u1","ts":"{{Ts(0)}}","frame_id":"f1","width":800,"height":600,"blocks":[{"text":"536224871","bbox":[160,100,90,20]},{"text":"SSN","bbox":[100,102,30,20]}]}""");

        var output = _sink.SingleForwarded();
        Assert.Equal("[US_SSN]", output.GetProperty("blocks")[0].GetProperty("text").GetString());
        Assert.Equal("SSN", output.GetProperty("blocks")[1].GetProperty("text").GetString());
        var blur = Assert.Single(output.GetProperty("filter").GetProperty("blur").EnumerateArray());
        Assert.Equal([160.0, 100, 90, 20], blur.EnumerateArray().Select(v => v.GetDouble()));
    }

    [Fact]
    public void Keys_typed_on_a_sensitive_site_follow_that_category_policy()
    {
        using var processor = new EventProcessor(DefaultRules(), new AppContextAssessor("TurboTax", Category.Tax));
        var sink = new RecordingSink();
        foreach (var (key, app) in new[] { ("h", "TurboTax"), ("i", "TurboTax"), ("Enter", "TurboTax"), ("o", "Notes"), ("k", "Notes") })
        {
            processor.Process(KeyLine(key, "text", app: app), new SourcePosition("t", _line++), sink);
        }
        processor.Complete(sink);

        // The default policy drops tax: nothing typed in the tax app is forwarded, each key audited once.
        Assert.Equal(5, sink.Audits.Count);
        Assert.All(sink.Audits.Take(3), a => Assert.Equal(AuditAction.Drop, a.Action));
        Assert.All(sink.Audits.Take(3), a => Assert.Contains(AuditReasons.PolicyDropPrefix + Category.Tax, a.Reasons));
        Assert.Equal(["o", "k"], sink.Forwarded.Select(f => JsonDocument.Parse(f.Json).RootElement.GetProperty("key").GetString()));
    }

    private List<string> TypeKeys(IEnumerable<string> keys, string field = "text")
    {
        var ids = new List<string>();
        foreach (var key in keys)
        {
            ids.Add($"k{_seq}");
            Send(KeyLine(key, field));
        }
        return ids;
    }

    private byte[] KeyLine(string key, string field, DateTimeOffset? at = null, string app = "Chrome")
    {
        var seq = _seq++;
        var ts = (at ?? T0.AddMilliseconds(150 * seq)).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetBytes($$"""{"type":"keystroke","event_id":"k{{seq}}","user_id":"u1","ts":"{{ts}}","app":"{{app}}","window_title":"Form","device_id":"d1","session_id":"s1","seq":{{seq}},"key":{{JsonSerializer.Serialize(key)}},"field":"{{field}}"}""");
    }

    private void Send(string line) => Send(Encoding.UTF8.GetBytes(line));

    private void Send(byte[] line) => _processor.Process(line, new SourcePosition("test.ndjson", _line++), _sink);

    /// <summary>Stands in for the context-rule assessor: raises a category for one app.</summary>
    private sealed class AppContextAssessor(string app, string category) : ISensitivityAssessor
    {
        public void Assess(InputEvent evt, SensitivityAssessment assessment)
        {
            if (evt.App == app)
            {
                assessment.Raise(category, SensitivityLevel.Sensitive, "context_rule:" + app);
            }
        }
    }

    private static string Ts(int seconds) => T0.AddSeconds(seconds).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
