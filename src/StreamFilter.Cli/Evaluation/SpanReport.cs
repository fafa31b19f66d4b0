using StreamFilter.Core.Sensitivity.Classification;

namespace StreamFilter.Cli.Evaluation;

/// <summary>Per-entity scores of a span-labelled file and the corpus labels that were not scored.</summary>
internal sealed record SpanReport(int Records, IReadOnlyList<CategoryScore> Scores, IReadOnlyDictionary<string, int> UnmappedLabels);
