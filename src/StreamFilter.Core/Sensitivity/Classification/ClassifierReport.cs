namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// The outcome of <see cref="ClassifierEvaluation"/>: per-category scores of the most probable
/// category, the confusion matrix (rows actual, columns predicted, in <see cref="Categories"/> order)
/// and the two rates that matter for the filter's thresholds.
/// </summary>
public sealed record ClassifierReport(
    IReadOnlyList<string> Categories,
    int[][] Confusion,
    IReadOnlyList<CategoryScore> Scores,
    int Examples,
    int WorkExamples,
    int WorkRaised,
    int SensitiveExamples,
    int SensitiveRaised)
{
    /// <summary>Per source (file, and corpus or generator family inside it), in name order.</summary>
    public IReadOnlyList<SourceScore> Sources { get; init; } = [];

    /// <summary>Mean F1 over the categories present in the data.</summary>
    public double MacroF1 => Scores.Where(s => s.Support > 0).Select(s => s.F1).DefaultIfEmpty(0).Average();

    /// <summary>Share of work texts the thresholds raise to level 3+ (target below 2%).</summary>
    public double WorkRaisedRate => WorkExamples == 0 ? 0 : (double)WorkRaised / WorkExamples;

    /// <summary>Share of non-work texts the thresholds raise to level 3+ by the classifier alone.</summary>
    public double SensitiveRaisedRate => SensitiveExamples == 0 ? 0 : (double)SensitiveRaised / SensitiveExamples;
}
