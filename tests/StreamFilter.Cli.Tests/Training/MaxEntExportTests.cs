using Microsoft.ML;
using Microsoft.ML.Data;
using StreamFilter.Cli.Training;
using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Cli.Tests.Training;

/// <summary>
/// The hot-path model exported from ML.NET scores exactly as ML.NET does: the same featurised prose,
/// the same weights and biases, the same softmax. Checked for both trainers model selection uses.
/// </summary>
public class MaxEntExportTests
{
    private static readonly HashingOptions Hashing = HashingOptions.Default with { BucketBits = 14 };
    private static readonly ClassifierThresholds Gate = new([], []);

    private static readonly string[] Medical = ["my doctor changed the insulin dose again", "the biopsy results come back friday", "started chemo this week and feel sick",
        "therapist thinks the panic attacks are getting worse", "need a refill of my blood pressure pills", "the MRI showed a herniated disc"];

    private static readonly string[] Tax = ["how do I amend my tax return for last year", "the irs sent a notice about my refund", "can I deduct the home office on schedule c",
        "my w-2 withholding looks wrong this year", "do I owe estimated quarterly taxes", "filing jointly or separately saves more tax"];

    private static readonly string[] Work = ["the deploy failed on staging, rolling back", "can you review my pull request before standup", "kill the hung process on the build agent",
        "terminate the old instances after the migration", "sprint planning moved to thursday afternoon", "the payroll service health check is flaky again"];

    private static List<TrainingExample> Examples() =>
        [.. Medical.Select(t => new TrainingExample(t, "medical", "a")), .. Tax.Select(t => new TrainingExample(t, "tax", "b")), .. Work.Select(t => new TrainingExample(t, "work", "c"))];

    [Theory]
    [InlineData("lbfgs")]
    [InlineData("sdca")]
    public void Hot_path_scores_equal_ml_net_scores(string trainerName)
    {
        var kind = trainerName == "sdca" ? TrainerKind.Sdca : TrainerKind.Lbfgs;
        var trainer = new MaxEntTrainer(seed: 5);
        var featurizer = new NGramFeaturizer(Hashing);
        var keyed = trainer.Keyed(FeatureRows.Load(trainer.Context, FeatureRows.Build(Examples(), featurizer, Gate, balance: true), Hashing.Buckets));
        var fitted = trainer.Fit(keyed, new TrainingCandidate(kind, 0.1f, kind == TrainerKind.Lbfgs ? 0.01f : 0f, 40));
        var exported = MaxEntTrainer.Export(fitted, keyed, Hashing, [0.5f, 0.5f, 1f], "test");
        Assert.Equal(["medical", "tax", "work"], exported.Categories);

        string[] sample = ["the doctor says my insulin dose is too high", "refund from the irs is late", "rolling back the deploy on staging",
            "unrelated words entirely here", "kill the process and terminate the instances", "my therapist and my tax accountant both called"];
        var prose = sample.Select(t => TextScoring.ProseOf(t, Gate)!).ToArray();
        var rows = prose.Select(p => new FeatureRows.Row { Label = "work", Features = FeatureRows.Vector(featurizer, p), Source = "s" });
        var scored = fitted.Transform(trainer.Keyed(FeatureRows.Load(trainer.Context, rows, Hashing.Buckets)));
        var mlNet = scored.GetColumn<VBuffer<float>>("Score").Select(v => v.DenseValues().ToArray()).ToArray();

        var hot = new float[3];
        var largest = 0f;
        for (var i = 0; i < sample.Length; i++)
        {
            exported.Predict(prose[i], hot);
            for (var c = 0; c < 3; c++)
            {
                largest = Math.Max(largest, Math.Abs(hot[c] - mlNet[i][c]));
            }
        }
        Assert.True(largest < 1e-5f, $"largest difference {largest:g3}");
        // The sample is not trivial: the model tells the categories apart.
        exported.Predict(prose[0], hot);
        Assert.True(hot[0] > hot[2], "a medical sentence scores medical above work");
    }

    [Fact]
    public void The_exported_model_keeps_ml_net_sparsity_and_survives_the_file_format()
    {
        var trainer = new MaxEntTrainer(seed: 5);
        var featurizer = new NGramFeaturizer(Hashing);
        var keyed = trainer.Keyed(FeatureRows.Load(trainer.Context, FeatureRows.Build(Examples(), featurizer, Gate, balance: true), Hashing.Buckets));
        var exported = MaxEntTrainer.Export(trainer.Fit(keyed, new TrainingCandidate(TrainerKind.Lbfgs, 0.1f, 0.05f, 40)), keyed, Hashing, [0.6f, 0.7f, 1f], "test");
        var path = Path.Combine(Path.GetTempPath(), $"sf-export-{Guid.NewGuid():N}.sfm");
        try
        {
            exported.Save(path);
            var loaded = SensitivityModel.Load(path);
            var a = new float[3];
            var b = new float[3];
            exported.Predict("the irs refund notice", a);
            loaded.Predict("the irs refund notice", b);
            Assert.Equal(a, b);
            Assert.Equal(0.7f, loaded.Thresholds.For("tax"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
