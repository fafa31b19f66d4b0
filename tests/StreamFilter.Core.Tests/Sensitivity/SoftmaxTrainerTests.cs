using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Core.Tests.Sensitivity;

public class SoftmaxTrainerTests
{
    internal static readonly TrainingExample[] Separable =
    [
        new("the build pipeline failed on the integration tests", "work"),
        new("merge the pull request after code review", "work"),
        new("deploy the service to staging and check the logs", "work"),
        new("refactor the parser and add unit tests", "work"),
        new("my doctor changed the dose of my medication", "medical"),
        new("the nurse took a blood sample at the clinic", "medical"),
        new("the biopsy results came back from the hospital", "medical"),
        new("appointment with the cardiologist about chest pain", "medical"),
        new("file the tax return and claim the deduction", "tax"),
        new("the irs refund for my tax return is late", "tax"),
        new("my w-2 withholding and the tax deduction", "tax"),
        new("estimated tax payment to the irs this quarter", "tax"),
    ];

    private static readonly TrainerOptions Small = new() { Hashing = HashingOptions.Default with { BucketBits = 12 }, Epochs = 20 };

    [Fact]
    public void Same_data_and_seed_give_a_bit_identical_model()
    {
        var a = ModelFile.Write(SoftmaxTrainer.Train(Separable, Small));
        var b = ModelFile.Write(SoftmaxTrainer.Train(Separable, Small));
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_different_seed_changes_the_model()
    {
        var a = ModelFile.Write(SoftmaxTrainer.Train(Separable, Small));
        var b = ModelFile.Write(SoftmaxTrainer.Train(Separable, Small with { Seed = 7 }));
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void A_separable_set_is_learned_perfectly_and_generalises_by_vocabulary()
    {
        var model = SoftmaxTrainer.Train(Separable, Small);
        foreach (var example in Separable)
        {
            Assert.Equal(example.Category, Predicted(model, example.Text));
        }
        Assert.Equal("medical", Predicted(model, "the doctor at the clinic"));
        Assert.Equal("tax", Predicted(model, "irs deduction"));
        Assert.Equal("work", Predicted(model, "review the failed build"));
    }

    [Fact]
    public void Categories_are_ordered_and_probabilities_sum_to_one()
    {
        var model = SoftmaxTrainer.Train(Separable, Small);
        Assert.Equal(["medical", "tax", "work"], model.Categories);
        var p = new float[3];
        model.Predict("anything at all", p);
        Assert.Equal(1.0, p.Sum(), 4);
    }

    [Fact]
    public void One_category_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SoftmaxTrainer.Train([new("a b c", "work"), new("d e f", "work")], Small));
    }

    internal static string Predicted(SensitivityModel model, string text)
    {
        var p = new float[model.Categories.Count];
        model.Predict(text, p);
        return model.Categories[Array.IndexOf(p, p.Max())];
    }
}
