namespace StreamFilter.Cli.Training;

/// <summary>The ML.NET maximum-entropy trainers model selection chooses between.</summary>
internal enum TrainerKind
{
    /// <summary>Stochastic dual coordinate ascent (SdcaMaximumEntropy).</summary>
    Sdca,

    /// <summary>L-BFGS (LbfgsMaximumEntropy), with L1 for sparse weights.</summary>
    Lbfgs,
}
