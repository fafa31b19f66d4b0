namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>Precision, recall and F1 of one category (or entity type) with the counts behind them.</summary>
public sealed record CategoryScore(string Name, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Support => TruePositives + FalseNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Examples of this category the classifier's thresholds raise to level 3+ (any category).</summary>
    public int Raised { get; init; }

    /// <summary>Share of this category raised to level 3+: for a sensitive category, 1 minus the leak rate.</summary>
    public double RaisedRecall => Support == 0 ? 0 : (double)Raised / Support;
}
