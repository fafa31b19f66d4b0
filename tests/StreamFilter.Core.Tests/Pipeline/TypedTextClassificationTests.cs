using System.Text;
using System.Text.Json;
using StreamFilter.Core.Pipeline;
using StreamFilter.Core.Sensitivity.Classification;
using static StreamFilter.Core.Tests.Pipeline.ProcessorTestKit;

namespace StreamFilter.Core.Tests.Pipeline;

/// <summary>
/// Typed text is classified as a whole: a message with no identifier in it, typed key by key into an
/// ordinary app, must not reach training storage when the classifier puts it in a dropped category.
/// </summary>
public sealed class TypedTextClassificationTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly SensitivityModel Model = SensitivityModel.LoadDefault();
    private readonly EventProcessor _processor;
    private readonly RecordingSink _sink = new();
    private int _seq;

    public TypedTextClassificationTests()
    {
        var rules = DefaultRules();
        _processor = new EventProcessor(rules, ClassifierSensitivityAssessor.ForRules(rules, Model));
    }

    public void Dispose() => _processor.Dispose();

    [Fact]
    public void A_medical_message_typed_into_a_chat_is_hidden_once_the_classifier_recognises_it()
    {
        Type("the doctor said my blood pressure medication needs a higher dose and the chest pain is angina");
        _processor.Complete(_sink);

        Assert.Equal(_seq, _sink.Audits.Count);
        var hidden = _sink.Audits.Where(a => a.Reasons.Any(r => r.StartsWith("classifier:medical", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(hidden);
        // The end of the message (everything typed after the classifier is sure) goes out masked, never in clear.
        var lastWord = Forwarded().TakeLast("angina".Length);
        Assert.All(lastWord, k => Assert.Equal("*", k));
    }

    [Fact]
    public void Ordinary_work_typing_goes_out_unchanged()
    {
        Type("the build failed on the lint step again so I will rerun the pipeline after lunch");
        _processor.Complete(_sink);

        Assert.Equal(_seq, _sink.Audits.Count);
        Assert.DoesNotContain(_sink.Audits, a => a.Reasons.Any(r => r.StartsWith("classifier:", StringComparison.Ordinal)));
        Assert.DoesNotContain("*", Forwarded());
    }

    private List<string> Forwarded() =>
        _sink.Forwarded.Select(f => JsonDocument.Parse(f.Json).RootElement.GetProperty("key").GetString()!).ToList();

    private void Type(string text)
    {
        foreach (var c in text)
        {
            var seq = _seq++;
            var key = c == ' ' ? "Space" : c.ToString();
            var ts = T0.AddMilliseconds(150 * seq).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
            var line = $$"""{"type":"keystroke","event_id":"k{{seq}}","user_id":"u1","ts":"{{ts}}","app":"Slack","window_title":"#general","device_id":"d1","session_id":"s1","seq":{{seq}},"key":"{{key}}","field":"text"}""";
            _processor.Process(Encoding.UTF8.GetBytes(line), new SourcePosition("test.ndjson", seq), _sink);
        }
    }
}
