using StreamFilter.Core.Sensitivity;
using StreamFilter.Core.Sensitivity.Classification;
using StreamFilter.Core.Tests.Corpora;

namespace StreamFilter.Core.Tests.Sensitivity;

/// <summary>
/// Accuracy of the shipped model, as the filter uses it (prose only, calibrated thresholds), on the
/// held-out split of its training sources that lives in the repository: data/training/*.jsonl
/// (generated; held-out templates) and tests/data/corpora (real CC BY / CC0 text: MTS-Dialog, the SMS
/// collection, MedQuAD, MeQSum, AMI/ICSI meetings, Tax-Calculator commits; held out by hash of id).
/// The bars are the floors the model must keep, below the figures in docs/sensitivity.md; only numbers
/// are asserted and printed, never texts (the SMS are real).
/// </summary>
public class ShippedModelAccuracyTests
{
    private static readonly SensitivityModel Model = SensitivityModel.LoadDefault();

    private static readonly Lazy<ClassifierReport> Report = new(() =>
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root(), "data", "training"), "*.jsonl").Order(StringComparer.Ordinal)
            .Concat(new[]
            {
                "mts_dialog_train.jsonl", "sms_collection_train.jsonl", "realtext_medquad_heldout.jsonl", "realtext_meqsum_heldout.jsonl",
                "realtext_qmsum_heldout.jsonl", "realtext_taxcalc_commits_heldout.jsonl",
            }.Select(TestCorpora.PathOf));
        return ClassifierEvaluation.Run(Model, LabelledDataset.Load(files).HeldOut, Model.Thresholds);
    });

    /// <summary>All sources whose name starts with <paramref name="prefix"/> (a file may hold several corpora), summed.</summary>
    private static SourceScore Source(string prefix)
    {
        var matching = Report.Value.Sources.Where(s => s.Name.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(matching);
        return new SourceScore(prefix, matching[0].Category, matching.Sum(s => s.Examples), matching.Sum(s => s.Correct), matching.Sum(s => s.Raised), matching.Sum(s => s.RaisedOwn));
    }

    [Fact]
    public void Work_text_is_raised_to_level_3_at_most_2_percent_of_the_time()
    {
        Assert.True(Report.Value.WorkExamples > 1000, $"{Report.Value.WorkExamples} held-out work examples");
        Assert.True(Report.Value.WorkRaisedRate <= 0.02, $"work raised rate {Report.Value.WorkRaisedRate:P2}");
    }

    /// <summary>Ceilings per work source (measured: 0%, 6.4%, 0%, 10.3%, 0%; business e-mail is the weak spot, docs/sensitivity.md).</summary>
    [Theory]
    [InlineData("realtext_qmsum_heldout", 0.01)]
    [InlineData("realtext_taxcalc_commits_heldout", 0.08)]
    [InlineData("work_engineering:short_technical", 0.02)]
    [InlineData("work_engineering:business_email", 0.12)]
    [InlineData("work_engineering:engineering_chat", 0.02)]
    [InlineData("work_engineering:code_sensitive_identifiers", 0.0)]
    [InlineData("work_engineering:sql_migrations", 0.0)]
    public void Real_meetings_commits_code_and_short_technical_sentences_are_rarely_raised(string source, double ceiling)
    {
        var s = Source(source);
        Assert.True(s.Examples >= 10, $"{source}: {s.Examples} examples");
        Assert.True(s.RaisedRate <= ceiling, $"{source}: {s.RaisedRate:P1} raised to level 3+");
    }

    /// <summary>Floors just under the measured shares (0.825, 0.528, 0.806, 0.646, 0.725), so a retrain cannot quietly leak more.</summary>
    [Theory]
    [InlineData(Category.Medical, 0.80)]
    [InlineData(Category.PeopleData, 0.50)]
    [InlineData(Category.Tax, 0.78)]
    [InlineData(Category.PrivateConversation, 0.62)]
    [InlineData(Category.Financial, 0.70)]
    public void Each_sensitive_category_is_mostly_raised_to_level_3(string category, double floor)
    {
        var score = Assert.Single(Report.Value.Scores, s => s.Name == category);
        Assert.True(score.Support > 100, $"{category}: {score.Support} held-out examples");
        Assert.True(score.RaisedRecall >= floor, $"{category}: {score.RaisedRecall:0.000} raised");
    }

    [Theory]
    [InlineData("realtext_medquad_heldout", 0.95)]
    [InlineData("realtext_meqsum_heldout", 0.80)]
    [InlineData("mts_dialog_train", 0.85)]
    public void Real_medical_text_is_raised(string source, double floor)
    {
        var s = Source(source);
        Assert.True(s.RaisedRate >= floor, $"{source}: {s.RaisedRate:P1} raised");
    }

    [Fact]
    public void Hand_written_team_chat_is_rarely_raised()
    {
        // data/eval/work_chat_spotcheck.jsonl: 20 informal work messages, never trained on.
        var spot = LabelledDataset.Load([Path.Combine(RepoPaths.Root(), "data", "eval", "work_chat_spotcheck.jsonl")]);
        var report = ClassifierEvaluation.Run(Model, [.. spot.Train, .. spot.HeldOut], Model.Thresholds);
        Assert.Equal(20, report.WorkExamples);
        Assert.True(report.WorkRaised <= 1, $"{report.WorkRaised} of 20 work chat lines raised to level 3+");
    }
}
