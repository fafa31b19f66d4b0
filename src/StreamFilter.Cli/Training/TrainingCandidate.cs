using System.Globalization;

namespace StreamFilter.Cli.Training;

/// <summary>One trainer setting model selection scores by cross-validation.</summary>
internal sealed record TrainingCandidate(TrainerKind Kind, float L2, float L1, int Iterations)
{
    /// <summary>
    /// What `--trainer auto` compares. ML.NET's L-BFGS sums the loss over examples, so its L2 is not
    /// per example: at 1e-3 the model was overconfident on unseen sources (out-of-fold log-loss 3.0),
    /// 1 and 10 gave 1.50 and 1.56 (docs/sensitivity.md).
    /// </summary>
    public static IReadOnlyList<TrainingCandidate> Defaults { get; } =
    [
        new(TrainerKind.Lbfgs, 1f, 0.1f, 60),
        new(TrainerKind.Lbfgs, 10f, 0.1f, 60),
        new(TrainerKind.Sdca, 1e-4f, 0f, 20),
    ];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} l2={L2:g3} l1={L1:g3} iterations={Iterations}");
}
