using BenchmarkDotNet.Attributes;
using StreamFilter.Core.Detection;
using StreamFilter.Core.Rules;
using StreamFilter.Core.Sensitivity;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Benchmarks;

/// <summary>
/// Inference cost of the sensitivity classifier per text (the exported ML.NET weights), of the code
/// signal plus classifier as the filter calls them (TextScoring: prose extraction, then the model), and
/// of a whole assessment per event (the shipped context rules + classifier). Texts are written for this
/// benchmark.
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private const string Chat = "can you review my PR for the auth gateway before standup?";

    private const string Prompt = "Rewrite this more clearly: the nightly ingest job for the order service took 45 minutes " +
        "yesterday, usually it's 12. I think the retry logic in the batch writer is hammering Postgres when a " +
        "partition is locked. Can you suggest how to add backoff and a metric for queue depth?";

    private static readonly string Transcript = string.Concat(Enumerable.Repeat(
        "Speaker 2: so the roadmap for Q3 has three items, the CSV export, SSO login and the audit log. " +
        "Speaker 1: okay, and who owns the migration? I think Dana said the platform team has capacity. ", 10));

    private const string Code = "public decimal Withhold(Employee employee)\n{\n    var gross = employee.Salary / PayPeriods;\n" +
        "    return gross * _brackets.RateFor(employee.W4Status);\n}";

    private readonly float[] _probabilities = new float[8];
    private readonly string[] _texts = [Prompt];
    private SensitivityModel _model = null!;
    private SensitivityAssessor _assessor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = SensitivityModel.LoadDefault();
        _assessor = new SensitivityAssessor(_model, DefaultContextRules.All);
    }

    [Benchmark]
    public float PredictChat57Chars()
    {
        _model.Predict(Chat, _probabilities);
        return _probabilities[0];
    }

    [Benchmark]
    public float PredictPrompt274Chars()
    {
        _model.Predict(Prompt, _probabilities);
        return _probabilities[0];
    }

    [Benchmark]
    public float PredictTranscript1900Chars()
    {
        _model.Predict(Transcript, _probabilities);
        return _probabilities[0];
    }

    [Benchmark]
    public bool ScoreChat57Chars() => TextScoring.TryScore(_model, Chat, _model.Thresholds, _probabilities);

    [Benchmark]
    public bool ScorePrompt274Chars() => TextScoring.TryScore(_model, Prompt, _model.Thresholds, _probabilities);

    /// <summary>Code is recognised and not classified: the cost of the code signal alone.</summary>
    [Benchmark]
    public bool ScoreCode150Chars() => TextScoring.TryScore(_model, Code, _model.Thresholds, _probabilities);

    [Benchmark]
    public SensitivityLevel AssessPromptEvent()
    {
        var input = new AssessmentInput("Chrome", "Assistant - Chrome", "https://chat.example.com/c/123", ReadOnlySpan<Finding>.Empty, _texts);
        return _assessor.Assess(input).Level;
    }
}
