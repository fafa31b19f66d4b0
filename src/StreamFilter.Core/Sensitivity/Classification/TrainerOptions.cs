namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>Settings of <see cref="SoftmaxTrainer"/>; the defaults are what the shipped model was trained with.</summary>
public sealed record TrainerOptions
{
    public int Seed { get; init; } = 42;

    public int Epochs { get; init; } = 10;

    /// <summary>AdaGrad base step: each weight's step shrinks with its own accumulated squared gradient.</summary>
    public float LearningRate { get; init; } = 0.5f;

    /// <summary>L2 penalty per update: keeps rare n-grams (a name, a typo) from dominating a decision.</summary>
    public float L2 { get; init; } = 5e-5f;

    /// <summary>
    /// Weights each example by total / (categories * examples of its category), so a category with
    /// fewer examples is not pulled towards the bigger ones (informal text towards the SMS corpus).
    /// </summary>
    public bool BalanceCategories { get; init; } = true;

    public HashingOptions Hashing { get; init; } = HashingOptions.Default;

    /// <summary>Free text stored in the model file (data files, counts) for provenance.</summary>
    public string Description { get; init; } = "";
}
