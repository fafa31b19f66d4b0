using StreamFilter.Core.Sensitivity.Classification;
using StreamFilter.Core.Tests.Corpora;

namespace StreamFilter.Core.Tests.Sensitivity;

/// <summary>
/// Accuracy of the shipped model on the held-out split of its training sources: data/training/*.jsonl
/// (held-out templates) and tests/data/corpora/mts_dialog_train.jsonl and sms_collection_train.jsonl
/// (held-out by hash of id). Only numbers are asserted and printed, never texts (the SMS are real).
/// </summary>
public class ShippedModelAccuracyTests
{
    private static readonly Lazy<ClassifierReport> Report = new(() =>
    {
        var root = RepoPaths.Root();
        var files = Directory.GetFiles(Path.Combine(root, "data", "training"), "*.jsonl").Order(StringComparer.Ordinal)
            .Append(TestCorpora.PathOf("mts_dialog_train.jsonl"))
            .Append(TestCorpora.PathOf("sms_collection_train.jsonl"));
        var dataset = LabelledDataset.Load(files);
        return ClassifierEvaluation.Run(SensitivityModel.LoadDefault(), dataset.HeldOut, ClassifierThresholds.Default);
    });

    [Fact]
    public void Held_out_macro_f1_is_at_least_0_90()
    {
        Assert.True(Report.Value.MacroF1 >= 0.90, $"held-out macro-F1 {Report.Value.MacroF1:0.000}");
        Assert.True(Report.Value.Examples > 2000, $"only {Report.Value.Examples} held-out examples");
    }

    [Fact]
    public void Work_text_is_raised_to_level_3_less_than_2_percent_of_the_time()
    {
        Assert.True(Report.Value.WorkExamples > 400);
        Assert.True(Report.Value.WorkRaisedRate < 0.02, $"work raised rate {Report.Value.WorkRaisedRate:P2}");
    }

    [Fact]
    public void Every_category_has_held_out_examples_and_f1_above_0_85()
    {
        foreach (var score in Report.Value.Scores)
        {
            Assert.True(score.Support > 100, $"{score.Name}: {score.Support} held-out examples");
            Assert.True(score.F1 > 0.85, $"{score.Name}: F1 {score.F1:0.000}");
        }
    }

    [Fact]
    public void Hand_written_team_chat_is_rarely_raised()
    {
        // data/eval/work_chat_spotcheck.jsonl: 20 informal work messages, never trained on.
        var spot = LabelledDataset.Load([Path.Combine(RepoPaths.Root(), "data", "eval", "work_chat_spotcheck.jsonl")]);
        var report = ClassifierEvaluation.Run(SensitivityModel.LoadDefault(), [.. spot.Train, .. spot.HeldOut], ClassifierThresholds.Default);
        Assert.Equal(20, report.WorkExamples);
        Assert.True(report.WorkRaised <= 2, $"{report.WorkRaised} of 20 work chat lines raised to level 3+");
    }
}
