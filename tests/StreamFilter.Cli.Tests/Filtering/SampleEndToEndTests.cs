using System.Text;
using System.Text.Json;
using StreamFilter.Core.DeadLetters;
using StreamFilter.Core.Detection;

namespace StreamFilter.Cli.Tests.Filtering;

/// <summary>samples/activity.ndjson through the real command, checked event by event.</summary>
public sealed class SampleEndToEndTests : IDisposable
{
    /// <summary>
    /// Sensitive values in the sample and the entity types that may report them. A value is required to be
    /// gone from every output once the engine has a detector for one of its types, so this test tightens
    /// by itself as detectors are added.
    /// </summary>
    private static readonly (string Value, string[] Types)[] Sensitive =
    [
        ("536-22-4871", [EntityType.UsSsn]),
        ("472-81-3390", [EntityType.UsSsn]),
        ("anna.kowalski@gmail.com", [EntityType.Email]),
        ("chloe.martin@northwind.example", [EntityType.Email]),
        ("sam.lee@outlook.com", [EntityType.Email]),
        ("4539 1488 0343 6467", [EntityType.CreditCard]),
        ("021000021", [EntityType.AbaRouting]),
        ("+1 415 555 0132", [EntityType.Phone]),
        ("AKIA4QX7RZ2MB5TLW3NP", [EntityType.AwsAccessKey]),
        ("sk_live_51Hx9QwLkT3nB7vRyP2mZ8aC", [EntityType.StripeKey, EntityType.GenericSecret]),
        ("ghp_16C7e42F292c6912E7710c838347Ae178B4a", [EntityType.GitHubToken, EntityType.GenericSecret]),
        ("Tr0ub4dor&3", [EntityType.Password, EntityType.GenericSecret, EntityType.UrlCredentials]),
        ("12-3456789", [EntityType.UsEin]),
    ];

    /// <summary>Ordinary work text full of look-alikes (order numbers, versions, UUIDs, timestamps) that must survive untouched.</summary>
    private static readonly string[] MustSurvive =
    [
        "Order 536224871 may have been archived",
        "request_id=3f2b9c1e-8a7d-4e1b-9c2a-1b2c3d4e5f60",
        "OOMKilled at 512Mi",
        "validates US SSNs like 123-45-6789",
        "deploy window moved to Thursday",
        "benchmark: 1,204,551 events/s",
        "lunch at 12:30?",
    ];

    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Every_input_is_accounted_for_once_and_no_detected_value_leaks()
    {
        var input = SampleFile.Path("samples/activity.ndjson");
        var run = await _cli.RunAsync(["filter", "--input", input, "--output", _cli.PathOf("out.ndjson"), "--audit", _cli.PathOf("audit.ndjson")]);

        Assert.True(run.ExitCode == 0, run.StdErr);
        var inputLines = File.ReadAllLines(input);
        var outputText = File.ReadAllText(_cli.PathOf("out.ndjson"));
        var auditText = File.ReadAllText(_cli.PathOf("audit.ndjson"));
        var audits = Lines(auditText);
        var outputs = Lines(outputText);

        // One audit record per input line, in order, each naming its line.
        Assert.Equal(inputLines.Length, audits.Count);
        for (var i = 0; i < inputLines.Length; i++)
        {
            Assert.Equal($"activity.ndjson:{i + 1}", audits[i].GetProperty("source").GetString());
            if (IdOf(inputLines[i]) is { } id)
            {
                Assert.Equal(id, audits[i].GetProperty("event_id").GetString());
            }
        }

        // Forwarded exactly the pass/redact events, with the same action in the event's filter object.
        var forwarded = audits.Where(a => a.GetProperty("action").GetString() is "pass" or "redact").ToList();
        Assert.Equal(forwarded.Select(a => a.GetProperty("event_id").GetString()), outputs.Select(o => o.GetProperty("event_id").GetString()));
        Assert.All(outputs.Zip(forwarded), p => Assert.Equal(p.Second.GetProperty("action").GetString(), p.First.GetProperty("filter").GetProperty("action").GetString()));

        // No value the engine can detect appears in any output.
        var detectable = DetectorCatalog.BuiltIn.SelectMany(d => d.EntityTypes).ToHashSet();
        var covered = Sensitive.Where(s => s.Types.Any(detectable.Contains)).ToList();
        Assert.Contains(covered, s => s.Value == "536-22-4871");
        foreach (var (value, _) in covered)
        {
            Assert.True(!outputText.Contains(value, StringComparison.Ordinal), $"a detectable value of line {Array.FindIndex(inputLines, l => l.Contains(value, StringComparison.Ordinal)) + 1} leaked to the output");
        }
        foreach (var (value, _) in Sensitive)
        {
            Assert.DoesNotContain(value, auditText, StringComparison.Ordinal);
            Assert.DoesNotContain(value, run.StdErr, StringComparison.Ordinal);
        }

        // Benign work text is untouched.
        foreach (var marker in MustSurvive)
        {
            var line = inputLines.Single(l => l.Contains(marker, StringComparison.Ordinal));
            var output = outputs.Single(o => o.GetProperty("event_id").GetString() == IdOf(line));
            Assert.Equal(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString(), output.GetProperty("text").GetString());
            Assert.Equal("pass", output.GetProperty("filter").GetProperty("action").GetString());
        }
    }

    [Fact]
    public async Task Specific_events_get_the_expected_decision()
    {
        var input = SampleFile.Path("samples/activity.ndjson");
        var run = await _cli.RunAsync(["filter", "--input", input, "--output", _cli.PathOf("out.ndjson"), "--audit", _cli.PathOf("audit.ndjson")]);
        Assert.Equal(0, run.ExitCode);
        var audits = Lines(File.ReadAllText(_cli.PathOf("audit.ndjson"))).ToDictionary(a => a.GetProperty("source").GetString()!);
        var outputs = Lines(File.ReadAllText(_cli.PathOf("out.ndjson"))).ToDictionary(o => o.GetProperty("event_id").GetString()!);
        var inputLines = File.ReadAllLines(input);

        // The tax prompt: both SSNs replaced, level 3, category tax.
        var prompt = outputs["evt-0001"];
        Assert.Equal(2, Count(prompt.GetProperty("text").GetString()!, "[US_SSN]"));
        Assert.Equal(3, prompt.GetProperty("filter").GetProperty("level").GetInt32());
        Assert.Contains("tax", prompt.GetProperty("filter").GetProperty("categories").EnumerateArray().Select(c => c.GetString()));

        // The TurboTax frame: the block holding the SSN is redacted and listed for blurring.
        var frame = outputs["evt-0004"];
        Assert.Equal("[US_SSN]", frame.GetProperty("blocks")[2].GetProperty("text").GetString());
        Assert.Contains(frame.GetProperty("filter").GetProperty("blur").EnumerateArray(), b => b[0].GetDouble() == 400 && b[1].GetDouble() == 140);

        // Keys typed into password fields never reach the output; consent events neither.
        Assert.DoesNotContain(outputs.Values, o => o.TryGetProperty("field", out var f) && f.GetString() == "password");
        Assert.DoesNotContain(outputs.Values, o => o.GetProperty("type").GetString() == "consent");
        var passwordLines = Enumerable.Range(0, inputLines.Length).Where(i => inputLines[i].Contains("\"field\":\"password\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(21, passwordLines.Count);
        Assert.All(passwordLines, i => Assert.Equal("password_field", audits[$"activity.ndjson:{i + 1}"].GetProperty("reasons")[0].GetString()));

        // Malformed lines: dead-lettered with a reason naming the problem.
        Assert.Equal("invalid_event: unknown event type", audits["activity.ndjson:98"].GetProperty("reasons")[0].GetString());
        Assert.Equal("invalid_event: missing field 'text'", audits["activity.ndjson:99"].GetProperty("reasons")[0].GetString());
        Assert.Equal("invalid_event: JSON nested deeper than 16 levels", audits["activity.ndjson:101"].GetProperty("reasons")[0].GetString());

        // The summary's counts are the audit file's.
        int Actions(string action) => audits.Values.Count(a => a.GetProperty("action").GetString() == action);
        Assert.Contains($"pass {Actions("pass")}, redact {Actions("redact")}, drop {Actions("drop")}, dead_letter {Actions("dead_letter")}", run.StdErr, StringComparison.Ordinal);
        Assert.Equal(7, Actions("dead_letter"));
    }

    [Fact]
    public async Task Dead_letters_hold_the_encrypted_raw_lines_with_reason_and_line_in_clear()
    {
        var input = SampleFile.Path("samples/activity.ndjson");
        var deadLetters = _cli.PathOf("dead.ndjson");
        var run = await _cli.RunAsync(["filter", "--input", input, "--output", _cli.PathOf("out.ndjson"), "--audit", _cli.PathOf("audit.ndjson"), "--dead-letter", deadLetters]);
        Assert.Equal(0, run.ExitCode);

        var inputLines = File.ReadAllLines(input);
        var fileText = File.ReadAllText(deadLetters);
        Assert.DoesNotContain("536-22-4871", fileText, StringComparison.Ordinal);
        Assert.DoesNotContain("4539 1488", fileText, StringComparison.Ordinal);
        using var reader = new StringReader(fileText);
        var envelopes = DeadLetterFileReader.Read(reader).ToList();
        Assert.Equal(Enumerable.Range(97, 7), envelopes.Select(e => (int)e.Position.Offset));
        using var cipher = new DeadLetterCipher(CliProcess.DeadLetterKey);
        Assert.All(envelopes, e => Assert.Equal(inputLines[e.Position.Offset - 1], Encoding.UTF8.GetString(cipher.Open(e))));
    }

    internal static List<JsonElement> Lines(string ndjson) =>
        ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    private static string? IdOf(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.TryGetProperty("event_id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
